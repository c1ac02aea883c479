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
