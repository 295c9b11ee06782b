/** The page's only way to the data: the same GraphQL endpoint every other client uses. */

export class ApiError extends Error {
  name = 'ApiError';
}

const endpoint = new URL('/graphql', window.location.href);

export async function gql(query, variables = {}) {
  let response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('servern svarar inte');
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`servern svarade ${response.status} utan GraphQL-svar`);
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!response.ok || !body.data) throw new ApiError(`servern svarade ${response.status}`);
  return body.data;
}
