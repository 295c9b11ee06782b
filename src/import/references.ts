import { kindOfId, type KindName } from '../model/index.js';

/** What a reference (an id or a `ref` alias) resolves to so far. */
export type Resolution =
  | { status: 'id'; id: string; kind: KindName }
  | { status: 'pending' }
  | { status: 'failed' }
  | { status: 'unknown'; message: string };

/**
 * Aliases declared with `ref:` in any file of one import. An alias points at a node whose id is
 * computed once the node's own references resolve, so resolution runs in passes.
 */
export class References {
  private readonly aliases = new Map<string, { id: string | null; failed: boolean }>();

  /** Declares an alias; false if another node already took it. */
  declare(alias: string): boolean {
    if (this.aliases.has(alias)) return false;
    this.aliases.set(alias, { id: null, failed: false });
    return true;
  }

  settle(alias: string, id: string): void {
    const a = this.aliases.get(alias);
    if (a) a.id = id;
  }

  /** The node behind the alias was invalid: references to it are not reported again. */
  fail(alias: string): void {
    const a = this.aliases.get(alias);
    if (a) a.failed = true;
  }

  resolve(value: string): Resolution {
    const alias = this.aliases.get(value);
    if (alias) {
      if (alias.failed) return { status: 'failed' };
      if (alias.id === null) return { status: 'pending' };
      return { status: 'id', id: alias.id, kind: kindOfId(alias.id)! };
    }
    const kind = kindOfId(value);
    if (kind) return { status: 'id', id: value, kind };
    return { status: 'unknown', message: `"${value}" is neither an id (kind:key) nor a ref declared in this import` };
  }
}
