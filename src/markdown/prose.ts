// The one place that decides what counts as prose: text of paragraphs, headings, table rows, HTML
// and alt text, without code, inline code, markup, URLs, JSX, shortcodes or front matter, mapped
// back to source offsets.

import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Event, Token, TokenizeContext } from 'micromark-util-types';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import { excludedEffect, htmlProse, type HtmlPiece } from './html.js';

/** A run of prose whose characters map one-to-one onto the source: `[textStart, sourceStart, length]`. */
export type Run = [number, number, number];

export interface ProseBlock {
  /** A table's row (its cells, set apart by masks), an image's alt text, or a heading or paragraph (also of HTML). */
  kind: 'heading' | 'paragraph' | 'row' | 'alt';
  /** Heading depth, 0 for other blocks. */
  depth: number;
  /** Inside a block quote. */
  quoted: boolean;
  text: string;
  runs: Run[];
  /**
   * The front-matter key whose value the block is (a title, a description); absent for the
   * Markdown's blocks. Such a block is prose for every rule but part of no section of the page.
   */
  frontMatterKey?: string;
}

/** Stands in for inline code, HTML and the like: not a letter, so it never joins two words. */
/** A stretch of a prose block's text, by offsets in it: where a rule points before a position is known. */
export interface ProseSpan {
  block: ProseBlock;
  start: number;
  end: number;
}

export const MASK = '\uFFFC';

// Bare URLs, e-mail addresses, templating (Hugo shortcodes, Liquid and Go template output `{{ … }}`
// and tags `{% … %}`, a Liquid `{% raw %}` block whole) and footnote labels ("[^117703]") in running
// text are not prose. A shortcode whose `>}}` stands on a line of its own is left open here (that
// line starts a block quote): it runs to the end of its block.
const NOT_PROSE =
  /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>()"]*[^\s<>()".,;:!?'"]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\{%-?\s*raw\s*-?%\}[\s\S]*?(?:\{%-?\s*endraw\s*-?%\}|$)|\{\{[\s\S]*?(?:\}\}|$)|\{%[\s\S]*?%\}|\[\^[^\]\s]+\]/giu;

export class BlockBuilder {
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
        // A line's indentation and block-quote markers are never in the value, however long: look past them, then 16 further.
        let from = j;
        while (from < end && (source[from] === ' ' || source[from] === '\t' || source[from] === '>') && source[from] !== char) from++;
        for (let k = j; k < Math.min(end, from + 16); k++) {
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

// Each kind of NOT_PROSE needs one of these; most blocks have none, and are done at once.
const MAY_HOLD_NOT_PROSE = /[@{]|:\/\/|www\.|\[\^/i;

export function maskNotProse(block: BlockBuilder): void {
  if (MAY_HOLD_NOT_PROSE.test(block.text)) block.text = block.text.replace(NOT_PROSE, (match) => MASK.repeat(match.length));
}

// What a terminal session or a log pasted as a plain paragraph is made of, line by line: a shell
// prompt ("$ ", "user@host:~$ ", "C:\\>"), a log line (opening with a timestamp with seconds or a
// log level), a path ("/dev/sda1 …") or columns of output set apart by runs of spaces ("df", "ls -l";
// a Markdown table's cells are set apart by pipes, and its text is prose).
const PROMPT = /^(?:\$|\[?[\w.-]+@[\w.-]+[^\s$#%]*\]?[$#%]|(?:PS )?[A-Z]:\\[^>\s]*>)(?:\s|$)/u;
const LOG_TIME = /^\[?(?:\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}|\d{2}:\d{2}:\d{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d{2}:\d{2}:\d{2})/u;
const LOG_LEVEL = /^\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|CRITICAL)\b/u;
const PATH_LINE = /^(?:~|\.{1,2})?\/[\w.-]+/u;
const COLUMN_GAP = /(?<![.!?:;,])[ \t]{2,}(?=\S)/gu;

function isMachineLine(line: string): boolean {
  return PROMPT.test(line) || LOG_TIME.test(line) || LOG_LEVEL.test(line) || PATH_LINE.test(line) || (!line.includes('|') && (line.match(COLUMN_GAP)?.length ?? 0) >= 2);
}

// A prompt, a time, a path or a run of spaces: most paragraphs have none, and are prose at once.
const MAY_BE_MACHINE = /^(?:[$[/~.]|[A-Z]{4}|PS |[A-Z]:\\)|\d:\d\d|\S {2}|@/mu;

/**
 * Whether a paragraph is a terminal session or a log pasted as plain text (as old posts imported
 * from a blog engine have them): most of its lines are prompts, log lines, paths or columns, or its
 * one line is a prompt or a log line. Such a paragraph is not prose for any rule.
 */
export function isTerminalOrLog(text: string): boolean {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /[\p{L}\p{N}]/u.test(line));
  if (lines.length === 1) return PROMPT.test(lines[0]!) || LOG_TIME.test(lines[0]!);
  return lines.filter(isMachineLine).length * 2 > lines.length;
}

/**
 * Masks a link's text from `from` on where it is a number or a footnote label: such a link names what
 * it links to ("[79312](…/pull/79312)", "[#1234](…)", "[11000](…?kreis=11000)", "[^117703]"), a
 * reference, not a figure in the prose.
 */
export function maskReferenceLabel(block: BlockBuilder, from: number): void {
  const label = block.text.slice(from);
  if (/^\s*[#^]?\d[\d.,]*\s*$|^\^\S+$/u.test(label)) block.text = block.text.slice(0, from) + MASK.repeat(label.length);
}

/** Whether a block's text, its URLs and the like masked, is prose: it has letters or digits and is no terminal session or log. */
export function isProse(kind: ProseBlock['kind'], text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text) && !(kind === 'paragraph' && MAY_BE_MACHINE.test(text) && isTerminalOrLog(text));
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
  /** The first MDX tag left open or closed by another (what MDX's compiler refuses), where there is one. */
  unclosed?: { offset: number; reason: string };
}

/** An MDX tag that is open: its name and where it stands. */
interface OpenTag {
  name: string;
  offset: number;
}

/** A text run being gathered: consecutive text, escapes, entities and line ends form one. */
interface Pending {
  value: string;
  start: number;
  end: number;
  into: BlockBuilder;
}

type Handler = (reader: ProseReader, token: Token, context: TokenizeContext) => void;

/**
 * Reads micromark's events in one pass, in document order, into what `extractProse` returns. The
 * text and runs of each block are exactly those of mdast's text nodes as mdast-util-from-markdown
 * builds them, without building the tree. One small handler per token type, as that compiler has:
 * a single large function here was compiled anew a dozen times a run, as rare branches were met.
 */
class ProseReader {
  readonly blocks: ProseBlock[] = [];
  readonly html: Html[] = [];
  frontMatter: string | undefined = undefined;
  block: BlockBuilder | undefined = undefined;
  kind: ProseBlock['kind'] = 'paragraph';
  depth = 0;
  quotes = 0;
  /** How deep inside code, HTML, an image, or a link's URL, title or label: text there is no prose. */
  hidden = 0;
  pending: Pending | undefined = undefined;
  /** The line end after a hard break belongs to the break. */
  afterBreak = false;
  /** The line end under a setext heading's text belongs to its underline. */
  underline = false;
  referenceBase = 0;
  /** Where the text of the link being read starts in the block. */
  linkStart: number | undefined = undefined;
  raw: Html | undefined = undefined;
  yaml: string | undefined = undefined;
  /** The pieces of the HTML block being read, whose text is prose. */
  htmlFlow: HtmlPiece[] | undefined = undefined;
  /** The pieces of the inline HTML tag being read, for an image's alt text. */
  htmlText: HtmlPiece[] | undefined = undefined;
  /** How deep inside inline `<code>`, `<script>`, `<del>` and the like: text there is no prose. */
  excluded = 0;
  /** The alt text of the image being read, and the depth of `hidden` inside it. */
  alt: BlockBuilder | undefined = undefined;
  altHidden = 0;
  /** Alt texts of the block being read: they follow it. */
  alts: ProseBlock[] = [];
  /** MDX tags open in the block being read, and as blocks of their own. */
  textTags: OpenTag[] = [];
  flowTags: OpenTag[] = [];
  unclosed: MarkdownContent['unclosed'] = undefined;

  constructor(readonly source: string) {}

  /** The block this event's text adds to, if any. */
  get target(): BlockBuilder | undefined {
    if (this.excluded > 0) return undefined;
    if (this.hidden === 0) return this.block;
    return this.alt && this.hidden === this.altHidden ? this.alt : undefined;
  }

  /** Ends the text run: a run never spans the edge of an inline node. */
  flush(): void {
    if (this.pending) this.pending.into.add(this.pending.value, this.source, this.pending.start, this.pending.end);
    this.pending = undefined;
  }

  open(start: number, into: BlockBuilder): Pending {
    return (this.pending ??= { value: '', start, end: start, into });
  }

  read(events: readonly Event[]): MarkdownContent {
    for (const [phase, token, context] of events) {
      const handler = phase === 'enter' ? ENTER[token.type] : EXIT[token.type];
      if (handler) handler(this, token, context);
    }
    const open = this.flowTags.pop();
    if (open) this.problem(open.offset, `expected a closing tag for \`<${open.name}>\` before the end of the document`);
    const content: MarkdownContent = { blocks: this.blocks, html: this.html, frontMatter: this.frontMatter };
    if (this.unclosed) content.unclosed = this.unclosed;
    return content;
  }

  problem(offset: number, reason: string): void {
    this.unclosed ??= { offset, reason };
  }

  /** An MDX tag: opens, closes (the one open last, or it is an error) or closes itself. */
  tag(open: OpenTag[], offset: number, end: number): void {
    const tag = this.source.slice(offset, end);
    const [, closing, name = ''] = /^<\s*(\/)?\s*([^\s/>{]*)/u.exec(tag) ?? [];
    if (closing) {
      const last = open.pop();
      if (last?.name !== name)
        this.problem(offset, last ? `unexpected closing tag \`</${name}>\`, expected the closing tag for \`<${last.name}>\`` : `unexpected closing tag \`</${name}>\`: no tag is open`);
    } else if (!/\/\s*>$/u.test(tag)) open.push({ name, offset });
  }
}

const openBlock: Handler = (reader, token) => {
  reader.block = new BlockBuilder();
  reader.kind = token.type === 'paragraph' ? 'paragraph' : token.type === 'tableRow' ? 'row' : 'heading';
  reader.depth = 0;
};

const closeBlock: Handler = (reader) => {
  reader.flush();
  const block = reader.block;
  if (block) {
    maskNotProse(block);
    if (isProse(reader.kind, block.text)) reader.blocks.push({ kind: reader.kind, depth: reader.kind === 'heading' ? reader.depth : 0, quoted: reader.quotes > 0, text: block.text, runs: block.runs });
  }
  if (reader.alts.length > 0) reader.blocks.push(...reader.alts.splice(0));
  const open = reader.textTags.pop();
  if (open) reader.problem(open.offset, `expected a closing tag for \`<${open.name}>\` before the end of its paragraph`);
  reader.textTags = [];
  reader.block = undefined;
  reader.underline = false;
  reader.excluded = 0;
};

const openData: Handler = (reader, token) => {
  const target = reader.target;
  if (target) reader.open(token.start.offset, target);
};

const closeData: Handler = (reader, token, context) => {
  const pending = reader.pending;
  if (pending && reader.target === pending.into) {
    pending.value += context.sliceSerialize(token);
    pending.end = token.end.offset;
  }
};

const edge: Handler = (reader) => {
  if (reader.target) reader.flush();
};

/** Code, HTML and images stand in the text as a mask; a link's URL, title or label leave nothing. */
const hide =
  (masked: boolean): Handler =>
  (reader, token) => {
    const target = reader.target;
    if (target) {
      reader.flush();
      if (masked) target.mask(token.start.offset);
    }
    reader.hidden++;
  };

const hideMasked = hide(true);

const unhide: Handler = (reader) => {
  reader.hidden--;
};

const openHtml: Handler = (reader, token) => {
  reader.raw = { value: '', start: token.start.offset };
  if (token.type === 'htmlFlow') reader.htmlFlow = [];
  else reader.htmlText = [];
};

const closeHtml: Handler = (reader, token) => {
  const raw = reader.raw;
  if (raw && raw.start === token.start.offset) reader.html.push(raw);
  reader.raw = undefined;
};

const rawText: Handler = (reader, token, context) => {
  const text = context.sliceSerialize(token);
  if (reader.raw) reader.raw.value += text;
  (reader.htmlFlow ?? reader.htmlText)?.push({ text, start: token.start.offset });
};

/** An HTML block's text is prose, block by block, and so are the alt texts of its images. */
const closeHtmlFlow: Handler = (reader, token, context) => {
  closeHtml(reader, token, context);
  if (reader.htmlFlow) reader.blocks.push(...htmlProse(reader.htmlFlow, reader.source, reader.quotes > 0));
  reader.htmlFlow = undefined;
};

/** An inline tag: `<code>` and the like hide the text up to their closing tag; an `<img>` brings its alt text. */
const closeHtmlText: Handler = (reader, token, context) => {
  const pieces = reader.htmlText;
  if (pieces && reader.hidden === 1 && reader.block) {
    const tag = pieces.map((piece) => piece.text).join('');
    reader.excluded = Math.max(0, reader.excluded + excludedEffect(tag));
    if (/^<img\b/iu.test(tag)) reader.alts.push(...htmlProse(pieces, reader.source, reader.quotes > 0, true));
  }
  reader.htmlText = undefined;
  closeHtml(reader, token, context);
  unhide(reader, token, context);
};

/** An image: masked in its block, its alt text a block of its own. */
const openImage: Handler = (reader, token, context) => {
  const outer = reader.target !== undefined && reader.alt === undefined;
  hideMasked(reader, token, context);
  if (outer) {
    reader.alt = new BlockBuilder();
    reader.altHidden = reader.hidden;
  }
};

const closeImage: Handler = (reader, token, context) => {
  const alt = reader.alt;
  if (alt && reader.hidden === reader.altHidden) {
    reader.flush();
    maskNotProse(alt);
    if (isProse('alt', alt.text)) reader.alts.push({ kind: 'alt', depth: 0, quoted: reader.quotes > 0, text: alt.text, runs: alt.runs });
    reader.alt = undefined;
  }
  unhide(reader, token, context);
};

/** A table's cells are set apart by a mask for each pipe between them. */
const cellDivider: Handler = (reader, token) => {
  const target = reader.target;
  if (target) {
    reader.flush();
    if (target.text.length > 0) target.mask(token.start.offset);
  }
};

/** An MDX expression: never prose, but it may hold a suppression comment (`{/* onevoice-disable … *\/}`). */
const openExpression: Handler = (reader, token, context) => {
  reader.html.push({ value: reader.source.slice(token.start.offset, token.end.offset), start: token.start.offset });
  hideMasked(reader, token, context);
};

/** An MDX tag in running text: masked, and `<code>` and the like hide the text up to their closing tag. */
const openJsxTag: Handler = (reader, token, context) => {
  reader.tag(reader.textTags, token.start.offset, token.end.offset);
  if (reader.hidden === 0 && reader.block) reader.excluded = Math.max(0, reader.excluded + excludedEffect(reader.source.slice(token.start.offset, token.end.offset)));
  hideMasked(reader, token, context);
};

const hardBreak: Handler = (reader, token) => {
  const target = reader.target;
  if (target) {
    reader.flush();
    target.add('\n', reader.source, token.start.offset, token.start.offset + 1);
  }
};

const afterBreak: Handler = (reader) => {
  reader.afterBreak = true;
};

const ENTER: Partial<Record<string, Handler>> = {
  paragraph: openBlock,
  atxHeading: openBlock,
  setextHeading: openBlock,
  blockQuote: (reader) => {
    reader.quotes++;
  },
  data: openData,
  characterEscape: openData,
  characterReference: openData,
  autolinkProtocol: openData,
  autolinkEmail: openData,
  emphasis: edge,
  strong: edge,
  link: (reader, token, context) => {
    edge(reader, token, context);
    reader.linkStart = reader.target ? reader.target.text.length : undefined;
  },
  autolink: edge,
  label: edge,
  codeText: hideMasked,
  image: openImage,
  resource: hide(false),
  reference: hide(false),
  tableRow: openBlock,
  tableCellDivider: cellDivider,
  strikethrough: hideMasked,
  gfmFootnoteCall: hideMasked,
  taskListCheck: hide(false),
  mdxFlowExpression: openExpression,
  mdxTextExpression: openExpression,
  mdxJsxTextTag: openJsxTag,
  mdxJsxFlowTag: (reader, token, context) => {
    reader.tag(reader.flowTags, token.start.offset, token.end.offset);
    hideMasked(reader, token, context);
  },
  mdxjsEsm: hideMasked,
  htmlText: (reader, token, context) => {
    // HTML inside an image's alt text is not in the tree, so it holds no suppression comment.
    if (reader.hidden === 0) openHtml(reader, token, context);
    hideMasked(reader, token, context);
  },
  htmlFlow: openHtml,
  hardBreakEscape: hardBreak,
  hardBreakTrailing: hardBreak,
  yaml: (reader, token) => {
    if (token.start.offset === 0) reader.yaml = '';
  },
};

const EXIT: Partial<Record<string, Handler>> = {
  paragraph: closeBlock,
  atxHeading: closeBlock,
  setextHeading: closeBlock,
  blockQuote: (reader) => {
    reader.quotes--;
  },
  data: closeData,
  characterEscapeValue: closeData,
  autolinkProtocol: closeData,
  autolinkEmail: closeData,
  characterReferenceMarkerNumeric: (reader) => {
    reader.referenceBase = 10;
  },
  characterReferenceMarkerHexadecimal: (reader) => {
    reader.referenceBase = 16;
  },
  characterReferenceValue: (reader, token, context) => {
    const name = context.sliceSerialize(token);
    if (reader.pending && reader.target) reader.pending.value += reader.referenceBase ? decodeNumericCharacterReference(name, reader.referenceBase) : (decodeNamedCharacterReference(name) as string);
    reader.referenceBase = 0;
  },
  characterReference: (reader, token) => {
    if (reader.pending && reader.target) reader.pending.end = token.end.offset;
  },
  lineEnding: (reader, token, context) => {
    if (reader.afterBreak) reader.afterBreak = false;
    else if (reader.raw) rawText(reader, token, context);
    else if (reader.yaml !== undefined) reader.yaml += context.sliceSerialize(token);
    else if (reader.target && !reader.underline) {
      const pending = reader.open(token.start.offset, reader.target);
      pending.value += context.sliceSerialize(token);
      pending.end = token.end.offset;
    }
  },
  hardBreakEscape: afterBreak,
  hardBreakTrailing: afterBreak,
  emphasis: edge,
  strong: edge,
  link: (reader, token, context) => {
    edge(reader, token, context);
    const target = reader.target;
    if (target && reader.linkStart !== undefined) maskReferenceLabel(target, reader.linkStart);
    reader.linkStart = undefined;
  },
  autolink: edge,
  label: edge,
  codeText: unhide,
  image: closeImage,
  resource: unhide,
  reference: unhide,
  tableRow: closeBlock,
  strikethrough: unhide,
  gfmFootnoteCall: unhide,
  taskListCheck: unhide,
  mdxFlowExpression: unhide,
  mdxTextExpression: unhide,
  mdxJsxTextTag: unhide,
  mdxJsxFlowTag: unhide,
  mdxjsEsm: unhide,
  htmlText: closeHtmlText,
  htmlFlow: closeHtmlFlow,
  htmlFlowData: rawText,
  htmlTextData: rawText,
  yamlValue: (reader, token, context) => {
    if (reader.yaml !== undefined) reader.yaml += context.sliceSerialize(token);
  },
  yaml: (reader) => {
    if (reader.yaml !== undefined) reader.frontMatter = reader.yaml.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, '');
    reader.yaml = undefined;
  },
  atxHeadingSequence: (reader, token, context) => {
    if (reader.depth === 0) reader.depth = context.sliceSerialize(token).length;
  },
  setextHeadingText: (reader) => {
    reader.underline = true;
  },
  setextHeadingLineSequence: (reader, token, context) => {
    reader.depth = context.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
  },
};

/** Every prose block, HTML part and the front matter of a draft, from micromark's events. */
export function extractProse(events: readonly Event[], source: string): MarkdownContent {
  return new ProseReader(source).read(events);
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
