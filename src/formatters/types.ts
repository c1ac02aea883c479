// What every formatter receives: findings with display paths, and how to render them.

import type { Finding, FindingCounts } from '../engine/finding.js';

export interface Report {
  /** The spec file, as an absolute path. */
  spec: string;
  summary: FindingCounts;
  /** The checked drafts, findings or not (so reports can list the clean ones), as absolute paths. */
  files: string[];
  /** Each checked draft's language and what named it (front matter, path, suffix, text, spec); the JSON report lists them. */
  drafts?: { file: string; lang: string; langSource: string }[];
  /** Findings as a check returns them (drafts named by absolute path), in the order shown. */
  findings: Finding[];
  /** The path a report shows for a file: relative to the working folder, with `/`. */
  displayPath(file: string): string;
}

export interface FormatOptions {
  color: boolean;
  /** The terminal's width, where the report goes to one: the stylish report wraps long messages to it. Undefined: no wrapping. */
  columns?: number;
}

export type Formatter = (report: Report, options: FormatOptions) => string;

/** A report as text in pieces: a large report is written as it is made, never held whole. */
export type PiecewiseFormatter = (report: Report, options: FormatOptions) => Iterable<string>;
