/**
 * The default sort of lists with a search box over names: none until a column is clicked. The
 * server then lists by name, and a search by relevance (the names starting with the typed text
 * first), which also keeps a very broad search fast (docs/domain/search.md).
 */
export const BY_RELEVANCE = { field: "", order: "ASC" } as const;
