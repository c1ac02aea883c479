// A draft's front matter: the YAML between its `---` fences, as values and where each key stands.
//
// The `yaml` library reads it with every position and the spec loader's error messages, but takes
// half a millisecond for a front matter of ten lines: over thousands of drafts, a twentieth of a
// cold check. So the usual front matter — top-level keys at the line start, no anchors, aliases or
// tags — is read by js-yaml, about five times as fast, with the YAML 1.2 core schema that `yaml`
// uses; anything else, and anything js-yaml refuses, is read by `yaml` as before, errors and all.
// Where `yaml` refuses what site generators accept (Hugo and PyYAML read a double-quoted scalar
// continued in column 1), `readYamlFrontMatter` takes js-yaml's reading of it instead.

import jsYaml from 'js-yaml';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { DraftError } from '../errors.js';
import type { ParsedDraft } from './parsed.js';

type FrontMatter = Pick<ParsedDraft, 'frontMatter' | 'frontMatterKeys'>;

// The YAML 1.2 core schema's numbers (its spec, 10.3.2), as `yaml` resolves them: js-yaml's own
// also take `1_000`, `0b101` and the like, and refuse `+.5`.
const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

const scalar = (name: string, pattern: RegExp, construct: (data: string) => unknown) =>
  new jsYaml.Type(`tag:yaml.org,2002:${name}`, { kind: 'scalar', resolve: (data: string | null) => pattern.test(data ?? ''), construct: (data: string | null) => construct(data ?? '') });

const NULL = /^(?:~|null|Null|NULL)?$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;

const CORE = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', NULL, () => null),
    scalar('bool', BOOL, (data) => data[0] === 't' || data[0] === 'T'),
    scalar('int', INT, (data) => (data.startsWith('0o') ? parseInt(data.slice(2), 8) : data.startsWith('0x') ? parseInt(data.slice(2), 16) : Number(data))),
    scalar('float', FLOAT, (data) => (/nan$/i.test(data) ? NaN : /inf$/i.test(data) ? (data.startsWith('-') ? -Infinity : Infinity) : Number(data))),
  ],
});

// What a plain key must not read as: each library names such a key otherwise.
const NOT_TEXT = [NULL, BOOL, INT, FLOAT];

// A top-level key as it usually stands: a name or a quoted string at the line start, then a colon.
const KEY = /^(?:([A-Za-z0-9_][\w.-]*)|"([^"\\]*)"|'([^']*)')[ \t]*:(?=[ \t\r]|$)/;
// What would make the two libraries part: anchors, aliases and tags; a lone CR, which `yaml`'s line
// counter does not count; a tab at a line start, which `yaml` refuses even on a line of its own.
const UNUSUAL = /(?:^|[\s:[{,-])[&*!]\S|\r(?!\n)|(?:^|\n)\t/;

function readWithJsYaml(yaml: string): FrontMatter | undefined {
  if (UNUSUAL.test(yaml)) return undefined;
  const frontMatterKeys: FrontMatter['frontMatterKeys'] = {};
  const lines = yaml.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const first = line[0];
    if (first === undefined || first === ' ' || first === '\t' || first === '\r' || first === '#') continue;
    // A list under the key before, written without indent, as site generators' templates do.
    if (first === '-' && /^-(?:[ \t]|\r?$)/.test(line)) continue;
    // Flow collections, complex keys, directives: the general way.
    const key = KEY.exec(line);
    if (!key) return undefined;
    const name = key[1] ?? key[2] ?? key[3]!;
    if (name === '__proto__' || (key[1] !== undefined && NOT_TEXT.some((pattern) => pattern.test(name)))) return undefined;
    // The YAML starts on line 2, after the opening `---`.
    frontMatterKeys[name] = { line: i + 2, column: 1 };
  }
  let values: unknown;
  try {
    values = jsYaml.load(yaml, { schema: CORE, json: true });
  } catch {
    return undefined;
  }
  if (values === undefined || values === null) return Object.keys(frontMatterKeys).length === 0 ? { frontMatter: {}, frontMatterKeys } : undefined;
  if (typeof values !== 'object' || Array.isArray(values)) return undefined;
  const frontMatter = values as Record<string, unknown>;
  const names = Object.keys(frontMatter);
  if (names.length !== Object.keys(frontMatterKeys).length || names.some((name) => !Object.hasOwn(frontMatterKeys, name))) return undefined;
  return { frontMatter, frontMatterKeys };
}

export function readFrontMatter(yaml: string, file: string): FrontMatter {
  return readWithJsYaml(yaml) ?? readWithYaml(yaml, file);
}

/** The general way, for any front matter; `readFrontMatter` must always give what this gives. */
export function readWithYaml(yaml: string, file: string): FrontMatter {
  const lines = new LineCounter();
  // Site generators accept repeated keys (the last wins), so a draft with them is still read.
  const doc = parseDocument(yaml, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const error = doc.errors[0];
  // The YAML starts on line 2, after the opening `---`.
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { line: line + 1, column: col };
  };
  if (error) {
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new DraftError('draft-front-matter', `invalid front matter: ${message}`, file, at(error.pos[0]));
  }
  if (doc.contents === null) return { frontMatter: {}, frontMatterKeys: {} };
  if (!isMap(doc.contents)) throw new DraftError('draft-front-matter', 'front matter must be a mapping of keys to values', file, at(0));
  const frontMatterKeys: FrontMatter['frontMatterKeys'] = {};
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && pair.key.range) frontMatterKeys[String(pair.key.value)] = at(pair.key.range[0]);
  }
  try {
    return { frontMatter: doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>, frontMatterKeys };
  } catch (cause) {
    throw new DraftError('draft-front-matter', `invalid front matter: ${(cause as Error).message}`, file, at(0));
  }
}

// Anchors and aliases: where `yaml` refuses them (an alias bomb), no lenient reading takes them.
const ALIASES = /(?:^|[\s:[{,-])[&*]\S/;

/**
 * The front matter as site generators read it: as `readFrontMatter` reads it, or, where that
 * refuses it, as js-yaml (like PyYAML and Hugo's YAML library) reads it, if it can; else the
 * error `readFrontMatter` gave, at its place.
 */
export function readYamlFrontMatter(yaml: string, file: string): FrontMatter {
  try {
    return readFrontMatter(yaml, file);
  } catch (error) {
    const lenient = ALIASES.test(yaml) ? undefined : readLeniently(yaml);
    if (lenient) return lenient;
    throw error;
  }
}

function readLeniently(yaml: string): FrontMatter | undefined {
  let values: unknown;
  try {
    values = jsYaml.load(yaml, { schema: CORE, json: true });
  } catch {
    return undefined;
  }
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return undefined;
  const frontMatter = values as Record<string, unknown>;
  const frontMatterKeys: FrontMatter['frontMatterKeys'] = {};
  // Keys stand at the line start; a line of a value continued there names no key js-yaml read.
  yaml.split('\n').forEach((line, i) => {
    const key = KEY.exec(line);
    const name = key && (key[1] ?? key[2] ?? key[3]!);
    if (name && Object.hasOwn(frontMatter, name)) frontMatterKeys[name] = { line: i + 2, column: 1 };
  });
  return { frontMatter, frontMatterKeys };
}
