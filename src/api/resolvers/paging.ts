import { GraphQLError } from '../graphql.js';
import { ErrorCode } from '../graph/reader.js';

/** A refused argument: BAD_USER_INPUT, with the argument named in the message and in `extensions.argument`. */
export function badInput(argument: string, problem: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}" ${problem}.`, { extensions: { code: ErrorCode.badInput, argument } });
}

export interface Page { skip: number; limit: number }

const PREFIX = 'o:';

/** Cursors are opaque to clients: the position in the stable order, base64url-encoded. */
export function cursorAt(index: number): string {
  return Buffer.from(`${PREFIX}${index}`).toString('base64url');
}

function positionOf(cursor: string): number | null {
  const text = Buffer.from(cursor, 'base64url').toString();
  if (!text.startsWith(PREFIX)) return null;
  const n = Number(text.slice(PREFIX.length));
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
}

/** Checks `first` and `after`; `prefix` names where they sit for nested fields (`decisions.first`). */
export function pageOf(first: number | null | undefined, after: string | null | undefined, maxPage: number, prefix = ''): Page {
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 0) throw badInput(`${prefix}first`, 'must be zero or a positive whole number');
  if (limit > maxPage) throw badInput(`${prefix}first`, `must be at most ${maxPage}; page with "after" for more`);
  if (after === null || after === undefined) return { skip: 0, limit };
  const position = positionOf(after);
  if (position === null) throw badInput(`${prefix}after`, 'is not a cursor this API gave out');
  return { skip: position + 1, limit };
}

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** A connection from one page of items that starts at `page.skip` of `total`. */
export function connectionOf<T>(items: T[], total: number, page: Page): Connection<T> {
  const edges = items.slice(0, page.limit).map((node, i) => ({ cursor: cursorAt(page.skip + i), node }));
  return {
    edges,
    pageInfo: { hasNextPage: page.skip + edges.length < total, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: total,
  };
}
