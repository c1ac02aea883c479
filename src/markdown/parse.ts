// Parses one draft once: Markdown to prose blocks, front matter, suppression comments.

import { parse, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { DraftError } from '../errors.js';
import { extractProse, type Html } from './prose.js';
import { lineStarts, positionAt } from './positions.js';
import { readFrontMatterBlock } from './front-matter-block.js';
import type { Directive, ParsedDraft } from './parsed.js';

const extensions = [frontmatter(['yaml', 'toml'])];

const DIRECTIVE = /<!--\s*onevoice-(disable-next-line|disable-line|disable-file|disable|enable)\b([\s\S]*?)-->/g;

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
  const events = postprocess(
    parse({ extensions })
      .document()
      .write(preprocess()(markdown, undefined, true)),
  );
  const { blocks, html } = extractProse(events, source);
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
