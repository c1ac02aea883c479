// Inline links around a span of the source: a link's text often names the page it links.

/** The link text span `[from, to)` of the source stands in, with the link's URL; undefined outside an inline link's text. */
export function linkAround(source: string, from: number, to: number): { textStart: number; textEnd: number; url: string } | undefined {
  // A link's text may run over a line end, never over a blank line.
  const opened = source.lastIndexOf('[', from);
  if (opened < 0 || /\]|\n[ \t]*\n/u.test(source.slice(opened + 1, from))) return undefined;
  const closing = /^(?:[^[\]\n]|\n(?![ \t]*\n))*\]\(\s*<?([^\s)>]*)/u.exec(source.slice(to));
  if (!closing) return undefined;
  const textEnd = to + closing[0].indexOf('](');
  return { textStart: opened + 1, textEnd, url: closing[1]! };
}

let labelsOf: { source: string; labels: Set<string> } | undefined;

/** The labels of a draft's link reference definitions (`[label]: url`), lowercase: a `[label]` in prose is a link. */
export function referenceLabels(source: string): ReadonlySet<string> {
  if (labelsOf?.source !== source) {
    const labels = new Set<string>();
    for (const match of source.matchAll(/^ {0,3}\[([^\]\n]+)\]:[ \t]*\S/gmu)) labels.add(match[1]!.trim().toLowerCase().replace(/\s+/gu, ' '));
    labelsOf = { source, labels };
  }
  return labelsOf.labels;
}

/**
 * Whether the span `[from, to)` of the source is the label of a link reference definition
 * (`[label]: …`), read as prose where the destination does not parse (a Hugo `{{< ref … >}}`).
 */
export function isDefinitionLabel(source: string, from: number, to: number): boolean {
  const lineStart = source.lastIndexOf('\n', from - 1) + 1;
  return /^ {0,3}\[[^\]\n]*$/u.test(source.slice(lineStart, from)) && /^[^\]\n]*\]:/u.test(source.slice(to));
}

// Where a draft links: inline link and image destinations, reference definitions, Hugo's ref shortcodes.
const LINK_TARGETS = /\]\(\s*<?([^\s)>]+)|^ {0,3}\[[^\]\n]+\]:[ \t]*<?([^\s>]+)|\{\{<\s*(?:rel)?ref\s+"([^"]+)"/gmu;

/**
 * The page names (slugs) a draft's links point to, lowercase: the last segment of each link's path
 * without its extension and a leading date ("…/2019/11/14/evaluating-github-actions.html",
 * "/blog/2020-02-19-code-for-climate.md" → "evaluating-github-actions", "code-for-climate").
 */
export function linkedSlugs(source: string): string[] {
  const slugs = new Set<string>();
  for (const match of source.matchAll(LINK_TARGETS)) {
    const target = (match[1] ?? match[2] ?? match[3]!).replace(/[?#].*$/u, '');
    const slug = pageSlug(target);
    if (slug !== '') slugs.add(slug);
  }
  return [...slugs];
}

/** A page's name as links and file names both give it: "2019-11-14-evaluating-github-actions.md", "labs/bonn/index.md" → "evaluating-github-actions", "bonn". */
export function pageSlug(pathOrUrl: string): string {
  const segments = pathOrUrl.split('/').filter((s) => s !== '');
  let last = segments.pop() ?? '';
  if (/^_?index(?:\.[a-z]+)?$/iu.test(last)) last = segments.pop() ?? '';
  return last
    .replace(/\.(?:html?|mdx?|markdown)$/iu, '')
    .replace(/^\d{4}-\d{2}-\d{2}-/u, '')
    .toLowerCase();
}
