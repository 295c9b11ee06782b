/** Draws a graph view with Cytoscape.js and reports taps on nodes. */
import cytoscape from '/assets/vendor/cytoscape.esm.min.mjs';
import { edgesThroughNodes, timePositions } from './layout.js';

const kindColours = {
  decision: '#1f5f99', board: '#8a4b08', motion: '#6b3fa0', audit: '#a0305a', law: '#3d6b35',
  provision: '#3d6b35', office: '#7a5a00', organization: '#5b5b5b', region: '#0b6e6e', case: '#4a4a8a',
  agreement: '#2f6f4f', programme: '#2f6f4f', person: '#914040', document: '#666666',
};

const readingZoom = 1.2;
const fontFamily = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", sans-serif';

const style = [
  {
    selector: 'node',
    style: {
      shape: 'round-rectangle', width: 150, height: 72, 'background-color': '#ffffff',
      'border-width': 2, 'border-color': 'data(colour)', label: 'data(label)', 'text-wrap': 'wrap',
      'text-max-width': '140px', 'text-valign': 'center', 'text-halign': 'center', 'font-size': 12,
      'font-family': fontFamily, color: '#1b1b1b',
    },
  },
  { selector: 'node.root', style: { 'border-width': 4, 'background-color': '#fff6d6' } },
  { selector: 'node:selected', style: { 'border-color': '#d0021b', 'border-width': 4, 'overlay-opacity': 0 } },
  {
    selector: 'edge',
    style: {
      width: 1.5, 'line-color': '#7d7d7d', 'target-arrow-color': '#7d7d7d', 'target-arrow-shape': 'triangle',
      'curve-style': 'bezier', label: 'data(label)', 'font-size': 10, 'font-family': fontFamily,
      'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.9,
      'text-background-padding': '2px', color: '#333333', 'min-zoomed-font-size': 7,
    },
  },
  // An edge that would cross a node between its ends bends around it.
  { selector: 'edge.arc', style: { 'curve-style': 'unbundled-bezier', 'control-point-distances': 120, 'control-point-weights': 0.5 } },
];

/**
 * A node's label: its name; in the lineage its date when the name does not carry it; and the title
 * when another drawn node has the same name (two decisions of one body on one day).
 */
function nodeLabel(node, view, shared) {
  const lines = [node.name];
  if (view === 'lineage' && node.time && !node.name.includes(node.time)) lines.push(node.time);
  if (shared && node.title) lines.push(shorten(node.title, 48));
  return lines.join('\n');
}

function shorten(text, max) {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export class GraphView {
  /** @param {{onSelect: (id: string) => void, onOpen: (id: string) => void}} handlers */
  constructor(container, handlers) {
    this.cy = cytoscape({
      container, style, minZoom: 0.2, maxZoom: 2.5, boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.cy.on('tap', 'node', (event) => handlers.onSelect(event.target.id()));
    this.cy.on('dbltap', 'node', (event) => handlers.onOpen(event.target.id()));
  }

  /** Replaces what is drawn; lineage is laid out by date, the chains as trees, the neighbourhood as rings. */
  draw(graph, view, rootId) {
    const positions = view === 'lineage' ? timePositions(graph) : null;
    const arcs = positions ? edgesThroughNodes(graph, positions) : new Set();
    const names = new Map();
    for (const n of graph.nodes.values()) names.set(n.name, (names.get(n.name) ?? 0) + 1);
    const elements = [
      ...[...graph.nodes.values()].map((n, i) => ({
        group: 'nodes',
        // `ring` splits a large neighbourhood over two circles, so it stays readable when fitted.
        data: { id: n.id, label: nodeLabel(n, view, names.get(n.name) > 1), kind: n.kind, colour: kindColours[String(n.kind).toLowerCase()] ?? '#444444', ring: n.id === rootId ? 3 : 1 + (i % 2) * Number(graph.nodes.size > 13) },
        classes: n.id === rootId ? 'root' : '',
      })),
      ...[...graph.edges.values()].map((e) => ({
        group: 'edges', data: { id: e.id, source: e.source, target: e.target, label: e.label, relation: e.relation }, classes: arcs.has(e.id) ? 'arc' : '',
      })),
    ];
    // The container may have been hidden (size 0) when Cytoscape last measured it.
    this.cy.resize();
    this.cy.elements().remove();
    this.cy.add(elements);
    this.cy.layout(this.layoutOptions(graph, view, rootId, positions)).run();
    this.limitZoom();
  }

  /** Fitting a graph of two or three nodes would blow them up; keep labels at reading size. */
  limitZoom() {
    if (this.cy.zoom() > readingZoom) {
      this.cy.zoom(readingZoom);
      this.cy.center();
    }
  }

  layoutOptions(graph, view, rootId, positions) {
    const common = { fit: true, padding: 40, animate: false };
    if (positions) {
      return { ...common, name: 'preset', positions: (node) => positions.get(node.id()) };
    }
    if (view === 'neighbourhood') {
      return { ...common, name: 'concentric', concentric: (node) => node.data('ring'), levelWidth: () => 1, minNodeSpacing: 16 };
    }
    const root = this.cy.getElementById(graph.layoutRoot ?? rootId);
    return { ...common, name: 'breadthfirst', directed: false, ...(root.nonempty() ? { roots: root } : {}), spacingFactor: 1.1 };
  }

  select(id) {
    this.cy.nodes().unselect();
    const node = this.cy.getElementById(id);
    node.select();
    if (node.nonempty()) this.cy.animate({ center: { eles: node }, duration: 150 });
  }

  resize() {
    this.cy.resize();
    this.cy.fit(undefined, 40);
    this.limitZoom();
  }

  /** What is drawn, as text: for people reading without the canvas and for checks. */
  describe() {
    return {
      nodes: this.cy.nodes().map((n) => {
        const onScreen = n.renderedPosition();
        return { id: n.id(), label: n.data('label'), x: n.position('x'), y: n.position('y'), screenX: onScreen.x, screenY: onScreen.y };
      }),
      edges: this.cy.edges().map((e) => ({ source: e.data('source'), target: e.data('target'), label: e.data('label') })),
    };
  }
}
