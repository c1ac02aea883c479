// Where a fix may write: characters of one text node of the draft, never its syntax. A fix that
// would reach beyond them (emphasis markers, link brackets, a reference label, an identifier, a
// line start that would open a block) is no safe fix: the finding stays, without it.

import type { ProseBlock } from './prose.js';

// What Markdown, GFM, MDX or HTML may read as syntax in a line of text: a fix neither removes nor
// writes any of it. (`!` counts only before a bracket, `#` only where a line starts.) A fix may
// join the lines of a paragraph ("Mac OS⏎X" → "macOS"), never break one.
const SYNTAX = /[\\`*_[\]<>{}&|~@$\uFFFC]|:\/\/|\bwww\./iu;
const LINE_END = /[\r\n]/u;

// A line that starts so opens a block (a list item, heading, quote, fence, HTML, setext underline or
// thematic break, indented code) rather than continuing a paragraph.
const OPENS_BLOCK = /^(?:[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|>|[=-]+[ \t]*$|(?:[-*_][ \t]*){3,}$|`{3}|~{3}|<|[ \t])/u;

// Blocks whose text is made of Markdown text nodes (an image's description, where a reader takes it
// as prose, is an attribute; a table row's cells are text nodes).
const TEXT_KINDS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'row']);

// The lines that open an HTML block (CommonMark's seven kinds), each with what ends it: the first
// five at the line holding their end marker, the last two at a blank line. All of the block is one
// HTML node, text and tags.
const BLOCK_TAGS =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';
const HTML_BLOCKS: readonly [start: RegExp, end: RegExp | undefined][] = [
  [/^<(?:script|pre|style|textarea)(?:[\s>]|$)/iu, /<\/(?:script|pre|style|textarea)>/iu],
  [/^<!--/u, /-->/u],
  [/^<\?/u, /\?>/u],
  [/^<![A-Za-z]/u, />/u],
  [/^<!\[CDATA\[/u, /\]\]>/u],
  [new RegExp(`^<\\/?(?:${BLOCK_TAGS})(?:[\\s/>]|$)`, 'iu'), undefined],
  [/^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>\s*$/u, undefined],
];

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** How emphasis delimiters see a character beside them (CommonMark's flanking rules): space, punctuation or other. */
function characterClass(char: string | undefined): 'space' | 'punctuation' | 'other' {
  if (char === undefined || /\s/u.test(char)) return 'space';
  return /[\p{P}\p{S}]/u.test(char) ? 'punctuation' : 'other';
}

/**
 * The source range a fix replacing `[start, end)` of the block's text with `replacement` may
 * write, or undefined where that would touch more than the words of one text node.
 */
export function fixableRange(source: string, block: ProseBlock, start: number, end: number, replacement: string): [number, number] | undefined {
  if (end <= start || !TEXT_KINDS.has(block.kind)) return undefined;
  // A run maps text onto source one to one, inside one text node: no markup, escape or entity in between.
  const run = block.runs.find(([textStart, , length]) => textStart <= start && end <= textStart + length);
  if (!run) return undefined;
  const from = run[1] + (start - run[0]);
  const to = from + (end - start);
  const original = source.slice(from, to);
  if (original !== block.text.slice(start, end) || original === replacement) return undefined;
  if (SYNTAX.test(original) || SYNTAX.test(replacement) || LINE_END.test(replacement) || (replacement.endsWith('!') && source[to] === '[')) return undefined;
  // Emphasis markers right beside the span read its edge characters: keep their kinds (a space beside it holds no marker).
  const besideSpace = (char: string | undefined) => char === undefined || /\s/u.test(char);
  if (characterClass(original[0]) !== characterClass(replacement[0]) && !besideSpace(source[from - 1])) return undefined;
  if (characterClass(original.at(-1)) !== characterClass(replacement.at(-1)) && !besideSpace(source[to])) return undefined;
  if (opensBlock(source, block, start, to, original, replacement)) return undefined;
  if (inIdentifier(source, from, to, original) || inReferenceLabel(source, from, to, replacement) || inHtmlBlock(source, from)) return undefined;
  return [from, to];
}

/** Whether the offset lies in an HTML block: its text, where a reader takes it as prose, is still part of one HTML node. */
function inHtmlBlock(source: string, offset: number): boolean {
  const windowStart = Math.max(0, offset - 2000);
  let at = windowStart;
  for (const blank of source.slice(windowStart, offset).matchAll(BLANK_LINE)) at = windowStart + blank.index + blank[0].length;
  // Past further blank lines (two in a row leave the second to match): the block starts at the first line with text.
  at += /^(?:[ \t>]*\r?\n)*/u.exec(source.slice(at, offset))![0].length;
  // From the block's first line on: an HTML block that ended on an earlier line is followed by another
  // block; a line of a paragraph may be followed by an HTML block of the first six kinds, which
  // interrupt a paragraph (a shortcode's line, then `<dl>`), never of the seventh.
  let inParagraph = false;
  while (at <= offset) {
    const line = /^[^\r\n]*/u.exec(source.slice(at))![0];
    // Without block-quote markers and list bullets.
    const content = line.replace(/^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/u, '');
    const html = HTML_BLOCKS.find(([start], kind) => start.test(content) && (kind < 6 || !inParagraph));
    if (!html) {
      inParagraph = true;
      const next = source.indexOf('\n', at);
      if (next < 0) return false;
      at = next + 1;
      continue;
    }
    inParagraph = false;
    const [, ends] = html;
    if (!ends) return true;
    const end = ends.exec(source.slice(at, offset));
    if (!end) return true;
    const lineEnd = source.indexOf('\n', at + end.index);
    if (lineEnd < 0 || lineEnd >= offset) return true;
    at = lineEnd + 1;
  }
  return false;
}

/** Whether the replacement, at the start of a line, makes the line open a block where it did not. */
function opensBlock(source: string, block: ProseBlock, start: number, to: number, original: string, replacement: string): boolean {
  if (start > 0 && block.text[start - 1] !== '\n') return false;
  const rest = /^[^\r\n]*/u.exec(source.slice(to))![0];
  return OPENS_BLOCK.test(replacement + rest) && !OPENS_BLOCK.test(original + rest);
}

/**
 * Whether the span is part of an identifier, words joined into a name: a path, package, crate,
 * repository, file or domain name ("rust-lang-nursery/rust-wasm", "file_name", "opendata.swiss",
 * "rust#95513", "@brisa"), or a lowercase word joined by a hyphen to anything but a capitalised
 * noun ("wasm-bindgen", "radosgw-admin", "T-crates-io"). A capitalised span joined by a hyphen, or a
 * hyphen before a capitalised noun, makes a compound of prose ("OKLab-Treffen").
 */
function inIdentifier(source: string, from: number, to: number, original: string): boolean {
  const [before, beforeThat, after, afterThat] = [source[from - 1] ?? '', source[from - 2] ?? '', source[to] ?? '', source[to + 1] ?? ''];
  if (/[/_\\@#]/u.test(before) || (/[.:]/u.test(before) && LETTER_OR_DIGIT.test(beforeThat))) return true;
  // A gender mark carries a German noun on ("Entwickler:innen"): it joins no name.
  if (/[/_\\@#.:]/u.test(after) && LETTER_OR_DIGIT.test(afterThat) && !/^[:*_]in(?:nen)?(?![\p{L}\p{N}])/u.test(source.slice(to, to + 7))) return true;
  if (LETTER_OR_DIGIT.test(before) || LETTER_OR_DIGIT.test(after)) return true;
  if (original !== original.toLowerCase()) return false;
  // A lowercase span joined by a hyphen to anything but a capitalised noun: "wasm-bindgen", "T-crates-io".
  const noun = /^\p{Lu}\p{Ll}/u;
  const wordBefore = /[\p{L}\p{N}]+$/u.exec(source.slice(Math.max(0, from - 41), from - 1))?.[0] ?? '';
  return (after === '-' && LETTER_OR_DIGIT.test(afterThat) && !noun.test(source.slice(to + 1, to + 3))) || (before === '-' && wordBefore !== '' && !noun.test(wordBefore));
}

// A blank line ends a paragraph, and with it any link.
const BLANK_LINE = /\n[ \t>]*\r?\n/gu;
// Link reference definitions, also in block quotes and list items: over-approximated, as that errs on the safe side.
const DEFINITION = /^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)?\[((?:[^\]\\\n]|\\.)+)\]:/gmu;

const labelKey = (label: string) => label.replace(/\\(.)/gu, '$1').trim().replace(/\s+/gu, ' ').toLowerCase();

let definitions: { source: string; labels: Set<string> } | undefined;

function definedLabels(source: string): Set<string> {
  if (definitions?.source !== source) definitions = { source, labels: new Set([...source.matchAll(DEFINITION)].map((m) => labelKey(m[1]!))) };
  return definitions.labels;
}

/**
 * Whether the span stands in brackets whose text is a reference's label as well (`[label]`,
 * `[label][]`, `[label]: …`): changed, the reference would no longer match its definition, or a
 * new one would match.
 */
function inReferenceLabel(source: string, from: number, to: number, replacement: string): boolean {
  const windowStart = Math.max(0, from - 2000);
  let paragraphStart = windowStart;
  for (const blank of source.slice(windowStart, from).matchAll(BLANK_LINE)) paragraphStart = windowStart + blank.index + blank[0].length;
  // The innermost bracket still open before the span, and the one that closes it after.
  const open: number[] = [];
  for (let i = paragraphStart; i < from; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '[') open.push(i);
    else if (source[i] === ']') open.pop();
  }
  const opening = open.pop();
  if (opening === undefined) return false;
  const blank = /\n[ \t>]*\r?\n/u.exec(source.slice(to, to + 2000));
  const limit = to + (blank?.index ?? 2000);
  let depth = 0;
  let closing = -1;
  for (let i = to; i < limit && closing < 0; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '[') depth++;
    else if (source[i] === ']' && depth-- === 0) closing = i;
  }
  if (closing < 0) return false;
  const next = source[closing + 1];
  if (next === ':') return true;
  // An inline link `[text](…)` or a full reference `[text][label]`: the text is free.
  if (next === '(' || (next === '[' && source[closing + 2] !== ']')) return false;
  const labels = definedLabels(source);
  const label = source.slice(opening + 1, closing);
  const fixed = source.slice(opening + 1, from) + replacement + source.slice(to, closing);
  return labels.has(labelKey(label)) || labels.has(labelKey(fixed));
}
