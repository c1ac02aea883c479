// Parses one draft once: Markdown to prose blocks, front matter, suppression comments.

import { parse, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Extension, ParseContext } from 'micromark-util-types';
import { DraftError } from '../errors.js';
import { isMdx, mdxExtension } from './mdx.js';
import { extractProse, type Html } from './prose.js';
import { lineStarts, positionAt } from './positions.js';
import { readFrontMatterBlock } from './front-matter-block.js';
import type { Directive, ParsedDraft } from './parsed.js';

const FRONT_MATTER = frontmatter(['yaml', 'toml']);

// A table's delimiter row: cells of dashes (colons for alignment) between pipes.
const DELIMITER_ROW = /^[ \t]*(?:>[ \t]*)*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?\r?$/mu;
const TASK_MARKER = /\[[ xX]\]/u;

// GFM's constructs, each with what must stand in a draft for it to occur there. Each construct
// costs the parser time on every draft it reads, so a draft gets only those it may hold. Bare URLs
// and e-mail addresses (GFM's autolink literals) are masked as prose is read.
const GFM: readonly [(markdown: string) => boolean, Extension][] = [
  // Most drafts hold no pipe: the delimiter row, dearer to look for, is not looked for there.
  [(markdown) => markdown.includes('|') && DELIMITER_ROW.test(markdown), gfmTable()],
  [(markdown) => markdown.includes('[^'), gfmFootnote()],
  [(markdown) => markdown.includes('~'), gfmStrikethrough()],
  [(markdown) => TASK_MARKER.test(markdown), gfmTaskListItem()],
];

// One list of extensions per combination of constructs, made once.
const combinations = new Map<number, Extension[]>();

// A parser per list of extensions, made once: micromark combines the extensions' constructs each
// time a parser is made, which cost a run of a thousand drafts a hundredth of its time.
const parsers = new Map<Extension[], ParseContext>();
// What a parser is made of; the rest is a document's own (definitions, lazy lines, extensions' state).
const MADE = new Set(['constructs', 'content', 'document', 'flow', 'string', 'text']);

/** The parser for these extensions, as if new: the state its last document left is cleared. */
function parserFor(extensions: Extension[]): ParseContext {
  let parser = parsers.get(extensions);
  if (!parser) parsers.set(extensions, (parser = parse({ extensions })));
  const state = parser as unknown as Record<string, unknown>;
  // Set to undefined, not deleted: extensions keep their state as `parser.x || (parser.x = [])`.
  for (const key of Object.keys(state)) if (!MADE.has(key)) state[key] = undefined;
  parser.defined = [];
  parser.lazy = {};
  return parser;
}

function extensionsFor(markdown: string, mdx: boolean): Extension[] {
  let key = mdx ? 1 << GFM.length : 0;
  GFM.forEach(([occurs], i) => {
    if (occurs(markdown)) key |= 1 << i;
  });
  let extensions = combinations.get(key);
  if (!extensions) {
    extensions = [FRONT_MATTER, ...GFM.filter((_, i) => key & (1 << i)).map(([, extension]) => extension), ...(mdx ? [mdxExtension()] : [])];
    combinations.set(key, extensions);
  }
  return extensions;
}

// Suppression comments: an HTML comment, or in MDX a comment in an expression (`{/* … */}`).
const DIRECTIVE = /(?:<!--|\{\s*\/\*)\s*onevoice-(disable-next-line|disable-line|disable-file|disable|enable)\b([\s\S]*?)(?:-->|\*\/\s*\})/g;

/** Where micromark's MDX extensions place a syntax error. */
interface MdxError {
  reason: string;
  place?: Point | { start: Point } | null;
}

interface Point {
  offset?: number;
  line?: number;
  column?: number;
}

const isMdxError = (error: unknown): error is MdxError => error instanceof Error && typeof (error as Partial<MdxError>).reason === 'string' && 'place' in error;

// Block quotes and lists nested deeper than this are no prose anyone writes, and the Markdown
// parser needs time and stack that grow with the depth: such a draft is reported, not read.
export const MAX_NESTING = 100;
const CONTAINERS = /^(?:[ \t]{0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?)+/gm;

/** The deepest nesting, and the offset of its container marker past MAX_NESTING (where it goes too deep). */
function nesting(source: string): { depth: number; offset: number } {
  let deepest = { depth: 0, offset: 0 };
  for (const prefix of source.matchAll(CONTAINERS)) {
    const markers = [...prefix[0].matchAll(/>|[-*+]|\d{1,9}[.)]/g)];
    if (markers.length > deepest.depth) deepest = { depth: markers.length, offset: prefix.index + (markers[MAX_NESTING]?.index ?? 0) };
  }
  return deepest;
}

// Runs of emphasis markers cost the parser time that grows with the square of their length.
const EMPHASIS_RUN = /[*_]{101,}/g;

function longestRun(source: string, pattern: RegExp): { length: number; offset: number } {
  let longest = { length: 0, offset: 0 };
  for (const run of source.matchAll(pattern)) if (run[0].length > longest.length) longest = { length: run[0].length, offset: run.index };
  return longest;
}

export interface ParseOptions {
  /** Front-matter keys whose string values are prose (the spec's `front_matter.prose`). */
  proseKeys?: readonly string[];
}

export function parseDraft(text: string, file: string, options: ParseOptions = {}): ParsedDraft {
  const bom = text.charCodeAt(0) === 0xfeff;
  const source = bom ? text.slice(1) : text;
  const starts = lineStarts(source);
  const deepest = nesting(source);
  if (deepest.depth > MAX_NESTING)
    throw new DraftError('draft-syntax', `block quotes or lists nested ${deepest.depth} levels deep (more than ${MAX_NESTING}); not read`, file, positionAt(starts, deepest.offset));
  const run = longestRun(source, EMPHASIS_RUN);
  if (run.length > MAX_NESTING) throw new DraftError('draft-syntax', `a run of ${run.length} emphasis markers (more than ${MAX_NESTING}); not read`, file, positionAt(starts, run.offset));
  // The front matter (YAML, TOML or JSON) is read apart, and blanked for the Markdown parser.
  const head = readFrontMatterBlock(source, file, options.proseKeys);
  const markdown = head.end === 0 ? source : source.slice(0, head.end).replace(/[^\r\n]/g, ' ') + source.slice(head.end);
  // micromark's events, read in one pass: an mdast tree, built and walked once, took a fifth of the time.
  const mdx = isMdx(file);
  let events;
  try {
    events = postprocess(
      parserFor(extensionsFor(markdown, mdx))
        .document()
        .write(preprocess()(markdown, undefined, true)),
    );
  } catch (error) {
    if (!mdx || !isMdxError(error)) throw error;
    const point: Point = (error.place && 'start' in error.place ? error.place.start : error.place) ?? {};
    const at = point.offset === undefined ? { line: point.line ?? 1, column: point.column ?? 1 } : positionAt(starts, point.offset);
    throw new DraftError('draft-syntax', `not valid MDX: ${error.reason}`, file, at);
  }
  const { blocks, html, unclosed } = extractProse(events, source);
  if (unclosed) throw new DraftError('draft-syntax', `not valid MDX: ${unclosed.reason}`, file, positionAt(starts, unclosed.offset));
  return {
    source,
    bom,
    lineStarts: starts,
    frontMatter: head.frontMatter,
    frontMatterKeys: head.frontMatterKeys,
    blocks: head.blocks.length === 0 ? blocks : [...head.blocks, ...blocks],
    directives: directives(html, source, starts),
  };
}

function directives(html: Html[], source: string, starts: number[]): Directive[] {
  const found: Directive[] = [];
  for (const { value, start } of html) {
    if (!value.includes('onevoice-')) continue;
    for (const match of value.matchAll(DIRECTIVE)) {
      const offset = source.indexOf(match[0], start) >= 0 ? source.indexOf(match[0], start) : start;
      found.push({
        kind: match[1] as Directive['kind'],
        rules: match[2]!.split(/[\s,]+/).filter(Boolean),
        line: positionAt(starts, offset).line,
        endLine: positionAt(starts, offset + match[0].length - 1).line,
      });
    }
  }
  return found;
}
