/**
 * Positions for the lineage view: time flows left to right. Each node's column is its date; a node
 * without one (a law, a motion without a submission date) sits just before or after its neighbour,
 * on the side its relation implies.
 */

/** Relations whose source comes first in time; for the others (extends, cites, answers …) the target does. */
const sourceFirst = new Set(['PROPOSES', 'PREPARES', 'ASSIGNS', 'AUTHORED', 'SUBMITTED_TO']);
const columnGap = 250;
const rowGap = 120;

/** Days since 1970 of a YYYY, YYYY-MM or YYYY-MM-DD date; null when it is not one. */
export function dateValue(text) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(text ?? '');
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)) / 86_400_000;
}

/** @returns {Map<string, {x: number, y: number}>} */
export function timePositions(graph) {
  const time = new Map();
  for (const node of graph.nodes.values()) {
    const value = dateValue(node.time);
    if (value !== null) time.set(node.id, value);
  }
  // Spread dates to undated nodes along edges, half a day off so they never share a dated column.
  for (let changed = true; changed;) {
    changed = false;
    for (const edge of graph.edges.values()) {
      const first = sourceFirst.has(String(edge.relation).toUpperCase()) ? edge.source : edge.target;
      const later = first === edge.source ? edge.target : edge.source;
      if (time.has(later) && !time.has(first)) time.set(first, time.get(later) - 0.5);
      else if (time.has(first) && !time.has(later)) time.set(later, time.get(first) + 0.5);
      else continue;
      changed = true;
    }
  }
  const known = [...time.values()];
  const earliest = known.length ? Math.min(...known) - 1 : 0;
  for (const id of graph.nodes.keys()) if (!time.has(id)) time.set(id, earliest);

  const columns = [...new Set(time.values())].sort((a, b) => a - b);
  const byColumn = new Map(columns.map((c) => [c, []]));
  for (const id of [...graph.nodes.keys()].sort()) byColumn.get(time.get(id)).push(id);

  const positions = new Map();
  columns.forEach((column, x) => {
    const ids = byColumn.get(column);
    ids.forEach((id, y) => positions.set(id, { x: x * columnGap, y: (y - (ids.length - 1) / 2) * rowGap }));
  });
  return positions;
}

/** Nodes in reading order for the list beside the graph: by time where known, then by name. */
export function readingOrder(graph) {
  return [...graph.nodes.values()].sort((a, b) =>
    (dateValue(a.time) ?? Infinity) - (dateValue(b.time) ?? Infinity) || a.name.localeCompare(b.name, 'sv'));
}
