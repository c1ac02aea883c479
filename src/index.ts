// onevoice as a library: check a content repo, or lint drafts at hand, against a core-message spec.
// What the command line does, without its I/O: the CLI (src/cli) is one client of this API.

import path from 'node:path';
import { asDraft, check as checkCorpus, type CheckOptions as CorpusCheckOptions, type CheckResult } from './check.js';
import { draftOrProblem } from './drafts/load.js';
import { loadMdx } from './markdown/mdx.js';
import type { Finding } from './engine/finding.js';
import { lint as lintDrafts } from './engine/lint.js';
import type { Rule } from './engine/rule.js';
import { ruleIds, rules } from './rules/index.js';
import { loadSpec as loadSpecFile, parseSpec as parseSpecText } from './spec/load.js';
import type { Spec } from './spec/types.js';
import { UsageError } from './errors.js';
import { formatters } from './formatters/index.js';
import type { FormatOptions, Report } from './formatters/types.js';
import { endRun } from './util/memo.js';

// `lint` and `applyFixes` parse drafts at hand, any of which may be MDX.
await loadMdx();

export type { CheckResult } from './check.js';
export type { Draft, DraftInfo } from './drafts/types.js';
export type { Finding, Fix, RelatedLocation, FindingCounts } from './engine/finding.js';
export { compareFindings, summarise } from './engine/finding.js';
export type { CorpusContext, CorpusRule, DraftContext, DraftRule, Rule } from './engine/rule.js';
export { DraftError, SpecError, UsageError, formatUserError, isUserError, type UserError } from './errors.js';
export { applyFixes, type Replacement } from './fix.js';
export { formatters };
export type { Formatter, FormatOptions, PiecewiseFormatter, Report } from './formatters/types.js';
export { findRule, ruleIds, rules } from './rules/index.js';
export { findSpec } from './spec/load.js';
export type { Lang, Severity, Spec } from './spec/types.js';
export { VERSION } from './version.js';

/** Reads and validates a spec file against the rules onevoice has. */
export function loadSpec(file: string): Spec {
  return loadSpecFile(file, ruleIds);
}

/** A spec from YAML text; `file` names it in errors, and its folder is the root drafts are found under. */
export function parseSpec(source: string, file: string): Spec {
  return parseSpecText(source, path.resolve(file), ruleIds);
}

export interface CheckOptions extends Omit<CorpusCheckOptions, 'rules' | 'patterns'> {
  /** Files, folders and globs to check; none: every draft under the spec's folder. */
  patterns?: string[];
  /** The rules to run; all of them when left out. */
  rules?: readonly Rule[];
}

/**
 * Checks the drafts of a content repo as `onevoice check` does: finds the spec (or takes
 * `options.spec`), reads the drafts, runs the rules on each and across all of them. Findings name
 * drafts by absolute path.
 */
export async function check(options: CheckOptions): Promise<CheckResult> {
  try {
    return await checkCorpus({ ...options, patterns: options.patterns ?? [], rules: options.rules ?? rules });
  } finally {
    endRun();
  }
}

export interface CheckTextOptions {
  /** The draft's Markdown, as an editor or a build holds it. */
  text: string | Uint8Array;
  /** The path the text stands for (absolute, or relative to `cwd`): its team, channel and language follow from it, and the spec is found walking up from its folder. */
  file: string;
  cwd?: string;
  /** The spec file; otherwise the first onevoice.yaml (.yml, .onevoice.yaml) walking up from the draft's folder. */
  spec?: string;
  /** The rules to run; all of them when left out. Corpus rules compare the text with the drafts on disk. */
  rules?: readonly Rule[];
  /** Folder of the analysis cache (absolute); none: every draft the corpus rules need is analysed. */
  cache?: string;
}

/**
 * Checks one text as the draft at `file`, against the spec and the corpus on disk, as
 * `onevoice check --stdin --stdin-filename <file>` does. Findings name the draft by absolute path.
 */
export async function checkText({ text, file, cwd = process.cwd(), spec, rules: selected = rules, cache }: CheckTextOptions): Promise<CheckResult> {
  const draft = path.resolve(cwd, file);
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return check({
    cwd: path.dirname(draft),
    rules: selected,
    ...asDraft(draft, bytes),
    ...(spec === undefined ? {} : { spec: path.resolve(cwd, spec) }),
    ...(cache === undefined ? {} : { cache }),
  });
}

export interface LintOptions {
  spec: Spec;
  /** Drafts by path (relative to the spec's folder, or absolute) and their Markdown text. */
  drafts: Record<string, string>;
  /** Paths of the drafts whose findings are reported; all when left out. The others are context for the cross-draft rules. */
  checked?: string[];
  rules?: readonly Rule[];
}

/**
 * Lints drafts held in memory against a spec, every rule on each draft and across them; no file is
 * read. A draft that cannot be parsed (broken front matter) is a `parse` finding.
 */
export function lint({ spec, drafts, checked, rules: selected = rules }: LintOptions): Finding[] {
  const file = (name: string) => path.resolve(spec.root, name);
  try {
    const corpus = Object.entries(drafts).map(([name, text]) => draftOrProblem(spec, file(name), text));
    return lintDrafts({ spec, corpus, checked: new Set(checked ? checked.map(file) : corpus.map((d) => d.file)), rules: selected });
  } finally {
    endRun();
  }
}

/** A report in one of the formats of `onevoice check --format` (stylish, json, sarif, github, junit, html), as one string. */
export function format(name: string, report: Report, options: FormatOptions = { color: false }): string {
  const formatter = formatters[name];
  if (!formatter) throw new UsageError(`unknown format "${name}"; use one of ${Object.keys(formatters).join(', ')}`);
  const text = formatter(report, options);
  return typeof text === 'string' ? text : [...text].join('');
}
