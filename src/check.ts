// The outer layer of `onevoice check`: spec, files and drafts in, findings out.

import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { corpusFiles, filesFromPatterns, ignoredBySpec } from './drafts/discover.js';
import { DRAFT_EXTENSIONS_LIST } from './markdown/extensions.js';
import { readBytes, toDraftError } from './drafts/read.js';
import type { Draft, DraftInfo } from './drafts/types.js';
import { compareFindings, type Finding } from './engine/finding.js';
import { lintCorpus } from './engine/lint.js';
import type { Rule } from './engine/rule.js';
import { cachedCorpus, cachedEntry, cachedSummaries, cacheKeys, type Entry, hashOf, storeCorpus, sweep } from './pipeline/cache.js';
import { Snapshot, type Snapshotted, type Stat } from './pipeline/snapshot.js';
import type { Task } from './pipeline/pool.js';
import { DraftError, SpecError, UsageError } from './errors.js';
import { ruleIds } from './rules/index.js';
import { findSpec, loadSpec } from './spec/load.js';
import type { Spec } from './spec/types.js';

export interface CorpusOptions {
  cwd: string;
  /** Spec file given on the command line; otherwise found walking up from `cwd`. */
  spec?: string;
  /** Files, folders and globs to check; none (and no `files`) means every draft under the spec's folder. */
  patterns: string[];
  /** Absolute paths of drafts to check, as git names them; an empty list checks nothing. */
  files?: string[];
  /** Only drafts of these teams are checked. */
  teams?: string[];
}

export interface CheckOptions extends CorpusOptions {
  rules: readonly Rule[];
  /** Told of each draft analysed: a long run can show how far it is. */
  onProgress?: (done: number, total: number) => void;
  /** Threads that analyse drafts (1: none besides the main one). */
  jobs?: number;
  /** Folder of the analysis cache (absolute); none: every draft is analysed. */
  cache?: string;
  /** Read every draft, whatever the corpus snapshot says. */
  ignoreSnapshot?: boolean;
}

export interface Corpus {
  spec: Spec;
  /** Every draft that could be read: the whole corpus plus any named draft outside it. */
  drafts: Draft[];
  /** The drafts whose findings are reported. */
  checked: Draft[];
  /** Named drafts that could not be read or parsed; every other draft was still read. */
  draftErrors: DraftError[];
}

export interface CheckResult {
  spec: Spec;
  /** The drafts whose findings are reported. */
  checked: DraftInfo[];
  draftErrors: DraftError[];
  findings: Finding[];
}

export function defaultJobs(): number {
  return availableParallelism();
}

function resolveSpec(cwd: string, specOption: string | undefined): Spec {
  if (specOption !== undefined) return loadSpec(path.resolve(cwd, specOption), ruleIds);
  const found = findSpec(cwd);
  if (!found) throw new SpecError('spec-not-found', `no onevoice.yaml, onevoice.yml or .onevoice.yaml in ${cwd} or any parent folder; pass --spec <file> or run \`onevoice init\``);
  return loadSpec(found, ruleIds);
}

interface Selection {
  spec: Spec;
  /** Every draft to read: the corpus, for the cross-draft rules, and the named drafts. */
  files: string[];
  /** The drafts named (all of the corpus when none are). */
  targets: Set<string>;
  /** Named paths that could not be read. */
  unreadable: DraftError[];
}

async function select(options: CorpusOptions, cache?: string): Promise<Selection> {
  const spec = resolveSpec(options.cwd, options.spec);
  for (const team of options.teams ?? []) {
    if (!spec.teams.has(team)) throw new UsageError(`unknown team "${team}" in --team; the spec declares ${[...spec.teams.keys()].join(', ') || 'no teams'}`);
  }
  const corpus = await corpusFiles(spec, cache);
  let targets = corpus;
  let unreadable: DraftError[] = [];
  if (options.files || options.patterns.length > 0) {
    const ignored = ignoredBySpec(spec);
    const named = (options.files ?? []).filter((file) => existsSync(file) && !ignored(file));
    const matched = options.patterns.length > 0 ? await filesFromPatterns(options.patterns, options.cwd, spec) : { files: [], unreadable: [] };
    targets = [...new Set([...named, ...matched.files])].sort();
    unreadable = matched.unreadable;
  } else if (targets.length === 0) {
    throw new UsageError(`no drafts ${DRAFT_EXTENSIONS_LIST} under the spec's folder`, spec.root);
  }
  // Cross-draft rules see the whole corpus, also drafts outside the spec's folder named explicitly.
  return { spec, files: [...new Set([...corpus, ...targets])].sort(), targets: new Set(targets), unreadable };
}

/** A draft as the check gathers it: its entry, and its summaries where the corpus is compared anew. */
interface Gathered {
  info: DraftInfo;
  findings?: Finding[];
  summaries?: Record<string, unknown>;
  full?: () => Record<string, unknown>;
}

/** Thrown when the snapshot names a cache entry that is gone. */
class StaleSnapshot extends Error {}

const inTeams = (teams: string[] | undefined) => (draft: { team?: string }) => !teams || (draft.team !== undefined && teams.includes(draft.team));

/** Every draft read and parsed whole: for commands that need their text (coverage). */
export async function loadCorpus(options: CorpusOptions): Promise<Corpus> {
  const { spec, files, targets, unreadable } = await select(options);
  const { loadDrafts } = await import('./drafts/load.js');
  const { drafts, errors } = loadDrafts(spec, files);
  const checked = drafts.filter((d) => targets.has(d.file) && inTeams(options.teams)(d));
  return { spec, drafts, checked, draftErrors: [...unreadable, ...errors.filter((e) => e.file !== undefined && targets.has(e.file))] };
}

/**
 * Each draft is analysed alone (parsed, its draft rules run, summarized for the corpus rules),
 * through the cache and on worker threads; then the corpus rules compare the summaries, unless the
 * cache holds their findings for this very corpus.
 */
export async function check(options: CheckOptions): Promise<CheckResult> {
  const { spec, files, targets, unreadable } = await select(options, options.cache);
  const { rules, cache } = options;
  const setting = JSON.stringify([spec.file, spec.source, rules.map((r) => r.id)]);
  const keys = cache === undefined ? undefined : cacheKeys(setting);
  let done = 0;
  const progress = () => options.onProgress?.(++done, files.length);

  // Drafts that are only context for the corpus rules need no findings of their own. A draft the
  // snapshot holds unchanged (same size and time) is not read at all.
  const snapshot = keys === undefined || options.ignoreSnapshot ? undefined : Snapshot.read(cache!, keys.run);
  const started = Date.now();
  const entries: (Entry | undefined)[] = new Array(files.length);
  const summaries: (Record<string, unknown> | undefined)[] = new Array(files.length);
  const fileKeys: string[] = new Array(files.length);
  const stats: (Stat | undefined)[] = new Array(files.length);
  const bytesOf: (Uint8Array | undefined)[] = new Array(files.length);
  // Drafts whose summaries come from the snapshot, without the rules' lazy fields.
  const fromSnapshot = new Set<number>();
  files.forEach((file, index) => {
    const stat = statSync(file, { throwIfNoEntry: false });
    stats[index] = stat && { size: stat.size, mtimeMs: stat.mtimeMs };
    const known = stats[index] && snapshot?.keyOf(file, stats[index]);
    if (known !== undefined) {
      fileKeys[index] = known;
      if (!targets.has(file)) {
        const snapshotted = snapshot!.draft(file, known);
        if (snapshotted) {
          entries[index] = { info: snapshotted.info };
          summaries[index] = snapshotted.summaries;
          fromSnapshot.add(index);
          return;
        }
      }
      entries[index] = cachedEntry(cache!, known, file, targets.has(file));
      if (entries[index]) return;
    }
    const bytes = readBytes(file);
    if ('failure' in bytes) {
      entries[index] = bytes;
      fileKeys[index] = '';
      return;
    }
    if (keys === undefined) {
      bytesOf[index] = bytes;
      return;
    }
    fileKeys[index] = keys.of(file, bytes);
    entries[index] = cachedEntry(cache!, fileKeys[index]!, file, targets.has(file));
    if (!entries[index]) bytesOf[index] = bytes;
  });

  // One slot per choice of drafts to check, holding the corpus findings of the last such run.
  const slot = hashOf([keys?.run ?? '', ...(options.teams ?? []), '', ...targets]);
  const corpusKey = keys === undefined ? undefined : hashOf(fileKeys);
  const corpusFindings = corpusKey === undefined ? undefined : cachedCorpus(cache!, slot, corpusKey);

  const tasks: Task[] = [];
  const taskIndex: number[] = [];
  // The summaries of drafts whose entries were found: from the snapshot, else from their own entries.
  const summariesOf = (file: string, index: number) => {
    const snapshotted = snapshot?.draft(file, fileKeys[index]!);
    if (snapshotted) fromSnapshot.add(index);
    return snapshotted?.summaries ?? cachedSummaries(cache!, fileKeys[index]!);
  };
  files.forEach((file, index) => {
    const entry = entries[index];
    if (entry && ('failure' in entry || corpusFindings || (summaries[index] ??= summariesOf(file, index)))) return progress();
    const bytes = bytesOf[index] ?? readBytes(file);
    // From here the task holds the bytes, and lets them go once the draft is analysed.
    bytesOf[index] = undefined;
    if ('failure' in bytes) {
      entries[index] = bytes;
      return progress();
    }
    tasks.push({ file, bytes, withFindings: targets.has(file), ...(keys === undefined ? {} : { key: fileKeys[index]! }) });
    taskIndex.push(index);
  });
  if (tasks.length > 0) {
    // The parser and the text layer load only when some draft needs them: a warm run never does.
    const { analyseAll } = await import('./pipeline/pool.js');
    const results = await analyseAll(tasks, { spec, rules, jobs: options.jobs ?? 1, ...(cache === undefined ? {} : { cache }), onDone: progress });
    results.forEach((analysis, i) => {
      const index = taskIndex[i]!;
      if ('failure' in analysis) {
        entries[index] = analysis;
      } else {
        const { summaries: summarized, ...entry } = analysis;
        entries[index] = entry;
        summaries[index] = summarized;
      }
    });
  }

  const analysed: Gathered[] = [];
  // What the snapshot would hold of each draft now, by file.
  const current = new Map<string, Stat & Snapshotted>();
  const draftErrors = [...unreadable];
  entries.forEach((entry, index) => {
    if ('failure' in entry!) {
      if (targets.has(files[index]!)) draftErrors.push(toDraftError(entry, files[index]!));
      return;
    }
    const key = fileKeys[index]!;
    const full = () => {
      const whole = cachedSummaries(cache!, key);
      if (!whole) throw new StaleSnapshot();
      return whole;
    };
    analysed.push({ ...entry!, ...(summaries[index] ? { summaries: summaries[index] } : {}), ...(fromSnapshot.has(index) ? { full } : {}) });
    if (summaries[index] && stats[index]) current.set(files[index]!, { ...stats[index], key, info: entry!.info, summaries: summaries[index] });
  });
  const checked = analysed.filter((a) => targets.has(a.info.file) && inTeams(options.teams)(a.info));
  const checkedSet = new Set(checked.map((a) => a.info.file));
  let corpus = corpusFindings;
  if (!corpus) {
    try {
      corpus = lintCorpus(spec, analysed.map((a) => ({ info: a.info, summaries: a.summaries!, ...(a.full ? { full: a.full } : {}) })), checkedSet, rules);
    } catch (error) {
      // A cache pruned by hand: the snapshot names entries that are gone. Check again without it.
      if (error instanceof StaleSnapshot && !options.ignoreSnapshot) return check({ ...options, ignoreSnapshot: true });
      throw error;
    }
    if (corpusKey !== undefined) storeCorpus(cache!, slot, corpusKey, corpus);
    const lazy = new Map(rules.flatMap((rule) => (rule.scope === 'corpus' && rule.lazy ? [[rule.id, rule.lazy as readonly string[]] as const] : [])));
    // A new snapshot is written when many drafts changed (or the spec or onevoice did): then the
    // entries and snapshots no run is likely to read again are deleted.
    if (keys !== undefined && Snapshot.renew(cache!, keys.run, snapshot, started, current, lazy)) sweep(cache!, Snapshot.keep(cache!, keys.run));
  }
  const findings = [...checked.flatMap((a) => a.findings ?? []), ...corpus].sort(compareFindings);
  return { spec, checked: checked.map((a) => a.info), draftErrors, findings };
}
