// The outer layer of `onevoice check`: spec, files and drafts in, findings out.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import picomatch from 'picomatch';
import { corpusFiles, corpusFrom, filesFromPatterns, ignoredBySpec, leftOutByDiscovery, relativeTo, toPosix } from './drafts/discover.js';
import { unreadableDraft } from './drafts/unreadable.js';
import type { Draft, DraftInfo, DraftSource } from './drafts/types.js';
import { compareFindings, type Finding } from './engine/finding.js';
import { analyse, type DraftAnalysis, lintCorpus } from './engine/lint.js';
import type { Rule } from './engine/rule.js';
import { analyseDrafts, validatedBefore } from './pipeline/analyse-drafts.js';
import { DraftError, SpecError, UsageError } from './errors.js';
import { ruleIds } from './rules/index.js';
import { loadMdxFor } from './markdown/mdx.js';
import { findSpec, loadSpec, parseSpec, type SpecChecks } from './spec/load.js';
import { didYouMean } from './util/closest.js';
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
  /** Drafts as the git index or stdin has them, rather than the disk. */
  source?: DraftSource;
}

export interface CheckOptions extends CorpusOptions {
  rules: readonly Rule[];
  /** Told of each draft analysed: a long run can show how far it is. */
  onProgress?: (done: number, total: number) => void;
  /** Threads that analyse drafts (1: none besides the main one). */
  jobs?: number;
  /** Folder of the analysis cache (absolute); none: every draft is analysed. */
  cache?: string;
}

export interface Corpus {
  spec: Spec;
  /** Every draft that could be read: the whole corpus plus any named draft outside it. */
  drafts: Draft[];
  /** The drafts whose findings are reported. */
  checked: Draft[];
  /** Named drafts that could not be read or parsed; every other draft was still read. */
  draftErrors: DraftError[];
  /** Named paths that do not exist or cannot be opened. */
  pathErrors: DraftError[];
}

export interface CheckResult {
  spec: Spec;
  /** The drafts whose findings are reported, those that could not be read among them. */
  checked: DraftInfo[];
  /** Named paths that do not exist or cannot be opened (no draft to report on); drafts that cannot be read or parsed are `parse` findings. */
  draftErrors: DraftError[];
  findings: Finding[];
  /** Spec entries whose paths match no draft of the corpus (a warning each, once per run); none when the corpus is empty. */
  warnings: SpecError[];
}

export function defaultJobs(): number {
  return availableParallelism();
}

/** The spec named or found on disk; as `given` holds it (the index, for --staged), where it does. */
function resolveSpec(cwd: string, specOption: string | undefined, given: ReadonlyMap<string, Uint8Array> | undefined, checks: SpecChecks): Spec {
  const found = specOption !== undefined ? path.resolve(cwd, specOption) : findSpec(cwd);
  if (!found) throw new SpecError('spec-not-found', `no onevoice.yaml, onevoice.yml or .onevoice.yaml in ${cwd} or any parent folder; pass --spec <file> or run \`onevoice init\``);
  const text = given?.get(found);
  return text ? parseSpec(Buffer.from(text).toString('utf8'), found, ruleIds, checks) : loadSpec(found, ruleIds, checks);
}

interface Selection {
  spec: Spec;
  /** Every draft to read: the corpus, for the cross-draft rules, and the named drafts. */
  files: string[];
  /** The drafts named (all of the corpus when none are). */
  targets: Set<string>;
  /** Named paths that could not be read. */
  unreadable: DraftError[];
  /** The corpus: every draft under the spec's folder (or as the index has it); undefined where it was not needed, so not read. */
  corpus: string[] | undefined;
}

/**
 * The options that check `text` as the draft at `file` (absolute), against the corpus on disk:
 * what `--stdin --stdin-filename` does, and what the library's `checkText`, the remark plugin and
 * the language server do. An editor's text is `transient`: changed on every keystroke, it is not
 * worth a cache entry.
 */
export function asDraft(file: string, text: Uint8Array, transient = false): Required<Pick<CorpusOptions, 'files' | 'source'>> {
  return { files: [file], source: { bytes: new Map([[file, text]]), ...(transient ? { transient: true as const } : {}) } };
}

/** Reads the corpus only where it is needed: the drafts are not named, or a corpus rule compares them. */
async function select(options: CorpusOptions, cache?: string, rules?: readonly Rule[]): Promise<Selection> {
  const corpusRules = !rules || rules.some((rule) => rule.scope === 'corpus');
  const spec = resolveSpec(options.cwd, options.spec, options.source?.bytes, cache !== undefined && rules ? { validated: validatedBefore(cache, rules) } : {});
  for (const team of options.teams ?? []) {
    if (!spec.teams.has(team))
      throw new UsageError(`unknown team "${team}" in --team${didYouMean(team, spec.teams.keys()) || `; the spec declares ${[...spec.teams.keys()].join(', ') || 'no teams'}`}`);
  }
  const { source } = options;
  // Drafts named one by one for the per-draft rules alone (an editor, a remark plugin) need no walk of the repo.
  const corpus = source?.corpus ? corpusFrom(spec, source.corpus) : !corpusRules && options.files ? undefined : await corpusFiles(spec, cache);
  let targets = corpus ?? [];
  let unreadable: DraftError[] = [];
  if (options.files || options.patterns.length > 0) {
    const ignored = ignoredBySpec(spec);
    // Drafts git names (staged, changed) are left out as discovery leaves them out: a README is no draft.
    const leftOut = leftOutByDiscovery(spec);
    const named = (options.files ?? []).filter((file) => (source?.bytes.has(file) || existsSync(file)) && !ignored(file) && !leftOut(file));
    const matched = options.patterns.length > 0 ? await filesFromPatterns(options.patterns, options.cwd, spec) : { files: [], unreadable: [] };
    targets = [...new Set([...named, ...matched.files])].sort();
    unreadable = matched.unreadable;
  }
  // Cross-draft rules see the whole corpus, also drafts outside the spec's folder named explicitly.
  return { spec, files: [...new Set([...(corpus ?? []), ...targets])].sort(), targets: new Set(targets), unreadable, corpus };
}

const inTeams = (teams: string[] | undefined) => (draft: { team?: string; ignored?: true }) => !draft.ignored && (!teams || (draft.team !== undefined && teams.includes(draft.team)));

/** Every draft read and parsed whole: for commands that need their text (coverage). */
export async function loadCorpus(options: CorpusOptions): Promise<Corpus> {
  const { spec, files, targets, unreadable } = await select(options);
  const { loadDrafts } = await import('./drafts/load.js');
  await loadMdxFor(files);
  const loaded = loadDrafts(spec, files, options.source?.bytes);
  const { errors } = loaded;
  const drafts = loaded.drafts.filter((d) => !d.ignored);
  const checked = drafts.filter((d) => targets.has(d.file) && inTeams(options.teams)(d));
  return { spec, drafts, checked, pathErrors: unreadable, draftErrors: errors.filter((e) => e.file !== undefined && targets.has(e.file)) };
}

/**
 * Each draft is analysed alone (parsed, its draft rules run, summarized for the corpus rules),
 * through the cache and on worker threads; then the corpus rules compare the summaries, unless the
 * cache holds their findings for this very corpus.
 */
export async function check(options: CheckOptions): Promise<CheckResult> {
  const { rules } = options;
  const corpusRules = rules.some((rule) => rule.scope === 'corpus');
  const selection = await select(options, options.cache, rules);
  const { spec, targets, unreadable, corpus: corpusDrafts } = selection;
  // Without a corpus rule, no other draft's analysis is of any use.
  const files = corpusRules ? selection.files : selection.files.filter((file) => targets.has(file));
  // Any draft of these may be parsed: the changed ones, and one whose cache entry is gone.
  await loadMdxFor(files);
  const { analyses, corpusFindings, remember } = await analyseDrafts({
    spec,
    rules,
    files,
    targets,
    jobs: options.jobs ?? 1,
    ...(options.source ? { bytes: options.source.bytes, ...(options.source.transient ? { transient: true } : {}) } : {}),
    ...(options.teams ? { teams: options.teams } : {}),
    ...(options.cache === undefined ? {} : { cache: options.cache }),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });

  const drafts: DraftAnalysis[] = [];
  analyses.forEach((analysis, index) => {
    if (!('failure' in analysis)) drafts.push(analysis);
    // A draft that cannot be read or parsed is a `parse` finding at its problem's place; it is no part of the corpus.
    else if (targets.has(files[index]!)) drafts.push(analyse(spec, unreadableDraft(spec, files[index]!, analysis.failure), rules, true));
  });
  const checked = drafts.filter((d) => targets.has(d.info.file) && inTeams(options.teams)(d.info));

  let corpus = corpusFindings;
  if (!corpus) {
    // Without the corpus findings at hand, every draft's analysis came with its summaries.
    corpus = lintCorpus(spec, drafts, new Set(checked.map((d) => d.info.file)), rules);
    remember(corpus);
  }
  const findings = [...checked.flatMap((d) => d.findings ?? []), ...corpus].sort(compareFindings);
  return { spec, checked: checked.map((d) => d.info), draftErrors: unreadable, findings, warnings: corpusDrafts ? unmatchedPaths(spec, selection.files) : [] };
}

/**
 * Team, channel and language paths and `include` globs that match no draft of the corpus (or
 * named draft): their rules and settings would silently hold nowhere. Said once per run, and not
 * of an empty corpus (a repo set up before its first draft).
 */
export function unmatchedPaths(spec: Spec, corpus: readonly string[]): SpecError[] {
  if (corpus.length === 0) return [];
  const relative = relativeTo(spec.root);
  const specPaths = corpus.map((file) => toPosix(relative(file)));
  return (spec.pathGlobs ?? [])
    .filter(({ paths }) => {
      const matches = picomatch(paths, { dot: true });
      return !specPaths.some((file) => matches(file));
    })
    .map(({ message, position }) => new SpecError('spec-unmatched', `warning: ${message}`, spec.file, position));
}
