// The one place that decides what counts as prose: text of paragraphs, headings and cells,
// without code, inline code, HTML, URLs, shortcodes or front matter, mapped back to source offsets.

import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Event } from 'micromark-util-types';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';

/** A run of prose whose characters map one-to-one onto the source: `[textStart, sourceStart, length]`. */
export type Run = [number, number, number];

export interface ProseBlock {
  kind: 'heading' | 'paragraph';
  /** Heading depth, 0 for other blocks. */
  depth: number;
  /** Inside a block quote. */
  quoted: boolean;
  text: string;
  runs: Run[];
}

/** Stands in for inline code, HTML and the like: not a letter, so it never joins two words. */
export const MASK = '\uFFFC';

// Bare URLs, e-mail addresses and Hugo/Liquid shortcodes in running text are not prose.
const NOT_PROSE = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>()"]*[^\s<>()".,;:!?'"]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\{\{[<%][\s\S]*?[%>]\}\}|\{%[\s\S]*?%\}/giu;

class BlockBuilder {
  text = '';
  runs: Run[] = [];

  /** Appends `value`, aligned with the source slice it came from. */
  add(value: string, source: string, start: number, end: number): void {
    const slice = source.slice(start, end);
    if (slice === value) {
      this.push(value, start, value.length);
      return;
    }
    // Escapes, entities and container prefixes (`> `, list indents) make value and source differ:
    // walk both and start a new run wherever they part.
    let j = start;
    let runText = this.text.length;
    let runSource = j;
    let runLength = 0;
    for (let i = 0; i < value.length; i++) {
      const char = value[i]!;
      if (source[j] !== char) {
        if (runLength > 0) this.runs.push([runText, runSource, runLength]);
        let found = -1;
        for (let k = j; k < Math.min(end, j + 16); k++) {
          if (source[k] === char) {
            found = k;
            break;
          }
        }
        runText = this.text.length + i;
        runSource = found >= 0 ? found : Math.min(j, end - 1);
        runLength = 0;
        j = found >= 0 ? found : j;
      }
      if (source[j] === char) j++;
      runLength++;
    }
    if (runLength > 0) this.runs.push([runText, runSource, runLength]);
    this.text += value;
  }

  /** Appends a mask for something that is not prose but separates words. */
  mask(start: number, width = 1): void {
    this.push(MASK.repeat(width), start, width);
  }

  private push(value: string, sourceStart: number, length: number): void {
    const last = this.runs[this.runs.length - 1];
    if (last && last[0] + last[2] === this.text.length && last[1] + last[2] === sourceStart) last[2] += length;
    else this.runs.push([this.text.length, sourceStart, length]);
    this.text += value;
  }
}

function maskNotProse(block: BlockBuilder): void {
  block.text = block.text.replace(NOT_PROSE, (match) => MASK.repeat(match.length));
}

/** An HTML block or inline tag, where suppression comments live. */
export interface Html {
  value: string;
  start: number;
}

/** What a draft's Markdown holds for onevoice. */
export interface MarkdownContent {
  blocks: ProseBlock[];
  html: Html[];
  /** The YAML between the front-matter fences, if the draft opens with them. */
  frontMatter: string | undefined;
}

/** A text run being gathered: consecutive text, escapes, entities and line ends form one. */
interface Pending {
  value: string;
  start: number;
  end: number;
}

// Inside these, text is no prose: code, HTML, an image's alt text, a link's URL, title or label.
const HIDDEN = new Set(['codeText', 'htmlText', 'image', 'resource', 'reference']);
// These open and close parts of a block's text; a text run never spans their edges.
const INLINE = new Set(['emphasis', 'strong', 'link', 'autolink', 'label']);
const DATA = new Set(['data', 'characterEscape', 'characterReference', 'autolinkProtocol', 'autolinkEmail']);

/**
 * Every prose block, HTML part and the front matter of a draft, from micromark's events in one
 * pass, in document order. The text and its runs are exactly those of mdast's text nodes (as
 * mdast-util-from-markdown builds them), without building the tree.
 */
export function extractProse(events: readonly Event[], source: string): MarkdownContent {
  const blocks: ProseBlock[] = [];
  const html: Html[] = [];
  let frontMatter: string | undefined;
  let block: BlockBuilder | undefined;
  let kind: ProseBlock['kind'] = 'paragraph';
  let depth = 0;
  let quotes = 0;
  let hidden = 0;
  let pending: Pending | undefined;
  // The line end after a hard break belongs to the break; the one under a setext heading's text
  // belongs to its underline.
  let afterBreak = false;
  let underline = false;
  let referenceBase = 0;
  let raw: Html | undefined;
  let yaml: string | undefined;

  const flush = () => {
    if (pending && block) block.add(pending.value, source, pending.start, pending.end);
    pending = undefined;
  };
  const open = (start: number) => (pending ??= { value: '', start, end: start });

  for (const [phase, token, context] of events) {
    const type = token.type as string;
    // The block whose text this event adds to, if any.
    const target = hidden === 0 ? block : undefined;
    if (phase === 'enter') {
      if (type === 'paragraph' || type === 'atxHeading' || type === 'setextHeading') {
        block = new BlockBuilder();
        kind = type === 'paragraph' ? 'paragraph' : 'heading';
        depth = 0;
      } else if (type === 'blockQuote') {
        quotes++;
      } else if (DATA.has(type)) {
        if (target) open(token.start.offset);
      } else if (HIDDEN.has(type)) {
        if (type === 'htmlText' && hidden === 0) raw = { value: '', start: token.start.offset };
        if (target) {
          flush();
          if (type !== 'resource' && type !== 'reference') target.mask(token.start.offset);
        }
        hidden++;
      } else if (INLINE.has(type)) {
        if (target) flush();
      } else if (type === 'hardBreakEscape' || type === 'hardBreakTrailing') {
        if (target) {
          flush();
          target.add('\n', source, token.start.offset, token.start.offset + 1);
        }
      } else if (type === 'htmlFlow') {
        raw = { value: '', start: token.start.offset };
      } else if (type === 'yaml' && token.start.offset === 0) {
        yaml = '';
      }
      continue;
    }
    switch (type) {
      case 'data':
      case 'characterEscapeValue':
      case 'autolinkProtocol':
      case 'autolinkEmail':
        if (target && pending) {
          pending.value += context.sliceSerialize(token);
          pending.end = token.end.offset;
        }
        break;
      case 'characterReferenceMarkerNumeric':
        referenceBase = 10;
        break;
      case 'characterReferenceMarkerHexadecimal':
        referenceBase = 16;
        break;
      case 'characterReferenceValue': {
        const name = context.sliceSerialize(token);
        if (target && pending) pending.value += referenceBase ? decodeNumericCharacterReference(name, referenceBase) : (decodeNamedCharacterReference(name) as string);
        referenceBase = 0;
        break;
      }
      case 'characterReference':
        if (target && pending) pending.end = token.end.offset;
        break;
      case 'lineEnding':
        if (afterBreak) afterBreak = false;
        else if (raw) raw.value += context.sliceSerialize(token);
        else if (yaml !== undefined) yaml += context.sliceSerialize(token);
        else if (target && !underline) {
          open(token.start.offset).value += context.sliceSerialize(token);
          pending!.end = token.end.offset;
        }
        break;
      case 'hardBreakEscape':
      case 'hardBreakTrailing':
        afterBreak = true;
        break;
      case 'htmlFlowData':
      case 'htmlTextData':
        if (raw) raw.value += context.sliceSerialize(token);
        break;
      case 'htmlFlow':
      case 'htmlText':
        if (raw && raw.start === token.start.offset) {
          html.push(raw);
          raw = undefined;
        }
        if (type === 'htmlText') hidden--;
        break;
      case 'yamlValue':
        if (yaml !== undefined) yaml += context.sliceSerialize(token);
        break;
      case 'yaml':
        if (yaml !== undefined) frontMatter = yaml.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, '');
        yaml = undefined;
        break;
      case 'atxHeadingSequence':
        if (depth === 0) depth = context.sliceSerialize(token).length;
        break;
      case 'setextHeadingText':
        underline = true;
        break;
      case 'setextHeadingLineSequence':
        depth = context.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
        break;
      case 'blockQuote':
        quotes--;
        break;
      case 'paragraph':
      case 'atxHeading':
      case 'setextHeading':
        flush();
        if (block) {
          maskNotProse(block);
          if (/[\p{L}\p{N}]/u.test(block.text)) blocks.push({ kind, depth: kind === 'heading' ? depth : 0, quoted: quotes > 0, text: block.text, runs: block.runs });
        }
        block = undefined;
        underline = false;
        break;
      default:
        if (HIDDEN.has(type)) hidden--;
        else if (INLINE.has(type) && target) flush();
    }
  }
  return { blocks, html, frontMatter };
}

/** The source offset of a prose offset; `end` maps an exclusive end offset. */
export function sourceOffset(block: ProseBlock, offset: number, end = false): number {
  const target = end ? offset - 1 : offset;
  const runs = block.runs;
  let low = 0;
  let high = runs.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (runs[mid]![0] <= target) low = mid;
    else high = mid - 1;
  }
  const run = runs[low];
  if (!run) return 0;
  const within = Math.min(Math.max(target - run[0], 0), run[2] - 1);
  return run[1] + within + (end ? 1 : 0);
}
