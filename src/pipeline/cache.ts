// The analysis cache: what one draft yields (its info, the corpus rules' summaries, the draft
// rules' findings), stored under a hash of everything that decides it: the draft's bytes and path,
// the spec, the rules chosen and onevoice's own code. An unchanged draft is never parsed again;
// an unchanged corpus is not compared again either. Entries are written whole (temporary file and
// rename), so two runs at once are safe; an entry that does not read back is ignored and written
// anew.

import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { batched } from '../util/batches.js';
import { asciiJson } from '../util/json-text.js';
import { VERSION } from '../version.js';
import type { ReadFailure } from '../drafts/read.js';
import type { Finding } from '../engine/finding.js';
import type { DraftAnalysis, Summaries } from '../engine/lint.js';
import type { Analysis } from './analyse-draft.js';

export const DEFAULT_CACHE = path.join('node_modules', '.cache', 'onevoice');

let codeHash: string | undefined;

/** The file beside the bundle that holds its code hash, written by the build (`npm run bundle`). */
export const CODE_HASH_FILE = 'code-hash.txt';

/**
 * A hash of onevoice's version and of the code of every module in `root` (built JavaScript, or
 * the TypeScript sources in tests).
 */
export function hashOfCode(root: string, extension: string): string {
  const hash = createHash('sha256').update(VERSION);
  const modules = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .sort();
  for (const module of modules)
    hash
      .update(module)
      .update('\0')
      .update(readFileSync(path.join(root, module)));
  return hash.digest('hex');
}

/**
 * The bundle's hash as the build wrote it, if no module of the bundle is newer than it: hashing
 * the 2.5 MB of the bundle took a pre-commit check some 17 ms.
 */
function builtHash(root: string): string | undefined {
  try {
    const written = statSync(path.join(root, CODE_HASH_FILE)).mtimeMs;
    if (readdirSync(root).some((file) => file.endsWith('.js') && statSync(path.join(root, file)).mtimeMs > written)) return undefined;
    const hash = readFileSync(path.join(root, CODE_HASH_FILE), 'latin1').trim();
    return /^[0-9a-f]{64}$/.test(hash) ? hash : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A hash of onevoice's version and of the code of every module (as run: built JavaScript, or the
 * TypeScript sources in tests): a change to any rule, even without a new version, makes every
 * entry stale.
 */
function codeSalt(): string {
  if (codeHash === undefined) {
    // The bundle the command runs holds all code in its own folder; built modules and sources sit one level up.
    const bundled = import.meta.url.includes('/dist/bundle/');
    const root = fileURLToPath(new URL(bundled ? './' : '../', import.meta.url));
    codeHash = (bundled ? builtHash(root) : undefined) ?? hashOfCode(root, import.meta.url.endsWith('.ts') ? '.ts' : '.js');
  }
  return codeHash;
}

export interface CacheKeys {
  /** What decides every entry of this run (code, spec, rules), as a hash: names what is kept per run. */
  run: string;
  /** The key of one draft's entry. */
  of(file: string, bytes: Uint8Array): string;
}

/** Keys for a run: `setting` is what else decides an entry (the spec's path and bytes, the rules chosen). */
export function cacheKeys(setting: string): CacheKeys {
  const run = createHash('sha256').update(codeSalt()).update('\0').update(setting).digest();
  return { run: run.toString('hex'), of: (file, bytes) => createHash('sha256').update(run).update(file).update('\0').update(bytes).digest('hex') };
}

// A draft's entry is two files: what every run reads (its info, its findings, or its failure),
// and the corpus rules' summaries, which a run reads only when it compares the drafts anew.
const entryFile = (folder: string, key: string, part: 'draft' | 'summaries') => path.join(folder, key.slice(0, 2), `${key}${part === 'draft' ? '' : '.summaries'}.json`);

// Files are written as ASCII (other characters escaped), so that they read back as one-byte text
// without decoding UTF-8: several times faster for a snapshot of tens of megabytes.

export function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'latin1'));
  } catch {
    return undefined;
  }
}

/**
 * `data` as ASCII JSON, piece by piece: the field named `long`, an array or a record, item by
 * item. The corpus findings of thousands of drafts come to 70 MB; made into one string first, they
 * took 300 MB at once.
 */
function* jsonPieces(data: object, long: string | undefined): Generator<string> {
  const items = long === undefined ? undefined : (data as Record<string, unknown>)[long];
  if (typeof items !== 'object' || items === null) return yield asciiJson(data);
  const list = Array.isArray(items);
  const { [long!]: _, ...rest } = data as Record<string, unknown>;
  const head = asciiJson(rest);
  yield `${head.slice(0, -1)}${head === '{}' ? '' : ','}${asciiJson(long)}:${list ? '[' : '{'}`;
  let first = true;
  for (const [name, item] of list ? items.entries() : Object.entries(items)) {
    // As JSON.stringify has it: a record drops undefined values, a list writes them as null.
    if (item === undefined && !list) continue;
    yield `${first ? '' : ','}${list ? '' : `${asciiJson(name)}:`}${asciiJson(item ?? null)}`;
    first = false;
  }
  yield list ? ']}' : '}}';
}

/** Writes `data` to a temporary file renamed over `file`, so that no reader ever sees it half written. */
export function writeWhole(file: string, data: object, long?: string): void {
  writeAtomically(file, (fd) => {
    for (const batch of batched(jsonPieces(data, long))) writeSync(fd, batch, null, 'latin1');
  });
}

/** Writes `chunks` of bytes, one after the other, as `writeWhole` writes JSON. */
export function writeBytesWhole(file: string, chunks: readonly Uint8Array[]): void {
  writeAtomically(file, (fd) => {
    for (const chunk of chunks) writeSync(fd, chunk);
  });
}

function writeAtomically(file: string, write: (fd: number) => void): void {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  let fd: number | undefined;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    fd = openSync(temporary, 'w');
    write(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, file);
  } catch {
    // A cache that cannot be written costs speed, never a result.
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A draft's entry without the summaries: its info and findings, or its failure. */
export type Entry = Omit<DraftAnalysis, 'summaries'> | ReadFailure;

/** The entry under `key`, if it reads back whole and holds findings where they are wanted. */
export function cachedEntry(folder: string, key: string, file: string, withFindings: boolean): Entry | undefined {
  const entry = readJson(entryFile(folder, key, 'draft'));
  if (!isObject(entry)) return undefined;
  if ('failure' in entry) return isObject(entry.failure) && typeof entry.failure.message === 'string' ? (entry as unknown as ReadFailure) : undefined;
  if (!isObject(entry.info) || entry.info.file !== file) return undefined;
  if (entry.findings === undefined ? withFindings : !Array.isArray(entry.findings)) return undefined;
  return entry as unknown as Entry;
}

export function cachedSummaries(folder: string, key: string): Summaries | undefined {
  const summaries = readJson(entryFile(folder, key, 'summaries'));
  return isObject(summaries) ? summaries : undefined;
}

export function store(folder: string, key: string, analysis: Analysis): void {
  if ('failure' in analysis) return writeWhole(entryFile(folder, key, 'draft'), analysis);
  const { summaries = {}, ...entry } = analysis;
  // Summaries first: an entry found means its summaries were written (or failed to be, and are analysed anew).
  writeWhole(entryFile(folder, key, 'summaries'), summaries);
  writeWhole(entryFile(folder, key, 'draft'), entry);
}

/**
 * The corpus rules' findings of the last run that checked the same drafts (`slot`: the setting and
 * the drafts checked), if every draft's entry key was the same then (`key`): nothing the corpus
 * rules compare has changed, so comparing again would find the same.
 */
export function cachedCorpus(folder: string, slot: string, key: string): Finding[] | undefined {
  const stored = readJson(path.join(folder, 'corpus', `${slot}.json`));
  return isObject(stored) && stored.key === key && Array.isArray(stored.findings) ? (stored.findings as Finding[]) : undefined;
}

export function storeCorpus(folder: string, slot: string, key: string, findings: readonly Finding[]): void {
  writeWhole(path.join(folder, 'corpus', `${slot}.json`), { key, findings }, 'findings');
}

/** A hash of texts, for corpus keys and slots. */
export function hashOf(texts: Iterable<string>): string {
  const hash = createHash('sha256');
  for (const text of texts) hash.update(text).update('\0');
  return hash.digest('hex');
}

// What a sweep keeps besides the entries a kept snapshot names: anything written in the last hour
// (a run going on now, the drafts a pre-commit check analysed), and the newest slots of corpus
// findings (one per choice of drafts checked, so one per set of drafts a hook named).
const RECENT_MS = 60 * 60 * 1000;
const KEPT_SLOTS = 16;

const modified = (file: string) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;

/**
 * Deletes what no run is likely to read again: entries that no kept snapshot names and that were
 * not written in the last hour, and all but the newest corpus slots. Each change of the spec or of
 * onevoice starts a new set of entries; without this the cache would only grow. A run that still
 * wanted a deleted file analyses its draft anew, as after any pruning.
 */
export function sweep(folder: string, live: ReadonlySet<string>): void {
  const now = Date.now();
  try {
    for (const shard of readdirSync(folder, { withFileTypes: true })) {
      if (!shard.isDirectory() || !/^[0-9a-f]{2}$/.test(shard.name)) continue;
      for (const name of readdirSync(path.join(folder, shard.name))) {
        const file = path.join(folder, shard.name, name);
        // An entry's two files go by its key; a temporary file left by a stopped run goes too.
        const key = name.replace(/(\.summaries)?\.json$/, '');
        if (!live.has(key) && now - modified(file) > RECENT_MS) rmSync(file, { force: true });
      }
    }
    const corpus = path.join(folder, 'corpus');
    const slots = readdirSync(corpus)
      .map((name) => ({ file: path.join(corpus, name), time: modified(path.join(corpus, name)) }))
      .sort((a, b) => b.time - a.time);
    for (const { file } of slots.slice(KEPT_SLOTS)) rmSync(file, { force: true });
  } catch {
    // A cache that cannot be swept (another run sweeping, no permission) costs space, never a result.
  }
}
