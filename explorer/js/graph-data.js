/** Fetches what a graph view draws and keeps it as plain nodes and labelled edges. */
import { gql } from './api.js';
import { fetchEntity } from './entity.js';
import { fieldLabel, relationLabel } from './labels.js';
import { splitEntity } from './related.js';
import { nodeTime, nodeTitle } from './schema.js';

/** Chain relations whose stored direction runs from the higher end to the lower one. */
const readsUpward = new Set(['SUPERVISES', 'AUDITS']);

export function emptyGraph() {
  return { nodes: new Map(), edges: new Map() };
}

function addNode(graph, entity) {
  if (!entity?.id) return;
  const time = nodeTime(entity);
  const known = graph.nodes.get(entity.id);
  const title = nodeTitle(entity) ?? known?.title ?? null;
  graph.nodes.set(entity.id, { id: entity.id, kind: entity.kind, name: entity.name, time: time ?? known?.time ?? null, title });
}

function addEdge(graph, source, target, relation, label) {
  const key = `${source}|${relation}|${target}`;
  if (source !== target && !graph.edges.has(key)) graph.edges.set(key, { id: key, source, target, relation, label });
}

/** Adds one graph into another (an expansion into the drawn graph). */
export function mergeGraph(into, from) {
  for (const node of from.nodes.values()) if (!into.nodes.has(node.id) || !into.nodes.get(node.id).time) into.nodes.set(node.id, node);
  for (const [key, edge] of from.edges) into.edges.set(key, edge);
  return into;
}

/** The graph of one view around one entity. */
export async function fetchGraph(schema, view, id, { direction = 'BOTH', depth = 3 } = {}) {
  switch (view) {
    case 'lineage': return fetchLineage(schema, id, direction, depth);
    case 'supervision': return fetchChain(schema, 'supervisionChain', id);
    case 'delegation': return fetchChain(schema, 'delegationChain', id);
    case 'neighbourhood': return fetchNeighbourhood(schema, id);
    default: throw new Error(`okänd vy ${view}`);
  }
}

async function fetchLineage(schema, id, direction, depth) {
  const node = schema.nodeSelection();
  const data = await gql(
    `query Lineage($id: ID!, $direction: LineageDirection, $depth: Int) {
      lineage(id: $id, direction: $direction, maxDepth: $depth) {
        root { ${node} } nodes { ${node} } steps { from { id } to { id } relation depth }
      }
    }`,
    { id, direction, depth },
  );
  const graph = emptyGraph();
  const lineage = data.lineage;
  if (!lineage) return graph;
  addNode(graph, lineage.root);
  for (const n of lineage.nodes) addNode(graph, n);
  for (const step of lineage.steps) addEdge(graph, step.from.id, step.to.id, step.relation, relationLabel(step.relation));
  return graph;
}

async function fetchChain(schema, field, id) {
  const node = schema.nodeSelection();
  const data = await gql(
    `query Chain($id: ID!) { ${field}(id: $id) { from { ${node} } to { ${node} } relation basis } }`,
    { id },
  );
  const graph = emptyGraph();
  for (const link of data[field] ?? []) {
    addNode(graph, link.from);
    addNode(graph, link.to);
    // A supervision link runs from the lower end; the arrow goes the way the relation reads.
    const [source, target] = readsUpward.has(link.relation) ? [link.to, link.from] : [link.from, link.to];
    addEdge(graph, source.id, target.id, link.relation, relationLabel(link.relation));
  }
  // Trees are drawn from the top of the hierarchy: the end of a supervision chain, the start of a delegation chain.
  const links = data[field] ?? [];
  if (links.length) graph.layoutRoot = field === 'supervisionChain' ? links.at(-1).to.id : links[0].from.id;
  // The chain of an entity at the top is empty; it is still drawn, alone.
  if (graph.nodes.size === 0) addNode(graph, (await gql(`query One($id: ID!) { entity(id: $id) { ${node} } }`, { id })).entity);
  return graph;
}

/** Every relationship the entity view lists, drawn from the entity outwards and labelled by field. */
async function fetchNeighbourhood(schema, id) {
  const graph = emptyGraph();
  const entity = await fetchEntity(schema, id);
  if (!entity) return graph;
  addNode(graph, entity);
  for (const { field, items } of splitEntity(entity, schema).relationships) {
    if (field === 'sources') continue;
    for (const { entity: other } of items) {
      addNode(graph, other);
      addEdge(graph, entity.id, other.id, field, fieldLabel(field).toLowerCase());
    }
  }
  return graph;
}
