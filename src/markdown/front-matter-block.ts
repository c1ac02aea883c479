// The front matter at the top of a draft, as site generators read it: YAML between `---` fences
// (Jekyll, Hugo, Eleventy), TOML between `+++` fences or a JSON object (Hugo). Its values, where
// each top-level key stands, and the values of the keys that carry prose (title, description …)
// as prose blocks at their exact offsets. A front matter that is opened and never closed, or that
// does not parse, is the draft's parse error, at its place.

import { DraftError } from '../errors.js';
import { closingQuote, type Escapes, type FrontMatterRead, jsonEnd, linesOf, readJson, readToml, type ValueRange } from './front-matter-formats.js';
import { readYamlFrontMatter } from './front-matter.js';
import { DEFAULT_PROSE_KEYS } from './front-matter-keys.js';
import { lineStarts, positionAt, type Position } from './positions.js';
import { BlockBuilder, isProse, maskNotProse, type ProseBlock, type Run } from './prose.js';

export interface FrontMatterBlock {
  frontMatter: Record<string, unknown>;
  frontMatterKeys: Record<string, Position>;
  /** The prose keys' values as prose blocks, in the order they stand. */
  blocks: ProseBlock[];
  /** Where the Markdown after the front matter starts (0 without one). */
  end: number;
}

const NONE: FrontMatterBlock = { frontMatter: {}, frontMatterKeys: {}, blocks: [], end: 0 };

// An opening fence: the first line is `---` or `+++` alone (trailing blanks allowed).
const OPENING = /^(---|\+\+\+)[ \t]*(?:\r\n|\r|\n|$)/;
// A line after an opening `---` that reads as YAML: a key, a comment, a list item.
const YAML_LINE = /^(?:[ \t]*#|[ \t]*- |[^\s:#][^:\n]*:(?:[ \t]|$))/;
// A JSON object at the top, as Hugo takes it; `{{` and `{%` open templates, not JSON.
const JSON_OPENING = /^\{(?=\s|"|\})/;

/** The front matter of `source` (a draft's text without its byte-order mark). */
export function readFrontMatterBlock(source: string, file: string, proseKeys: readonly string[] = DEFAULT_PROSE_KEYS): FrontMatterBlock {
  if (JSON_OPENING.test(source)) return jsonBlock(source, file, proseKeys);
  const opening = OPENING.exec(source);
  if (!opening) return NONE;
  const fence = opening[1]!;
  const contentStart = opening[0].length;
  const closing = (fence === '---' ? /^(?:---|\.\.\.)[ \t]*$/m : /^\+\+\+[ \t]*$/m).exec(source.slice(contentStart));
  if (!closing) {
    // A `---` that opens no front matter is a thematic break: unless YAML follows it, the Markdown is read as Markdown.
    const second = source.slice(contentStart).split(/\r\n|\r|\n/, 1)[0]!;
    if (fence === '---' && !YAML_LINE.test(second)) return NONE;
    throw new DraftError('draft-front-matter', `the front matter opened on line 1 is never closed: no line \`${fence}\` ends it`, file, { line: 1, column: 1 });
  }
  const closingStart = contentStart + closing.index;
  const content = source.slice(contentStart, closingStart).replace(/(?:\r\n|\r|\n)$/, '');
  const lineEnd = /\r\n|\r|\n/.exec(source.slice(closingStart));
  const end = lineEnd ? closingStart + lineEnd.index + lineEnd[0].length : source.length;
  const read = fence === '---' ? yamlRead(content, contentStart, file, proseKeys) : readToml(content, contentStart, 2, file);
  return { frontMatter: read.frontMatter, frontMatterKeys: read.frontMatterKeys, blocks: proseBlocks(source, read, proseKeys), end };
}

function jsonBlock(source: string, file: string, proseKeys: readonly string[]): FrontMatterBlock {
  const starts = lineStarts(source);
  const at = (offset: number) => positionAt(starts, offset);
  const end = jsonEnd(source);
  if (end < 0) throw new DraftError('draft-front-matter', 'the JSON front matter opened on line 1 is never closed: no `}` ends it', file, at(0));
  const read = readJson(source, end, at, file);
  return { frontMatter: read.frontMatter, frontMatterKeys: read.frontMatterKeys, blocks: proseBlocks(source, read, proseKeys), end };
}

function yamlRead(yaml: string, base: number, file: string, proseKeys: readonly string[]): FrontMatterRead {
  const { frontMatter, frontMatterKeys } = readYamlFrontMatter(yaml, file);
  const wanted = proseKeys.filter((key) => typeof frontMatter[key] === 'string');
  return { frontMatter, frontMatterKeys, valueRanges: wanted.length === 0 ? new Map() : yamlValueRanges(yaml, base, wanted) };
}

// A top-level YAML key at the line start, then its colon and the blanks after it.
const YAML_KEY = /^(?:([A-Za-z0-9_][\w.-]*)|"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)')[ \t]*:(?:[ \t]+|$)/;

/**
 * Where the values of `keys` stand: double- and single-quoted scalars to their closing quote (also
 * over lines, also continued in column 1), block scalars (`|`, `>`) over their indented lines,
 * plain scalars to the line end (without a comment) and over indented lines that continue them.
 * Where a key stands twice, the last one counts, as it does for its value.
 */
function yamlValueRanges(yaml: string, base: number, keys: readonly string[]): Map<string, ValueRange> {
  const ranges = new Map<string, ValueRange>();
  const lines = linesOf(yaml);
  for (const [i, line] of lines.entries()) {
    const key = YAML_KEY.exec(line.text);
    const name = key && (key[1] ?? key[2]?.replace(/\\(.)/g, '$1') ?? key[3]!.replace(/''/g, "'"));
    if (!name || !keys.includes(name)) continue;
    let open = line.start + key![0].length;
    let next = i + 1;
    // A value that starts on the next line, indented.
    if (line.text.slice(key![0].length).trim() === '') {
      while (next < lines.length && lines[next]!.text.trim() === '') next++;
      const below = lines[next];
      if (!below || !/^[ \t]/.test(below.text)) continue;
      open = below.start + below.text.length - below.text.trimStart().length;
      next++;
    }
    const char = yaml[open];
    const indented = (from: number) => {
      let last = from - 1;
      for (let j = from; j < lines.length && (lines[j]!.text.trim() === '' || /^[ \t]/.test(lines[j]!.text)); j++) if (lines[j]!.text.trim() !== '') last = j;
      return last;
    };
    if (char === '"' || char === "'") {
      const close = closingQuote(yaml, open, char, char === '"' ? 'backslash' : 'doubled');
      if (close >= 0) ranges.set(name, [base + open + 1, base + close, char === '"' ? 'backslash' : 'doubled']);
    } else if (char === '|' || char === '>') {
      const last = indented(next);
      if (last >= next) ranges.set(name, [base + lines[next]!.start, base + lines[last]!.start + lines[last]!.text.length, 'none']);
    } else if (char !== undefined && !'[{&*!#%@`'.includes(char)) {
      const lastLine = lines[indented(next)] ?? lines[next - 1]!;
      const lineText = lastLine.text.replace(/[ \t]+#.*$/, '').trimEnd();
      ranges.set(name, [base + open, base + lastLine.start + lineText.length, 'none']);
    }
  }
  return ranges;
}

/** The prose keys' string values as prose blocks: a title is the page's heading, the others are paragraphs. */
function proseBlocks(source: string, read: FrontMatterRead, proseKeys: readonly string[]): ProseBlock[] {
  const blocks: { block: ProseBlock; at: number }[] = [];
  for (const key of proseKeys) {
    const value = read.frontMatter[key];
    const range = read.valueRanges.get(key);
    if (typeof value !== 'string' || !range) continue;
    const builder = new BlockBuilder();
    builder.text = value;
    builder.runs = alignValue(value, source, range[0], range[1], range[2]);
    maskNotProse(builder);
    const kind = key === 'title' ? 'heading' : 'paragraph';
    if (isProse(kind, builder.text)) blocks.push({ block: { kind, depth: kind === 'heading' ? 1 : 0, quoted: false, text: builder.text, runs: builder.runs, frontMatterKey: key }, at: range[0] });
  }
  return blocks.sort((a, b) => a.at - b.at).map(({ block }) => block);
}

const SPACE = /[ \t\r\n]/;
// The length of an escape after a backslash, by its letter: `\x41`, `\u00e4`, `\U0001F600`; others are two characters.
const ESCAPE_LENGTH: Record<string, number> = { x: 4, u: 6, U: 10 };

/**
 * Runs mapping a front-matter value, as the parser read it, onto its source text: characters that
 * stand as written map one to one; an escape (`\"`, `\u00e4`, `''`) maps its character to the
 * escape; a line break folded into a space, and the indentation of continued lines, map to where
 * they stand. So a finding in a value points at its exact place, over lines too.
 */
export function alignValue(value: string, source: string, start: number, end: number, escapes: Escapes): Run[] {
  const runs: Run[] = [];
  const map = (i: number, at: number) => {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[2] === i && last[1] + last[2] === at) last[2]++;
    else runs.push([i, at, 1]);
  };
  let j = start;
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    const here = source[j];
    if (j >= end) {
      map(i, Math.max(start, end - 1));
      continue;
    }
    if (escapes === 'backslash' && here === '\\') {
      // A backslash at a line end continues the line without a space.
      const lineBreak = /^\\(?:\r\n|\r|\n)[ \t]*/.exec(source.slice(j, end));
      if (lineBreak) {
        j += lineBreak[0].length;
        i--;
        continue;
      }
      map(i, j);
      j += ESCAPE_LENGTH[source[j + 1] ?? ''] ?? 2;
      continue;
    }
    if (escapes === 'doubled' && here === "'" && source[j + 1] === "'" && char === "'") {
      map(i, j);
      j += 2;
      continue;
    }
    if (here === char) {
      map(i, j++);
      continue;
    }
    if (SPACE.test(here!)) {
      // Folding: a line break and the next line's indentation read as one space, or as nothing.
      const blank = /^[ \t\r\n]+/.exec(source.slice(j, end))![0];
      if (SPACE.test(char)) {
        map(i, j);
        j += blank.length;
      } else {
        j += blank.length;
        i--;
      }
      continue;
    }
    const found = source.slice(j, Math.min(end, j + 16)).indexOf(char);
    if (found >= 0) j += found;
    map(i, j);
    if (found >= 0) j++;
  }
  return runs;
}
