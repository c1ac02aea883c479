// The parse cache: a draft's parse result stored under the hash of its bytes and of the parser's
// code, so that an unchanged draft is never parsed twice. Entries are written whole (temporary
// file and rename), so two runs at once are safe; an entry that does not read back is ignored.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { VERSION } from '../version.js';
import type { ParsedDraft } from './types.js';

export const DEFAULT_CACHE = path.join('node_modules', '.cache', 'onevoice');

// The modules whose code decides what parsing yields: a change to any of them (even without a new
// version, as in development) makes every entry stale.
const PARSE_MODULES = ['./parse', './decode', '../text/prose', '../text/positions'];

let salt: string | undefined;

function parserSalt(): string {
  if (salt === undefined) {
    const hash = createHash('sha256').update(VERSION);
    const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
    for (const module of PARSE_MODULES) hash.update(readFileSync(new URL(`${module}${extension}`, import.meta.url)));
    salt = hash.digest('hex');
  }
  return salt;
}

function entryFile(folder: string, bytes: Uint8Array): string {
  const key = createHash('sha256').update(parserSalt()).update('\0').update(bytes).digest('hex');
  return path.join(folder, key.slice(0, 2), `${key}.json`);
}

function isParsedDraft(value: unknown): value is ParsedDraft {
  const draft = value as Partial<ParsedDraft> | null;
  return (
    !!draft &&
    typeof draft.source === 'string' &&
    typeof draft.bom === 'boolean' &&
    Array.isArray(draft.lineStarts) &&
    Array.isArray(draft.blocks) &&
    Array.isArray(draft.directives) &&
    typeof draft.frontMatter === 'object' &&
    typeof draft.frontMatterKeys === 'object'
  );
}

export function cached(folder: string, bytes: Uint8Array): ParsedDraft | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(entryFile(folder, bytes), 'utf8'));
    return isParsedDraft(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function store(folder: string, bytes: Uint8Array, parsed: ParsedDraft): void {
  const file = entryFile(folder, bytes);
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, JSON.stringify(parsed));
    renameSync(temporary, file);
  } catch {
    // A cache that cannot be written costs speed, never a result.
    rmSync(temporary, { force: true });
  }
}
