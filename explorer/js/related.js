/** Turns the API's relationship fields (entities, lists, connections, property objects) into flat lists. */

export function isEntityValue(value) {
  return Boolean(value && typeof value === 'object' && typeof value.id === 'string' && 'kind' in value);
}

/**
 * The entities one field value points at, each with the relationship's own properties
 * (a share, a year, a basis) when the API wraps them in an object.
 * @returns {{items: {entity: object, props: [string, unknown][]}[], total: number|null}}
 */
export function relatedItems(value, selfId) {
  if (value === null || value === undefined) return { items: [], total: 0 };
  if (Array.isArray(value)) {
    const items = value.flatMap((v) => relatedItems(v, selfId).items);
    return { items, total: items.length };
  }
  if (isEntityValue(value)) return { items: [{ entity: value, props: [] }], total: 1 };
  if (Array.isArray(value.edges)) {
    const items = value.edges.flatMap((edge) => relatedItems(edge?.node, selfId).items);
    return { items, total: typeof value.totalCount === 'number' ? value.totalCount : items.length };
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value).filter(([key]) => key !== '__typename');
    const props = entries.filter(([, v]) => v !== null && typeof v !== 'object');
    // A link object names both ends; the other end is the one that is not this entity.
    const ends = isEntityValue(value.node) ? [value.node] : entries.map(([, v]) => v).filter(isEntityValue);
    const others = ends.filter((e) => e.id !== selfId);
    const items = (others.length ? others : ends).map((entity) => ({ entity, props }));
    return { items, total: items.length };
  }
  return { items: [], total: 0 };
}

/** Splits a detail result into scalar properties and relationship groups, in schema order. */
export function splitEntity(entity, schema) {
  const properties = [];
  const relationships = [];
  for (const [field, value] of Object.entries(entity)) {
    if (['__typename', 'id', 'kind', 'name', 'sources'].includes(field)) continue;
    if (schema.isProperty(entity.__typename, field)) {
      if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)) properties.push({ field, value });
    } else {
      const { items, total } = relatedItems(value, entity.id);
      if (items.length) relationships.push({ field, items, total });
    }
  }
  return { properties, relationships };
}
