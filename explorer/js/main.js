/** Wires the page: renders whatever the URL hash names, and turns the search form into a hash change. */
import { byId, h, replace } from './dom.js';
import { fetchEntity, renderEntity } from './entity.js';
import { GraphPanel } from './graph-panel.js';
import { loadSchema } from './schema.js';
import { renderResults, runSearch } from './search.js';
import { currentState, navigate } from './state.js';
import { Timeline } from './timeline.js';

const status = byId('status');
const entityHeading = byId('entity-heading');
const welcome = byId('entity-body').cloneNode(true);

let schema;
let graphPanel;
let timeline;
let shown = { q: null, id: null, entity: null, timeline: null };
let generation = 0;

let renders = 0;

function setBusy(busy, message = '') {
  document.body.setAttribute('aria-busy', String(busy));
  // Counts finished renders, so a script can wait for the page to answer one action.
  if (!busy) document.body.dataset.renders = String(++renders);
  status.textContent = message;
  status.classList.remove('error');
}

function showError(error) {
  setBusy(false);
  status.textContent = `Kunde inte hämta: ${error.message}`;
  status.classList.add('error');
}

async function renderSearch(q) {
  if (q === shown.q) return;
  shown.q = q;
  byId('search-text').value = q;
  const results = byId('results');
  results.hidden = !q;
  if (!q) return;
  renderResults(byId('results-body'), q, await runSearch(q));
}

async function renderEntityView(state, { focus }) {
  if (state.id === shown.id) return shown.entity;
  const entity = await fetchEntity(schema, state.id);
  shown.id = state.id;
  shown.entity = entity;
  if (!entity) {
    entityHeading.textContent = 'Okänd entitet';
    replace(byId('entity-body'), h('p', {}, `Det finns ingen entitet med id ${state.id}.`));
    return null;
  }
  document.title = `${entity.name} – Beslutsgraf`;
  renderEntity(byId('entity-body'), entityHeading, entity, schema);
  // Keyboard users land on what they opened, not back at the top of the page.
  if (focus) byId('entity').focus();
  return entity;
}

/** A body's decisions: shown when the entity's type has decisions and the API has the root field. */
async function renderTimeline(state, entity) {
  const section = byId('timeline');
  const isBody = entity && schema.hasRootField('decisions') && schema.fields(entity.__typename).some((f) => f.name === 'decisions');
  section.hidden = !isBody;
  if (!isBody) return;
  byId('timeline-from').value = state.from;
  byId('timeline-to').value = state.to;
  const key = JSON.stringify([state.id, state.from, state.to]);
  if (key === shown.timeline) return;
  shown.timeline = key;
  await timeline.show(state.id, state.from, state.to);
}

async function render({ focus = true } = {}) {
  const run = ++generation;
  const state = currentState();
  setBusy(true, 'Hämtar …');
  try {
    await renderSearch(state.q);
    if (!state.id) {
      shown = { ...shown, id: null, entity: null, timeline: null };
      entityHeading.textContent = 'Välkommen';
      replace(byId('entity-body'), ...welcome.cloneNode(true).childNodes);
      byId('graph').hidden = true;
      byId('timeline').hidden = true;
      document.title = 'Beslutsgraf – utforskare';
    } else {
      const entity = await renderEntityView(state, { focus });
      if (run !== generation) return;
      if (entity) await graphPanel.show(state, entity.kind);
      else byId('graph').hidden = true;
      if (run !== generation) return;
      await renderTimeline(state, entity);
    }
    if (run === generation) setBusy(false);
  } catch (error) {
    if (run === generation) showError(error);
  }
}

function wireForms() {
  byId('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = byId('search-text').value.trim();
    if (q) navigate({ q });
  });
  byId('timeline-form').addEventListener('submit', (e) => {
    e.preventDefault();
    navigate({ from: byId('timeline-from').value.trim(), to: byId('timeline-to').value.trim() });
  });
  byId('timeline-form').addEventListener('reset', () => navigate({ from: '', to: '' }));
}

async function start() {
  setBusy(true, 'Hämtar …');
  try {
    schema = await loadSchema();
  } catch (error) {
    showError(error);
    return;
  }
  graphPanel = new GraphPanel(schema);
  timeline = new Timeline(byId('timeline-body'), schema);
  wireForms();
  window.addEventListener('hashchange', () => render());
  window.addEventListener('resize', () => graphPanel.view.resize());
  // For scripting and checks from the console: what the graph currently draws.
  window.beslutsgraf = { graph: () => graphPanel.view.describe() };
  await render({ focus: false });
}

start();
