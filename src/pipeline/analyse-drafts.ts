// Every draft's analysis in one call: from the corpus snapshot where a draft is unchanged, else
// from the analysis cache, else by analysing the draft (on worker threads); and the corpus rules'
// findings where the cache holds them for this very corpus. Without a cache, every draft is
// analysed. What a run learns is kept by `remember`.

import { statSync } from 'node:fs';
import { readBytes, toDraftError } from '../drafts/read.js';
import type { Finding } from '../engine/finding.js';
import type { Summaries } from '../engine/lint.js';
import type { Rule } from '../engine/rule.js';
import type { Spec } from '../spec/types.js';
import { type Analysis, analyseDraft, frontMatterKeysOf, keyedFieldsOf, type RarelyRead, rarelyReadOf, summaryFieldsOf } from './analyse-draft.js';
import { layOutBytes, leaveUnread, putBack, readUnread, type Summarised } from './byte-fields.js';
import { cachedCorpus, cachedEntry, cachedSummaries, cacheKeys, type Entry, hashOf, store, storeCorpus, sweep } from './cache.js';
import type { Task } from './pool.js';
import { Snapshot, type Snapshotted, type Stat } from './snapshot.js';

export interface AnalysisOptions {
  spec: Spec;
  rules: readonly Rule[];
  /** Every draft to analyse: the corpus and any named draft outside it. */
  files: readonly string[];
  /** The drafts whose findings are reported; the others are context for the corpus rules. */
  targets: ReadonlySet<string>;
  /** The teams a check is limited to, which decide the corpus findings as the targets do. */
  teams?: readonly string[];
  /** Threads that analyse drafts (1: none besides the main one). */
  jobs: number;
  /** Folder of the analysis cache (absolute); none: every draft is analysed. */
  cache?: string;
  /** The bytes of drafts to take as given rather than read from the disk (the git index, stdin), by file. */
  bytes?: ReadonlyMap<string, Uint8Array>;
  /** The given bytes are texts being edited: neither their analyses nor the corpus findings they lead to are stored. */
  transient?: boolean;
  /** Told of each draft analysed or found: a long run can show how far it is. */
  onProgress?: (done: number, total: number) => void;
}

export interface Analyses {
  /** Per file, in the order of `files`: its analysis, or why it could not be read or parsed. */
  analyses: Analysis[];
  /** The corpus rules' findings, where the cache holds them for these very drafts. */
  corpusFindings?: Finding[];
  /** Keeps the corpus rules' findings for the next run, and writes the snapshot anew once enough drafts changed. */
  remember(corpusFindings: readonly Finding[]): void;
}

/** What is known of one draft as the run goes: where it stands, and its analysis so far. */
interface Known {
  file: string;
  stat: Stat | undefined;
  /** Its cache entry's key ('' where there is none). */
  key: string;
  entry?: Entry;
  summaries?: Summaries | undefined;
  /** Its bytes, read to hash them, until it is analysed. */
  bytes?: Uint8Array | undefined;
}

/** What decides a run's entries besides onevoice's code: the spec (path and text) and the rules chosen. */
const settingOf = (specFile: string, specSource: string, rules: readonly Rule[]) => JSON.stringify([specFile, specSource, rules.map((r) => r.id)]);

/**
 * Whether a spec passed the schema with this code before: a snapshot of its setting is found,
 * which only a run that loaded the spec writes. A pre-commit check then does not validate it again.
 */
export const validatedBefore =
  (cache: string, rules: readonly Rule[]) =>
  (specFile: string, specSource: string): boolean =>
    Snapshot.exists(cache, cacheKeys(settingOf(specFile, specSource, rules)).run);

export async function analyseDrafts(options: AnalysisOptions): Promise<Analyses> {
  const { spec, rules, files, targets, cache } = options;
  let done = 0;
  const progress = () => options.onProgress?.(++done, files.length);
  const keys = cache === undefined ? undefined : cacheKeys(settingOf(spec.file, spec.source, rules));
  const snapshot = keys === undefined ? undefined : Snapshot.read(cache!, keys.run);
  const started = Date.now();
  const rarelyRead = rarelyReadOf(rules);
  const given = options.bytes;
  const read = (file: string) => given?.get(file) ?? readBytes(file);

  // The summaries the snapshot holds of a draft lack the rarely read fields: they are read from
  // the draft's entry when first read, or from the draft itself should the entry be gone (a cache
  // pruned by hand).
  const fromEntry = (file: string, key: string) => {
    let whole: Summaries | undefined;
    return (id: string, field: string) => ((whole ??= cachedSummaries(cache!, key) ?? analyseAgain(file, key))[id] as Record<string, unknown>)[field];
  };
  const fromSnapshot = (file: string, key: string, snapshotted: Omit<Snapshotted, 'key'>) => readOnDemand(snapshotted.summaries, rarelyRead, fromEntry(file, key));
  const analyseAgain = (file: string, key: string): Summaries => {
    const bytes = read(file);
    const analysis = 'failure' in bytes ? bytes : analyseDraft(spec, rules, file, bytes, false);
    if ('failure' in analysis) throw toDraftError(analysis, file);
    store(cache!, key, analysis);
    return analysis.summaries ?? {};
  };

  // A draft the snapshot holds unchanged (same size and time) is not read at all; drafts that are
  // only context for the corpus rules need no findings of their own. A draft whose bytes are given
  // is not the file on disk: the snapshot, which knows files by size and time, never holds it.
  const lookUp = (file: string): Known => {
    const found = given?.has(file) ? undefined : statSync(file, { throwIfNoEntry: false });
    const stat = found && { size: found.size, mtimeMs: found.mtimeMs };
    const known = stat && snapshot?.keyOf(file, stat);
    if (known !== undefined) {
      const snapshotted = targets.has(file) ? undefined : snapshot!.draft(file, known);
      if (snapshotted) return { file, stat, key: known, entry: { info: snapshotted.info }, summaries: fromSnapshot(file, known, snapshotted) };
      const entry = cachedEntry(cache!, known, file, targets.has(file));
      if (entry) return { file, stat, key: known, entry };
    }
    const bytes = read(file);
    if ('failure' in bytes) return { file, stat, key: '', entry: bytes };
    if (keys === undefined) return { file, stat, key: '', bytes };
    const key = keys.of(file, bytes);
    const entry = cachedEntry(cache!, key, file, targets.has(file));
    return entry ? { file, stat, key, entry } : { file, stat, key, bytes };
  };
  const drafts = files.map(lookUp);

  // One slot per choice of drafts to check, holding the corpus findings of the last such run.
  const slot = hashOf([keys?.run ?? '', ...(options.teams ?? []), '', ...targets]);
  const corpusKey = keys === undefined ? undefined : hashOf(drafts.map((d) => d.key));
  const corpusFindings = corpusKey === undefined ? undefined : cachedCorpus(cache!, slot, corpusKey);

  // A draft whose entry was found needs its summaries only where the corpus is compared anew.
  const summariesOf = ({ file, key }: Known) => {
    const snapshotted = snapshot?.draft(file, key);
    if (snapshotted) return fromSnapshot(file, key, snapshotted);
    const cached = cachedSummaries(cache!, key);
    return cached && readOnDemand(cached, rarelyRead);
  };
  const tasks: Task[] = [];
  const analysed: Known[] = [];
  for (const draft of drafts) {
    if (draft.entry && ('failure' in draft.entry || corpusFindings || (draft.summaries ??= summariesOf(draft)))) {
      progress();
      continue;
    }
    // From here the task holds the bytes, and lets them go once the draft is analysed.
    const bytes = draft.bytes ?? read(draft.file);
    draft.bytes = undefined;
    if ('failure' in bytes) {
      draft.entry = bytes;
      progress();
      continue;
    }
    const kept = keys !== undefined && !(options.transient && given?.has(draft.file));
    tasks.push({ file: draft.file, bytes, withFindings: targets.has(draft.file), ...(kept ? { key: draft.key } : {}) });
    analysed.push(draft);
  }
  if (tasks.length > 0) {
    // The parser and the text layer load only when some draft needs them: a warm run never does.
    const { analyseAll } = await import('./pool.js');
    const results = await analyseAll(tasks, { spec, rules, jobs: options.jobs, ...(cache === undefined ? {} : { cache }), onDone: progress });
    results.forEach((analysis, i) => {
      const draft = analysed[i]!;
      if ('failure' in analysis) {
        draft.entry = analysis;
        return;
      }
      const { summaries, ...entry } = analysis;
      draft.entry = entry;
      draft.summaries = summaries && readOnDemand(summaries, rarelyRead);
    });
  }

  // The corpus is compared anew: its rules take their byte fields as one buffer, laid out in draft
  // order; of a check of a few drafts, only those of the drafts that share a key with them.
  const fieldFromEntry = (draft: Summarised, id: string, field: string) => fromEntry(draft.file, draft.key)(id, field);
  if (!corpusFindings) {
    leaveUnread(drafts, targets, keyedFieldsOf(rules), snapshot);
    layOutBytes(drafts, summaryFieldsOf(rules, 'bytes'), snapshot, fieldFromEntry);
  }
  return {
    analyses: drafts.map(({ entry, summaries }) => ('failure' in entry! || !summaries ? entry! : { ...entry!, summaries })),
    ...(corpusFindings ? { corpusFindings } : {}),
    remember(findings) {
      if (keys === undefined) return;
      if (!options.transient) storeCorpus(cache!, slot, corpusKey!, findings);
      // What the snapshot would hold of each draft now, by file.
      const current = new Map<string, Stat & Snapshotted>();
      for (const { file, stat, key, entry, summaries } of drafts)
        if (summaries && stat && !('failure' in entry!)) current.set(file, { size: stat.size, mtimeMs: stat.mtimeMs, key, info: entry!.info, summaries });
      // A new snapshot is written when many drafts changed (or the spec or onevoice did): then the
      // entries and snapshots no run is likely to read again are deleted.
      // Fields left unread are read should the snapshot be written anew, and put back as they were otherwise.
      const fields = { rarelyRead, bytes: summaryFieldsOf(rules, 'bytes'), keyed: keyedFieldsOf(rules), frontMatterKeys: frontMatterKeysOf(rules) };
      if (Snapshot.renew(cache!, keys.run, snapshot, started, current, fields, () => readUnread(snapshot, fieldFromEntry))) sweep(cache!, Snapshot.keep(cache!, keys.run));
      else putBack();
    },
  };
}

const onDemand = new WeakSet<Summaries>();

/**
 * The rarely read fields of `summaries`, which the pipeline carries as JSON text (see
 * `analyseDraft`), parsed when first read; where a field is missing (a snapshot leaves them out),
 * its text comes from `missing`.
 */
function readOnDemand(summaries: Summaries, rarelyRead: RarelyRead, missing?: (id: string, field: string) => unknown): Summaries {
  // A snapshot read once serves several runs of one process: its summaries are made readable once.
  if (onDemand.has(summaries)) return summaries;
  onDemand.add(summaries);
  for (const [id, fields] of rarelyRead) {
    const summary = summaries[id];
    if (typeof summary !== 'object' || summary === null) continue;
    for (const field of fields) {
      const packed = (summary as Record<string, unknown>)[field];
      if (packed === undefined && !missing) continue;
      Object.defineProperty(summary, field, {
        configurable: true,
        get: () => {
          const value: unknown = JSON.parse((packed ?? missing!(id, field)) as string);
          Object.defineProperty(summary, field, { value, configurable: true, enumerable: true, writable: true });
          return value;
        },
      });
    }
  }
  return summaries;
}
