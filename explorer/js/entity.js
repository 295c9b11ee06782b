/** The entity view: properties, sources with quote and locator, relationships grouped by field. */
import { gql } from './api.js';
import { h, replace } from './dom.js';
import { fieldLabel, kindLabel } from './labels.js';
import { splitEntity } from './related.js';
import { entityHref } from './state.js';

const sourcesSelection = 'sources { document { id name } locator quote }';

/** The entity with its details, or null for an unknown id. Two round trips: the type picks the fields. */
export async function fetchEntity(schema, id) {
  const probe = await gql('query EntityType($id: ID!) { entity(id: $id) { __typename } }', { id });
  const type = probe.entity?.__typename;
  if (!type) return null;
  const data = await gql(
    `query EntityDetails($id: ID!) {
      entity(id: $id) { __typename id kind name ${sourcesSelection} ... on ${type} { ${schema.detailSelection(type)} } }
    }`,
    { id },
  );
  return data.entity;
}

export function renderEntity(container, heading, entity, schema) {
  heading.textContent = entity.name;
  const { properties, relationships } = splitEntity(entity, schema);
  replace(
    container,
    h('p', { class: 'entity-kind' }, h('span', { class: `kind-badge kind-${String(entity.kind).toLowerCase()}` }, kindLabel(entity.kind)), ' ', h('code', {}, entity.id)),
    properties.length ? h('dl', { class: 'properties' }, properties.flatMap(({ field, value }) => [h('dt', {}, fieldLabel(field)), h('dd', {}, formatValue(value))])) : null,
    renderSources(entity.sources ?? []),
    renderRelationships(relationships),
  );
}

function formatValue(value) {
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'number') return value.toLocaleString('sv-SE');
  return String(value);
}

function renderSources(sources) {
  return h('section', { class: 'sources', 'aria-labelledby': 'sources-heading' },
    h('h3', { id: 'sources-heading' }, `Källor (${sources.length})`),
    sources.length === 0
      ? h('p', {}, 'Inga källor angivna.')
      : h('ul', {}, sources.map((s) => h('li', {},
        s.document ? h('a', { href: entityHref(s.document.id) }, s.document.name) : 'Okänt dokument',
        s.locator ? h('span', { class: 'locator' }, ` – ${s.locator}`) : null,
        s.quote ? h('blockquote', {}, `”${s.quote}”`) : null,
      ))));
}

function renderRelationships(groups) {
  return h('section', { class: 'relationships', 'aria-labelledby': 'relationships-heading' },
    h('h3', { id: 'relationships-heading' }, 'Relationer'),
    groups.length === 0 ? h('p', {}, 'Inga relationer.') : groups.map(({ field, items, total }) =>
      h('section', { class: 'relation-group', dataset: { field } },
        h('h4', {}, `${fieldLabel(field)} (${total})`),
        h('ul', {}, items.map(({ entity, props }) => h('li', {},
          h('a', { href: entityHref(entity.id) }, entity.name),
          ' ', h('span', { class: 'kind-note' }, kindLabel(entity.kind)),
          props.length ? h('span', { class: 'rel-props' }, ` (${props.map(([k, v]) => `${fieldLabel(k).toLowerCase()}: ${formatValue(v)}`).join(', ')})`) : null,
        ))),
        total > items.length ? h('p', { class: 'more' }, `Visar ${items.length} av ${total}.`) : null,
      )),
  );
}
