/**
 * Positions for the lineage view: time flows left to right. Each node's column is its date; a node
 * without one (a law, a motion without a submission date) sits in the column of a dated neighbour.
 */

const columnGap = 205;
const rowGap = 140;

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
  const dated = new Set(time.keys());
  // An undated node (a cited law, a motion without a date) takes the column of a dated neighbour.
  for (let changed = true; changed;) {
    changed = false;
    for (const { source, target } of graph.edges.values()) {
      const [from, to] = time.has(source) ? [source, target] : [target, source];
      if (!time.has(from) || time.has(to)) continue;
      time.set(to, time.get(from));
      changed = true;
    }
  }
  const known = [...time.values()];
  const earliest = known.length ? Math.min(...known) - 1 : 0;
  for (const id of graph.nodes.keys()) if (!time.has(id)) time.set(id, earliest);

  const columns = [...new Set(time.values())].sort((a, b) => a - b);
  const byColumn = new Map(columns.map((c) => [c, []]));
  // Dated nodes first, centred on the time axis; undated ones below them.
  const order = [...graph.nodes.keys()].sort((a, b) => Number(dated.has(b)) - Number(dated.has(a)) || a.localeCompare(b));
  for (const id of order) byColumn.get(time.get(id)).push(id);

  const positions = new Map();
  columns.forEach((column, x) => {
    const ids = byColumn.get(column);
    const centred = Math.max(ids.filter((id) => dated.has(id)).length, 1);
    ids.forEach((id, y) => positions.set(id, { x: x * columnGap, y: (y - (centred - 1) / 2) * rowGap }));
  });
  return positions;
}

/** Nodes in reading order for the list beside the graph: by time where known, then by name. */
export function readingOrder(graph) {
  return [...graph.nodes.values()].sort((a, b) =>
    (dateValue(a.time) ?? Infinity) - (dateValue(b.time) ?? Infinity) || a.name.localeCompare(b.name, 'sv'));
}

/** Edges whose straight line would run through another node, given the positions. */
export function edgesThroughNodes(graph, positions) {
  const crossing = new Set();
  for (const edge of graph.edges.values()) {
    const a = positions.get(edge.source);
    const b = positions.get(edge.target);
    if (!a || !b) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length2 = dx * dx + dy * dy || 1;
    for (const [id, p] of positions) {
      if (id === edge.source || id === edge.target) continue;
      const t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2;
      if (t <= 0 || t >= 1) continue;
      const distance = Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
      if (distance < rowGap / 2) {
        crossing.add(edge.id);
        break;
      }
    }
  }
  return crossing;
}
