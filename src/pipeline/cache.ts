// The analysis cache: what one draft yields (its info, the corpus rules' summaries, the draft
// rules' findings), stored under a hash of everything that decides it: the draft's bytes and path,
// the spec, the rules chosen and onevoice's own code. An unchanged draft is never parsed again.
// Entries are written whole (temporary file and rename), so two runs at once are safe; an entry
// that does not read back is ignored and written anew.

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../version.js';
import type { Analysed, Analysis } from './analyse.js';

export const DEFAULT_CACHE = path.join('node_modules', '.cache', 'onevoice');

let codeHash: string | undefined;

/**
 * A hash of onevoice's version and of the code of every module (as run: built JavaScript, or the
 * TypeScript sources in tests): a change to any rule, even without a new version, makes every
 * entry stale.
 */
function codeSalt(): string {
  if (codeHash === undefined) {
    const root = fileURLToPath(new URL('../', import.meta.url));
    const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
    const hash = createHash('sha256').update(VERSION);
    const modules = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith(extension))
      .sort();
    for (const module of modules) hash.update(module).update('\0').update(readFileSync(path.join(root, module)));
    codeHash = hash.digest('hex');
  }
  return codeHash;
}

export interface CacheKeys {
  /** The key of one draft's entry. */
  of(file: string, bytes: Uint8Array): string;
}

/** Keys for a run: `setting` is what else decides an entry (the spec's path and bytes, the rules chosen). */
export function cacheKeys(setting: string): CacheKeys {
  const run = createHash('sha256').update(codeSalt()).update('\0').update(setting).digest();
  return { of: (file, bytes) => createHash('sha256').update(run).update(file).update('\0').update(bytes).digest('hex') };
}

const entryFile = (folder: string, key: string) => path.join(folder, key.slice(0, 2), `${key}.json`);

function isAnalysis(value: unknown, file: string): value is Analysis {
  const entry = value as Partial<Analysed> & { failure?: unknown };
  if (!entry || typeof entry !== 'object') return false;
  if ('failure' in entry) return typeof entry.failure === 'object' && entry.failure !== null;
  return (
    typeof entry.info === 'object' &&
    entry.info !== null &&
    entry.info.file === file &&
    typeof entry.summaries === 'object' &&
    entry.summaries !== null &&
    (entry.findings === undefined || Array.isArray(entry.findings))
  );
}

/** The entry under `key`, if it reads back whole and holds findings where they are wanted. */
export function cached(folder: string, key: string, file: string, withFindings: boolean): Analysis | undefined {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(entryFile(folder, key), 'utf8'));
  } catch {
    return undefined;
  }
  if (!isAnalysis(value, file)) return undefined;
  return withFindings && !('failure' in value) && value.findings === undefined ? undefined : value;
}

export function store(folder: string, key: string, analysis: Analysis): void {
  const file = entryFile(folder, key);
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, JSON.stringify(analysis));
    renameSync(temporary, file);
  } catch {
    // A cache that cannot be written costs speed, never a result.
    rmSync(temporary, { force: true });
  }
}
