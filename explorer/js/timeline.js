/** A body's decisions along time, filtered by a date range, through the API's `decisions` root field. */
import { gql } from './api.js';
import { h, replace } from './dom.js';
import { dateValue } from './layout.js';
import { entityHref } from './state.js';

const pageSize = 50;
const decisionFields = ['date', 'paragraph', 'title', 'outcome'];

export class Timeline {
  constructor(container, schema) {
    this.container = container;
    this.schema = schema;
    this.decisions = [];
  }

  /** Loads the first page for a body and range; earlier results are dropped. */
  async show(body, from, to) {
    this.query = { body, from, to };
    this.decisions = [];
    await this.loadPage(null);
  }

  async loadPage(after) {
    const query = this.query;
    const fields = decisionFields.filter((f) => this.schema.fields('Decision').some((x) => x.name === f)).join(' ');
    const filter = { body: query.body, ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) };
    const data = await gql(
      `query Timeline($filter: DecisionFilter, $first: Int, $after: String) {
        decisions(filter: $filter, first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { id name ... on Decision { ${fields} } } }
        }
      }`,
      { filter, first: pageSize, after },
    );
    if (query !== this.query) return; // a newer filter was asked for meanwhile
    const page = data.decisions;
    this.decisions.push(...page.edges.map((e) => e.node));
    this.render(page.totalCount, page.pageInfo);
  }

  render(total, pageInfo) {
    const sorted = [...this.decisions].sort((a, b) => (dateValue(a.date) ?? 0) - (dateValue(b.date) ?? 0) || (a.paragraph ?? 0) - (b.paragraph ?? 0));
    const years = new Map();
    for (const d of sorted) {
      const year = d.date?.slice(0, 4) ?? 'Utan datum';
      if (!years.has(year)) years.set(year, []);
      years.get(year).push(d);
    }
    const range = [this.query.from && `från ${this.query.from}`, this.query.to && `till ${this.query.to}`].filter(Boolean).join(' ');
    replace(
      this.container,
      h('p', { class: 'timeline-summary' }, `${total} beslut${range ? ` ${range}` : ''}`, this.decisions.length < total ? `, ${this.decisions.length} visas` : '', '.'),
      sorted.length ? strip(sorted) : null,
      [...years].map(([year, decisions]) => h('section', { class: 'timeline-year' },
        h('h3', {}, year),
        h('ol', {}, decisions.map((d) => h('li', {},
          d.date ? h('time', { datetime: d.date }, d.date) : null,
          d.paragraph ? ` § ${d.paragraph} ` : ' ',
          h('a', { href: entityHref(d.id) }, d.title || d.name),
          d.outcome ? h('span', { class: 'outcome' }, ` – ${d.outcome}`) : null,
        ))))),
      pageInfo.hasNextPage
        ? h('button', { type: 'button', class: 'more', onclick: () => this.loadPage(pageInfo.endCursor) }, 'Visa fler beslut')
        : null,
    );
  }
}

/** A bar with one mark per decision at its place in time; the list below carries the same for keyboards. */
function strip(decisions) {
  const values = decisions.map((d) => dateValue(d.date)).filter((v) => v !== null);
  if (values.length === 0) return null;
  const min = Math.min(...values);
  const span = Math.max(Math.max(...values) - min, 1);
  const at = (value) => `${(((value - min) / span) * 100).toFixed(2)}%`;
  const firstYear = new Date(min * 86_400_000).getUTCFullYear();
  const lastYear = new Date((min + span) * 86_400_000).getUTCFullYear();
  const yearMarks = [];
  for (let year = firstYear + 1; year <= lastYear; year++) yearMarks.push(h('span', { class: 'year-mark', style: `left:${at(Date.UTC(year, 0, 1) / 86_400_000)}` }, String(year)));
  return h('div', { class: 'timeline-strip', 'aria-hidden': 'true' },
    yearMarks,
    decisions.filter((d) => dateValue(d.date) !== null).map((d) => h('a', {
      class: 'tick', href: entityHref(d.id), tabindex: '-1', title: `${d.date} ${d.title || d.name}`, style: `left:${at(dateValue(d.date))}`,
    })));
}
