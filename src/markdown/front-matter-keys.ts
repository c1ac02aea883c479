// The front-matter keys whose string values are prose where the spec names none: a module of its
// own, so that the spec loader takes the list without loading the front-matter readers.

/** The keys site generators give a page's title and teaser text (Hugo `summary`, Jekyll `excerpt`). */
export const DEFAULT_PROSE_KEYS: readonly string[] = ['title', 'description', 'excerpt', 'summary'];
