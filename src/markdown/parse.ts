// Parses one draft once: Markdown to prose blocks, front matter, suppression comments.

import { parse, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { DraftError } from '../errors.js';
import { extractProse, type Html } from './prose.js';
import { lineStarts, positionAt } from './positions.js';
import { readFrontMatter } from './front-matter.js';
import type { Directive, ParsedDraft } from './parsed.js';

const extensions = [frontmatter(['yaml', 'toml'])];

const DIRECTIVE = /<!--\s*onevoice-(disable-next-line|disable-line|disable-file|disable|enable)\b([\s\S]*?)-->/g;

// Block quotes and lists nested deeper than this are no prose anyone writes, and the Markdown
// parser needs time and stack that grow with the depth: such a draft is reported, not read.
export const MAX_NESTING = 100;
const CONTAINERS = /^(?:[ \t]{0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?)+/gm;

function nesting(source: string): number {
  let deepest = 0;
  for (const prefix of source.matchAll(CONTAINERS)) {
    const depth = (prefix[0].match(/>|[-*+]|\d{1,9}[.)]/g) ?? []).length;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

// Runs of emphasis markers cost the parser time that grows with the square of their length.
const EMPHASIS_RUN = /[*_]{101,}/g;

function longestRun(source: string, pattern: RegExp): number {
  let longest = 0;
  for (const run of source.matchAll(pattern)) longest = Math.max(longest, run[0].length);
  return longest;
}

export function parseDraft(text: string, file: string): ParsedDraft {
  const bom = text.charCodeAt(0) === 0xfeff;
  const source = bom ? text.slice(1) : text;
  const depth = nesting(source);
  if (depth > MAX_NESTING) throw new DraftError('draft-read', `block quotes or lists nested ${depth} levels deep (more than ${MAX_NESTING}); not read`, file);
  const markers = longestRun(source, EMPHASIS_RUN);
  if (markers > MAX_NESTING) throw new DraftError('draft-read', `a run of ${markers} emphasis markers (more than ${MAX_NESTING}); not read`, file);
  const starts = lineStarts(source);
  // micromark's events, read in one pass: an mdast tree, built and walked once, took a fifth of the time.
  const events = postprocess(
    parse({ extensions })
      .document()
      .write(preprocess()(source, undefined, true)),
  );
  const { blocks, html, frontMatter } = extractProse(events, source);
  return {
    source,
    bom,
    lineStarts: starts,
    ...(frontMatter === undefined ? { frontMatter: {}, frontMatterKeys: {} } : readFrontMatter(frontMatter, file)),
    blocks,
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
