/** The graph section: view and lineage controls, the drawing, and the node list that mirrors it. */
import { byId, h, replace } from './dom.js';
import { GraphView } from './graph.js';
import { emptyGraph, fetchGraph, mergeGraph } from './graph-data.js';
import { kindLabel, viewLabel } from './labels.js';
import { readingOrder } from './layout.js';
import { currentState, defaultView, formatHash, navigate } from './state.js';

const directionNames = { BOTH: 'båda hållen', UPSTREAM: 'uppströms', DOWNSTREAM: 'nedströms' };

export class GraphPanel {
  constructor(schema) {
    this.schema = schema;
    this.section = byId('graph');
    this.caption = byId('graph-caption');
    this.nodeList = byId('graph-nodes');
    this.edgeList = byId('graph-edges');
    this.actions = byId('node-actions');
    this.graph = emptyGraph();
    this.key = null;
    this.view = new GraphView(byId('graph-canvas'), {
      onSelect: (id) => this.showActions(id),
      onOpen: (id) => this.open(id),
    });

    for (const button of byId('view-buttons').querySelectorAll('button')) {
      button.addEventListener('click', () => navigate({ view: button.dataset.view, expand: [] }));
    }
    byId('direction').addEventListener('change', (e) => navigate({ direction: e.target.value, view: 'lineage', expand: [] }));
    byId('depth').addEventListener('change', (e) => {
      if (e.target.checkValidity()) navigate({ depth: Number(e.target.value), view: 'lineage', expand: [] });
    });
    this.actions.addEventListener('click', (e) => {
      const action = e.target.closest('button')?.dataset.action;
      if (action && this.selected) this.act(action, this.selected);
    });
  }

  /** Draws the state's view; fetches only when the view, root, direction, depth or expansions changed. */
  async show(state, rootKind) {
    const view = state.view ?? defaultView(rootKind);
    const root = state.root ?? state.id;
    const options = { direction: state.direction, depth: state.depth };
    const key = JSON.stringify([view, root, options, state.expand]);
    this.section.hidden = false;
    this.updateControls(view, state);
    this.currentView = view;
    if (key !== this.key) {
      this.pendingKey = key;
      const graph = await fetchGraph(this.schema, view, root, options);
      // Expanding a node adds one step of the same view around it.
      for (const id of state.expand) mergeGraph(graph, await fetchGraph(this.schema, view, id, { ...options, depth: 1 }));
      if (this.pendingKey !== key) return; // a newer view was asked for meanwhile
      this.graph = graph;
      this.key = key;
      this.hideActions();
      this.view.draw(graph, view, root);
      this.caption.textContent = this.describe(view, root, state);
    }
    this.renderLists(state);
  }

  describe(view, root, state) {
    const name = this.graph.nodes.get(root)?.name ?? root;
    const how = view === 'lineage' ? `, ${directionNames[state.direction]}, djup ${state.depth}` : '';
    const time = view === 'lineage' ? ' Tiden går från vänster till höger.' : '';
    const nodes = this.graph.nodes.size;
    const edges = this.graph.edges.size;
    const counts = `${nodes} ${nodes === 1 ? 'nod' : 'noder'} och ${edges} ${edges === 1 ? 'relation' : 'relationer'}`;
    const empty = edges === 0 ? ' Inget att rita i den här vyn; prova en annan.' : '';
    return `${viewLabel(view)} för ${name}${how}: ${counts}.${edges ? time : empty}`;
  }

  updateControls(view, state) {
    for (const button of byId('view-buttons').querySelectorAll('button')) {
      button.setAttribute('aria-pressed', String(button.dataset.view === view));
    }
    byId('lineage-controls').hidden = view !== 'lineage';
    byId('direction').value = state.direction;
    byId('depth').value = String(state.depth);
  }

  /** The same nodes and edges as the drawing, as links and buttons a keyboard can reach. */
  renderLists(state) {
    const root = state.root ?? state.id;
    const focused = document.activeElement?.closest?.('#graph-nodes [data-id]');
    const refocus = focused ? [focused.dataset.id, focused.dataset.action] : null;
    replace(this.nodeList, readingOrder(this.graph).map((node) => h('li', { 'aria-current': node.id === state.id ? 'true' : null },
      h('a', { href: formatHash({ ...state, id: node.id, root, view: this.currentView }), dataset: { id: node.id, action: 'open' } }, node.name),
      ' ', h('span', { class: 'kind-note' }, [kindLabel(node.kind), node.time && !node.name.includes(node.time) ? ` ${node.time}` : '', node.title ? `: ${node.title}` : ''].join('')),
      node.id === root ? h('strong', { class: 'root-note' }, ' (rot)') : null,
      ' ', h('button', { type: 'button', dataset: { id: node.id, action: 'expand' }, 'aria-label': `Expandera ${node.name}`, onclick: () => this.act('expand', node.id) }, 'Expandera'),
      node.id === root ? null : h('button', { type: 'button', dataset: { id: node.id, action: 'reroot' }, 'aria-label': `Gör ${node.name} till rot`, onclick: () => this.act('reroot', node.id) }, 'Gör till rot'),
    )));
    const name = (id) => this.graph.nodes.get(id)?.name ?? id;
    replace(this.edgeList, [...this.graph.edges.values()].map((e) => h('li', {},
      name(e.source), ' ', h('span', { class: 'relation' }, `— ${e.label} →`), ' ', name(e.target))));
    if (refocus) this.nodeList.querySelector(`[data-id="${CSS.escape(refocus[0])}"][data-action="${refocus[1]}"]`)?.focus();
  }

  showActions(id) {
    this.selected = id;
    byId('node-actions-name').textContent = `${this.graph.nodes.get(id)?.name ?? id}:`;
    this.actions.hidden = false;
    this.view.select(id);
  }

  hideActions() {
    this.selected = null;
    this.actions.hidden = true;
  }

  /** Open shows the node's details and keeps the graph; re-root draws the view around it. */
  act(action, id) {
    const state = currentState();
    if (action === 'open') this.open(id);
    else if (action === 'expand') navigate({ expand: state.expand.includes(id) ? state.expand : [...state.expand, id] });
    else if (action === 'reroot') navigate({ id, root: null, expand: [], view: this.currentView });
  }

  open(id) {
    const state = currentState();
    navigate({ id, root: state.root ?? state.id, view: this.currentView });
  }
}
