// The outer layer of `onevoice check`: spec, files and drafts in, findings out.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadDrafts } from './drafts/load.js';
import { corpusFiles, filesFromPatterns, ignoredBySpec } from './drafts/discover.js';
import type { Draft } from './drafts/types.js';
import type { Finding } from './engine/finding.js';
import { lint } from './engine/lint.js';
import type { Rule } from './engine/rule.js';
import { DraftError, SpecError, UsageError } from './errors.js';
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
  /** Told of each draft read: a long run can show how far it is. */
  onProgress?: (done: number, total: number) => void;
  /** Threads that read and parse drafts (1: none besides the main one). */
  jobs?: number;
  /** Folder of the parse cache (absolute); none: every draft is parsed. */
  cache?: string;
}

export interface CheckOptions extends CorpusOptions {
  rules: readonly Rule[];
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

export interface CheckResult extends Corpus {
  findings: Finding[];
}

function resolveSpec(cwd: string, specOption: string | undefined): Spec {
  if (specOption !== undefined) return loadSpec(path.resolve(cwd, specOption));
  const found = findSpec(cwd);
  if (!found) throw new SpecError('spec-not-found', `no onevoice.yaml, onevoice.yml or .onevoice.yaml in ${cwd} or any parent folder; pass --spec <file> or run \`onevoice init\``);
  return loadSpec(found);
}

export async function loadCorpus(options: CorpusOptions): Promise<Corpus> {
  const spec = resolveSpec(options.cwd, options.spec);
  for (const team of options.teams ?? []) {
    if (!spec.teams.has(team)) throw new UsageError(`unknown team "${team}" in --team; the spec declares ${[...spec.teams.keys()].join(', ') || 'no teams'}`);
  }
  const corpus = await corpusFiles(spec);
  let targets = corpus;
  let unreadable: DraftError[] = [];
  if (options.files || options.patterns.length > 0) {
    const ignored = ignoredBySpec(spec);
    const named = (options.files ?? []).filter((file) => existsSync(file) && !ignored(file));
    const matched = options.patterns.length > 0 ? await filesFromPatterns(options.patterns, options.cwd, spec) : { files: [], unreadable: [] };
    targets = [...new Set([...named, ...matched.files])].sort();
    unreadable = matched.unreadable;
  } else if (targets.length === 0) {
    throw new UsageError("no drafts (.md, .markdown, .mdx) under the spec's folder", spec.root);
  }

  // Cross-draft rules see the whole corpus, also drafts outside the spec's folder named explicitly.
  const files = [...new Set([...corpus, ...targets])].sort();
  const { drafts, errors } = await loadDrafts(spec, files, {
    jobs: options.jobs ?? 1,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
  });
  const targetSet = new Set(targets);
  const checked = drafts.filter((d) => targetSet.has(d.file) && (!options.teams || (d.team !== undefined && options.teams.includes(d.team))));
  return { spec, drafts, checked, draftErrors: [...unreadable, ...errors.filter((e) => e.file !== undefined && targetSet.has(e.file))] };
}

export async function check(options: CheckOptions): Promise<CheckResult> {
  const corpus = await loadCorpus(options);
  const findings = lint({ spec: corpus.spec, corpus: corpus.drafts, checked: new Set(corpus.checked.map((d) => d.file)), rules: options.rules });
  return { ...corpus, findings };
}
