/**
 * The page's state lives in the URL hash so any view can be shared as a link:
 * `#id=<entity>&view=<view>&root=<graph root>&direction=<dir>&depth=<n>&expand=<id>,<id>&from=<date>&to=<date>&q=<search>`.
 * Every control changes the hash; the page renders from it.
 */

export const views = ['lineage', 'supervision', 'delegation', 'neighbourhood'];
export const directions = ['BOTH', 'UPSTREAM', 'DOWNSTREAM'];
export const maxDepth = 10;
const defaultDepth = 3;

/** @returns {{id: string|null, root: string|null, view: string|null, direction: string, depth: number, expand: string[], from: string, to: string, q: string}} */
export function parseHash(hash) {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const view = p.get('view');
  const direction = p.get('direction')?.toUpperCase();
  const depth = Number.parseInt(p.get('depth') ?? '', 10);
  return {
    id: p.get('id') || null,
    root: p.get('root') || null,
    view: views.includes(view) ? view : null,
    direction: directions.includes(direction) ? direction : 'BOTH',
    depth: Number.isInteger(depth) ? Math.min(Math.max(depth, 1), maxDepth) : defaultDepth,
    expand: (p.get('expand') ?? '').split(',').filter(Boolean),
    from: p.get('from') ?? '',
    to: p.get('to') ?? '',
    q: p.get('q') ?? '',
  };
}

/** The hash for a state, leaving out defaults; `:` and `/` stay readable since ids are full of them. */
export function formatHash(state) {
  const parts = [];
  const add = (key, value) => parts.push(`${key}=${encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2F/gi, '/')}`);
  if (state.id) add('id', state.id);
  if (state.view) add('view', state.view);
  if (state.root && state.root !== state.id) add('root', state.root);
  if (state.direction && state.direction !== 'BOTH') add('direction', state.direction);
  if (state.depth && state.depth !== defaultDepth) add('depth', String(state.depth));
  if (state.expand?.length) add('expand', state.expand.join(','));
  if (state.from) add('from', state.from);
  if (state.to) add('to', state.to);
  if (state.q) add('q', state.q);
  return `#${parts.join('&')}`;
}

export function currentState() {
  return parseHash(window.location.hash);
}

/** A link to another entity: its own graph root and default view; the search stays. */
export function entityHref(id, state = currentState()) {
  return formatHash({ id, q: state.q, direction: state.direction, depth: state.depth });
}

/** Moves to a new state; the hashchange listener renders it. */
export function navigate(patch) {
  const next = formatHash({ ...currentState(), ...patch });
  if (next !== window.location.hash) window.location.hash = next;
}

/** The view to draw when the link names none: what people most often want to see for that kind. */
export function defaultView(kind) {
  switch (String(kind).toLowerCase()) {
    case 'decision': case 'motion': case 'audit': return 'lineage';
    case 'board': case 'organization': case 'region': case 'municipality': return 'supervision';
    case 'office': return 'delegation';
    default: return 'neighbourhood';
  }
}
