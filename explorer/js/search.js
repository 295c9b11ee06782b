/** The search box's results, grouped by kind in the order of the best match in each kind. */
import { gql } from './api.js';
import { h, replace } from './dom.js';
import { kindLabel } from './labels.js';
import { entityHref } from './state.js';

const pageSize = 50;

export async function runSearch(text) {
  const data = await gql(
    `query Search($text: String!, $first: Int) {
      search(text: $text, first: $first) { totalCount edges { node { id kind name ... on Decision { title } } } }
    }`,
    { text, first: pageSize },
  );
  return data.search;
}

export function renderResults(container, text, result) {
  const groups = new Map();
  for (const { node } of result.edges) {
    if (!groups.has(node.kind)) groups.set(node.kind, []);
    groups.get(node.kind).push(node);
  }
  const shown = result.edges.length;
  // Two bodies may share a name (each region has its Hälso- och sjukvårdsnämnd): the id tells them apart.
  const names = new Map();
  for (const { node } of result.edges) names.set(node.name, (names.get(node.name) ?? 0) + 1);
  replace(
    container,
    h('p', {}, shown === 0 ? `Inga träffar för ”${text}”.` : `${result.totalCount} ${result.totalCount === 1 ? 'träff' : 'träffar'} för ”${text}”${shown < result.totalCount ? `, de ${shown} bästa visas` : ''}.`),
    [...groups].map(([kind, nodes]) => h('section', { class: 'result-group', dataset: { kind } },
      h('h3', {}, `${kindLabel(kind, true)} (${nodes.length})`),
      h('ul', {}, nodes.map((node) => h('li', {},
        h('a', { href: entityHref(node.id) }, node.name,
          node.title ? h('span', { class: 'kind-note' }, ` – ${node.title}`) : null,
          names.get(node.name) > 1 && !node.title ? h('span', { class: 'kind-note' }, ` (${node.id})`) : null)))),
    )),
  );
}
