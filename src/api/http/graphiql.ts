import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

const defaultQuery = `# beslutsgraf: who decided what, on what basis.
# Try: search, then follow a decision's lineage.
{
  search(text: "regionstyrelsens", first: 5) {
    totalCount
    edges { node { id kind name } }
  }
}
`;

let page: string | undefined;

/**
 * The GraphQL IDE, whole in one page: the installed package carries the editor's scripts and
 * styles, so nothing is fetched from the internet. Rendered once, on first use.
 */
export function graphiqlPage(endpoint: string): string {
  page ??= renderGraphiQL({ endpoint, title: 'beslutsgraf GraphQL', defaultQuery } as Parameters<typeof renderGraphiQL>[0]);
  return page;
}
