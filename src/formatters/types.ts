// What every formatter receives: findings with display paths, and how to render them.

import type { Finding, FindingCounts } from '../engine/finding.js';

export interface Report {
  /** The spec's path as displayed (relative to the working directory). */
  spec: string;
  summary: FindingCounts;
  /** Display paths of the checked drafts, findings or not (so reports can list the clean ones). */
  files: string[];
  /** Findings whose `file` and related files are display paths, sorted. */
  findings: Finding[];
}

export interface FormatOptions {
  color: boolean;
}

export type Formatter = (report: Report, options: FormatOptions) => string;

/** A report as text in pieces: a large report is written as it is made, never held whole. */
export type PiecewiseFormatter = (report: Report, options: FormatOptions) => Iterable<string>;
