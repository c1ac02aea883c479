// TOML (`+++`) and JSON (`{ … }`) front matter, as Hugo reads them: the values, where each
// top-level key stands, and where each top-level string value stands in the source.

import { parse as parseToml, TomlError } from 'smol-toml';
import { DraftError } from '../errors.js';
import type { Position } from './positions.js';

/** What a front matter reader yields: values, key positions, and the source range of each top-level string value. */
export interface FrontMatterRead {
  frontMatter: Record<string, unknown>;
  frontMatterKeys: Record<string, Position>;
  /** Source offsets of each top-level string value's text (without its quotes where it has them), and how it escapes characters. */
  valueRanges: Map<string, ValueRange>;
}

/** How a quoted value escapes characters: with a backslash (`\"`), by doubling the quote (`''`), or not at all. */
export type Escapes = 'backslash' | 'doubled' | 'none';

export type ValueRange = [start: number, end: number, escapes: Escapes];

/** Lines of a text with the offset each starts at, line ends excluded. */
export function linesOf(text: string): { text: string; start: number }[] {
  const lines: { text: string; start: number }[] = [];
  const ends = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = ends.exec(text); match; match = ends.exec(text)) {
    lines.push({ text: text.slice(start, match.index), start });
    start = match.index + match[0].length;
  }
  lines.push({ text: text.slice(start), start });
  return lines;
}

/** Where a quoted string that opens at `open` closes (the offset of its closing quote), or -1. */
export function closingQuote(text: string, open: number, quote: string, escapes: Escapes): number {
  for (let i = open + quote.length; i < text.length; i++) {
    const char = text[i];
    if (escapes === 'backslash' && char === '\\') {
      i++;
      continue;
    }
    if (text.startsWith(quote, i)) {
      if (escapes === 'doubled' && text[i + 1] === quote) {
        i++;
        continue;
      }
      // A multi-line TOML string may end in up to two quotes of its own: `""""` closes after one.
      if (quote.length === 3) while (text[i + quote.length] === quote[0]) i++;
      return i;
    }
  }
  return -1;
}

// A top-level TOML key: bare, "basic" or 'literal', before `=`; dotted keys make tables, not text.
const TOML_KEY = /^[ \t]*(?:([A-Za-z0-9_-]+)|"((?:[^"\\]|\\.)*)"|'([^']*)')[ \t]*=[ \t]*/;
const TOML_TABLE = /^[ \t]*\[/;

/** TOML front matter: `toml` is the text between the `+++` fences, starting at `base` in the source on line `line`. */
export function readToml(toml: string, base: number, line: number, file: string): FrontMatterRead {
  let values: Record<string, unknown>;
  try {
    values = parseToml(toml) as Record<string, unknown>;
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const message = error.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '');
    throw new DraftError('draft-front-matter', `invalid TOML front matter: ${message}`, file, { line: error.line + line - 1, column: error.column });
  }
  const frontMatterKeys: Record<string, Position> = {};
  const valueRanges = new Map<string, ValueRange>();
  const lines = linesOf(toml);
  for (const [i, { text, start }] of lines.entries()) {
    // Keys after the first table header belong to that table.
    if (TOML_TABLE.test(text)) break;
    const key = TOML_KEY.exec(text);
    if (!key) continue;
    const name = key[1] ?? key[2] ?? key[3]!;
    if (!Object.hasOwn(values, name)) continue;
    frontMatterKeys[name] = { line: line + i, column: text.length - text.trimStart().length + 1 };
    if (typeof values[name] !== 'string') continue;
    const open = start + key[0].length;
    const quote = toml.startsWith('"""', open) ? '"""' : toml.startsWith("'''", open) ? "'''" : toml[open];
    if (quote !== '"' && quote !== "'" && quote !== '"""' && quote !== "'''") continue;
    const escapes = quote[0] === '"' ? 'backslash' : 'none';
    const close = closingQuote(toml, open, quote, escapes);
    if (close >= 0) valueRanges.set(name, [base + open + quote.length, base + close, escapes]);
  }
  return { frontMatter: values, frontMatterKeys, valueRanges };
}

/**
 * Where a JSON front matter that opens at offset 0 of `source` closes: the offset after its
 * closing brace, or -1 when it never closes. Braces in strings do not count.
 */
export function jsonEnd(source: string): number {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '"') {
      i = closingQuote(source, i, '"', 'backslash');
      if (i < 0) return -1;
    } else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** JSON front matter: `source.slice(0, end)` is the object; positions from `at`. */
export function readJson(source: string, end: number, at: (offset: number) => Position, file: string): FrontMatterRead {
  const json = source.slice(0, end);
  let values: unknown;
  try {
    values = JSON.parse(json);
  } catch {
    const problem = jsonProblem(json);
    throw new DraftError('draft-front-matter', `invalid JSON front matter: ${problem.message}`, file, at(problem.offset));
  }
  const frontMatter = values as Record<string, unknown>;
  const frontMatterKeys: Record<string, Position> = {};
  const valueRanges = new Map<string, ValueRange>();
  // The top-level keys, and their string values: a walk over the object's first level.
  let depth = 0;
  let expectKey = true;
  let key: string | undefined;
  for (let i = 0; i < end; i++) {
    const char = json[i]!;
    if (char === '"') {
      const close = closingQuote(json, i, '"', 'backslash');
      if (depth === 1 && expectKey) {
        key = JSON.parse(json.slice(i, close + 1)) as string;
        frontMatterKeys[key] = at(i);
      } else if (depth === 1 && key !== undefined && typeof frontMatter[key] === 'string') {
        valueRanges.set(key, [i + 1, close, 'backslash']);
      }
      i = close;
    } else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') depth--;
    else if (depth === 1 && char === ':') expectKey = false;
    else if (depth === 1 && char === ',') [expectKey, key] = [true, undefined];
  }
  return { frontMatter, frontMatterKeys, valueRanges };
}

/**
 * Where JSON that JSON.parse refused goes wrong, and how: V8's messages name the place for some
 * errors only ("Unexpected token 'x', … is not valid JSON"), so a small reader finds it.
 */
export function jsonProblem(json: string): { offset: number; message: string } {
  let i = 0;
  const fail = (message: string): never => {
    throw { offset: i, message };
  };
  const space = () => {
    while (i < json.length && ' \t\r\n'.includes(json[i]!)) i++;
  };
  const expect = (char: string, what: string) => {
    space();
    if (json[i] !== char) fail(i >= json.length ? `${what} missing at the end` : `${what} expected, not ${JSON.stringify(json[i])}`);
    i++;
  };
  const string = () => {
    const close = closingQuote(json, i, '"', 'backslash');
    if (close < 0) fail('a string is not closed');
    const bad = /[\u0000-\u001f]|\\(?!["\\/bfnrt]|u[0-9a-fA-F]{4})/.exec(json.slice(i + 1, close));
    if (bad) {
      i += 1 + bad.index;
      fail(bad[0].startsWith('\\') ? 'an invalid escape in a string' : 'a line break or control character in a string');
    }
    i = close + 1;
  };
  const value = (): void => {
    space();
    const char = json[i];
    if (char === '{') {
      i++;
      space();
      if (json[i] === '}') return void i++;
      for (;;) {
        space();
        if (json[i] !== '"') fail('a key in double quotes expected');
        string();
        expect(':', '":"');
        value();
        space();
        if (json[i] === ',') {
          i++;
          continue;
        }
        return expect('}', '"," or "}"');
      }
    }
    if (char === '[') {
      i++;
      space();
      if (json[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (json[i] === ',') {
          i++;
          continue;
        }
        return expect(']', '"," or "]"');
      }
    }
    if (char === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?)/.exec(json.slice(i, i + 400));
    if (!literal) fail(i >= json.length ? 'a value missing at the end' : `a value expected, not ${JSON.stringify(json.slice(i, i + 12).split(/[\s,}\]]/)[0])}`);
    i += literal![0].length;
  };
  try {
    value();
    space();
    if (i < json.length) fail('text after the object');
  } catch (problem) {
    if (typeof problem === 'object' && problem !== null && 'offset' in problem) return problem as { offset: number; message: string };
    throw problem;
  }
  return { offset: 0, message: 'not valid JSON' };
}
