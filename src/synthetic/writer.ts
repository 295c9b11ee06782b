import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datePrecision, kindDefinition, type KindName, type RelationshipType } from '../model/index.js';

/** A node as the import format states it: its kind and fields (references are ids). */
export interface NodeRecord {
  kind: KindName;
  [field: string]: unknown;
}

export interface RelationshipRecord {
  type: RelationshipType;
  from: string;
  to: string;
  [property: string]: unknown;
}

/** What a corpus will put in the graph: nodes by kind and relationships by type, derived ones included. */
export interface CorpusCounts {
  files: number;
  nodes: Partial<Record<KindName, number>>;
  relationships: Partial<Record<RelationshipType, number>>;
}

/** The id the importer computes for a node: `<prefix>:<natural key>`. */
export function entityId(record: NodeRecord): string {
  const def = kindDefinition(record.kind);
  return `${def.prefix}:${def.key(record as never)}`;
}

const increment = <K extends string>(map: Partial<Record<K, number>>, key: K, by = 1) => {
  map[key] = (map[key] ?? 0) + by;
};

/**
 * Collects the records of one import file at a time and writes it when asked, so memory holds one
 * file, never the corpus. It also counts what the importer will make of each record.
 */
export class ImportFileWriter {
  readonly counts: CorpusCounts = { files: 0, nodes: {}, relationships: {} };
  private nodes: string[] = [];
  private relationships: string[] = [];

  constructor(private readonly dir: string, private readonly documentId: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** Adds a node and returns its id. Each node must be added once in a corpus. */
  node(record: NodeRecord): string {
    const id = entityId(record);
    this.nodes.push(JSON.stringify(record));
    increment(this.counts.nodes, record.kind);
    for (const [field, ref] of Object.entries(kindDefinition(record.kind).references)) {
      if (ref && record[field] !== undefined) increment(this.counts.relationships, ref.relationship);
    }
    // A decision with a full date also gets its meeting (AT_MEETING) from the importer.
    if (record.kind === 'Decision' && datePrecision(String(record.date)) === 'day') increment(this.counts.relationships, 'AT_MEETING');
    return id;
  }

  relationship(record: RelationshipRecord): void {
    this.relationships.push(JSON.stringify(record));
    increment(this.counts.relationships, record.type);
  }

  get pendingNodes(): number {
    return this.nodes.length;
  }

  /** Writes the collected records as `name` with a file-wide source `locator`, and starts a new file. */
  flush(name: string, locator: string): void {
    if (this.nodes.length === 0 && this.relationships.length === 0) return;
    const sources = JSON.stringify([{ document: this.documentId, locator }]);
    const text = `{"version":1,"sources":${sources},\n"nodes":[\n${this.nodes.join(',\n')}\n],\n"relationships":[\n${this.relationships.join(',\n')}\n]}\n`;
    writeFileSync(join(this.dir, name), text);
    this.counts.files++;
    this.nodes = [];
    this.relationships = [];
  }
}
