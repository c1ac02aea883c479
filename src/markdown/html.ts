// The prose of HTML in a draft: the text content of HTML blocks and the alt text of images, with
// exact positions; tags, attributes, comments and the content of script, style, code and pre never.

import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import { BlockBuilder, isProse, maskNotProse, type ProseBlock } from './prose.js';

/** A stretch of HTML as it stands in the source: a line's text or its line ending (container prefixes are not in it). */
export interface HtmlPiece {
  text: string;
  start: number;
}

// Elements whose content is code, data or struck-out text: never prose (the last, as GFM's
// strikethrough, is not read for figures and dates).
const EXCLUDED = new Set(['script', 'style', 'code', 'pre', 'textarea', 'template', 'svg', 'math', 'kbd', 'samp', 'var', 'del', 's', 'strike']);

// Elements that end a run of text and start another (and `br`): a sentence never runs across them.
const BLOCK =
  /^(?:address|article|aside|blockquote|body|br|caption|center|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|head|header|hr|html|legend|li|main|nav|ol|option|p|section|summary|table|tbody|td|tfoot|th|thead|title|tr|ul)$/u;

// A tag with its attributes (quoted values may hold `>`), a comment, a CDATA section, a declaration or a processing instruction.
const MARKUP = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![A-Za-z][^>]*(?:>|$)|<\?[\s\S]*?(?:\?>|$)/gu;
const ALT = /(?:^|\s)alt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/iu;
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/gu;

/** What an inline tag does to the text after it: opens or closes an element whose content is not prose. */
export function excludedEffect(tag: string): -1 | 0 | 1 {
  const match = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)[^]*?(\/?)>$/u.exec(tag);
  if (!match || !EXCLUDED.has(match[2]!.toLowerCase()) || match[3] === '/') return 0;
  return match[1] ? -1 : 1;
}

/** The HTML's text, laid out as one string, with the way back to the source. */
class Layout {
  readonly value: string;
  private readonly offsets: number[] = [];

  constructor(readonly pieces: readonly HtmlPiece[]) {
    let value = '';
    for (const piece of pieces) {
      this.offsets.push(value.length);
      value += piece.text;
    }
    this.value = value;
  }

  /** Adds `[from, to)` of the value to the block, entities decoded, each character at its place in the source. */
  addRange(block: BlockBuilder, source: string, from: number, to: number): void {
    for (let i = 0; i < this.pieces.length; i++) {
      const piece = this.pieces[i]!;
      const base = this.offsets[i]!;
      const start = Math.max(from, base);
      const end = Math.min(to, base + piece.text.length);
      if (start >= end) continue;
      addDecoded(block, source, piece.start + start - base, piece.start + end - base);
    }
  }
}

function addDecoded(block: BlockBuilder, source: string, start: number, end: number): void {
  const text = source.slice(start, end);
  let at = 0;
  for (const reference of text.matchAll(REFERENCE)) {
    const decoded = reference[1] ? decodeNumericCharacterReference(reference[1], 10) : reference[2] ? decodeNumericCharacterReference(reference[2], 16) : decodeNamedCharacterReference(reference[3]!);
    if (decoded === false) continue;
    if (reference.index > at) block.add(text.slice(at, reference.index), source, start + at, start + reference.index);
    const from = start + reference.index;
    block.add(decoded, source, from, from + reference[0].length);
    at = reference.index + reference[0].length;
  }
  if (at < text.length) block.add(text.slice(at), source, start + at, end);
}

/** The prose of an image's `alt` attribute in a tag, if it has one. */
function altBlock(layout: Layout, source: string, attributes: string, attributesStart: number, quoted: boolean): ProseBlock | undefined {
  const alt = ALT.exec(attributes);
  if (!alt) return undefined;
  const value = alt[1] ?? alt[2] ?? alt[3] ?? '';
  const valueStart = attributesStart + alt.index + alt[0].length - value.length - (alt[3] === undefined ? 1 : 0);
  const builder = new BlockBuilder();
  layout.addRange(builder, source, valueStart, valueStart + value.length);
  return finish(builder, 'alt', 0, quoted);
}

function finish(builder: BlockBuilder, kind: ProseBlock['kind'], depth: number, quoted: boolean): ProseBlock | undefined {
  maskNotProse(builder);
  if (!isProse(kind, builder.text)) return undefined;
  return { kind, depth, quoted, text: builder.text, runs: builder.runs };
}

/**
 * The prose of an HTML block or tag: its text between tags, one block per element that starts a
 * block (`p`, `li`, `td`, `h1`…, and at `br`), headings as headings; the alt text of its images
 * after the block that holds them. `inline` reads a tag of a Markdown paragraph: only its alt text.
 */
export function htmlProse(pieces: readonly HtmlPiece[], source: string, quoted: boolean, inline = false): ProseBlock[] {
  const layout = new Layout(pieces);
  const value = layout.value;
  const blocks: ProseBlock[] = [];
  const alts: ProseBlock[] = [];
  let builder = new BlockBuilder();
  let kind: ProseBlock['kind'] = 'paragraph';
  let depth = 0;
  const end = (nextKind: ProseBlock['kind'], nextDepth: number) => {
    const block = finish(builder, kind, depth, quoted);
    if (block) blocks.push(block);
    blocks.push(...alts.splice(0));
    builder = new BlockBuilder();
    kind = nextKind;
    depth = nextDepth;
  };
  // Text from `from` to `to`, leading white space of a block left out.
  const text = (from: number, to: number) => {
    if (inline) return;
    if (builder.text.length === 0) while (from < to && /\s/u.test(value[from]!)) from++;
    if (from < to) layout.addRange(builder, source, from, to);
  };
  const markup = new RegExp(MARKUP.source, 'gu');
  let at = 0;
  for (let match = markup.exec(value); match; match = markup.exec(value)) {
    text(at, match.index);
    at = match.index + match[0].length;
    const name = match[2]?.toLowerCase();
    if (name === undefined) continue;
    const closing = match[1] === '/';
    if (!closing && EXCLUDED.has(name) && !match[3]!.trimEnd().endsWith('/')) {
      // The element's content, to its closing tag (or the end of the HTML), is not prose.
      const close = new RegExp(`</${name}\\s*>`, 'giu');
      close.lastIndex = at;
      const found = close.exec(value);
      at = found ? found.index + found[0].length : value.length;
      markup.lastIndex = at;
      if (builder.text.length > 0) builder.mask(sourceAt(layout, match.index));
      continue;
    }
    if (name === 'img' && !closing) {
      const alt = altBlock(layout, source, match[3]!, match.index + 1 + match[2]!.length, quoted);
      if (alt) alts.push(alt);
    }
    if (BLOCK.test(name)) {
      const heading = /^h([1-6])$/u.exec(name);
      if (heading && !closing) end('heading', Number(heading[1]));
      else end('paragraph', 0);
    } else if (builder.text.length > 0) builder.mask(sourceAt(layout, match.index));
  }
  text(at, value.length);
  end('paragraph', 0);
  return blocks;
}

/** The source offset of an offset in the layout's value. */
function sourceAt(layout: Layout, offset: number): number {
  let length = 0;
  for (const piece of layout.pieces) {
    if (offset < length + piece.text.length) return piece.start + offset - length;
    length += piece.text.length;
  }
  const last = layout.pieces[layout.pieces.length - 1];
  return last ? last.start + last.text.length : 0;
}
