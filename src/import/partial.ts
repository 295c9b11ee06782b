import type { GraphStore } from '../store/types.js';
import type { ImportPlan } from './plan.js';

/** What of an import was in the store when its write failed. */
export interface StoredPart {
  /** Nodes the import created that are stored, or null when the store could not be asked. */
  created: number | null;
  /** Nodes the import was to create. */
  toCreate: number;
  /** Rows (nodes and relationships) the writer had handed to the store. */
  rowsWritten: number;
  rowsTotal: number;
}

/**
 * An import that stopped while writing, after part of it was committed. What is stored is valid
 * (every batch is a transaction, and each is idempotent), and running the same import again writes
 * the rest and merges what is there.
 */
export class PartialImportError extends Error {
  override name = 'PartialImportError';
  constructor(readonly stored: StoredPart, override readonly cause: unknown) {
    super(`importen avbröts medan den skrevs: ${describeStored(stored)}. ` +
      'Det som skrivits är giltigt; åtgärda felet nedan och kör samma import igen, så skrivs resten och inget dubbleras');
  }
}

function describeStored(s: StoredPart): string {
  const nodes = s.created === null ? `upp till ${s.rowsWritten} av ${s.rowsTotal} rader` : `${s.created} av ${s.toCreate} nya noder`;
  return `${nodes} finns nu i lagret`;
}

/** Counts the import's new nodes that the store now holds; null when it cannot answer. */
async function countCreated(store: GraphStore, plan: ImportPlan): Promise<number | null> {
  const ids = [...plan.nodes.keys()].filter((id) => !plan.existing.has(id));
  let found = 0;
  try {
    for (let i = 0; i < ids.length; i += 5_000) {
      found += (await store.read({ statement: 'lookup-entities', params: { ids: ids.slice(i, i + 5_000) } })).length;
    }
  } catch {
    return null;
  }
  return found;
}

/**
 * The error to report for a write that failed: the store's own error when nothing of the import
 * reached it, else a PartialImportError that says what is stored and carries the error as its cause.
 */
export async function writeFailure(store: GraphStore, plan: ImportPlan, rowsWritten: number, error: unknown): Promise<unknown> {
  const created = await countCreated(store, plan);
  if (rowsWritten === 0 && created === 0) return error;
  const toCreate = plan.nodes.size - plan.existing.size;
  return new PartialImportError({ created, toCreate, rowsWritten, rowsTotal: plan.nodes.size + plan.relationships.length }, error);
}
