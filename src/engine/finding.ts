// A finding as formatters see it, and the order every report uses.

import type { Severity } from '../spec/types.js';

export interface RelatedLocation {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface Fix {
  text: string;
  /** Source offsets (after any byte-order mark) of the span the text replaces. */
  range: [number, number];
}

/** A sentence of a draft as its source writes it (on one line), and the offsets of the flagged part in it. */
export interface QuotedSentence {
  text: string;
  mark: [number, number];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  messageId: string;
  message: string;
  /** Absolute path of the draft, or of the spec for findings about a spec entry. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  team?: string;
  ref?: string;
  related?: RelatedLocation[];
  fix?: Fix;
  /** The flagged text of the draft, where the finding spans some: what a baseline recognises it by. */
  excerpt?: string;
  /** The sentence the flagged text stands in, for reports that quote it; findings of no prose span have none. */
  sentence?: QuotedSentence;
}

export interface FindingCounts {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * What recognises a finding across edits that move it: the flagged text, or the message where it
 * flags none. Baselines and SARIF fingerprints both key on it, never on the line.
 */
export function identifyingText(finding: Finding): string {
  return finding.excerpt ?? finding.message;
}

/** Findings in report order: by file (as `path` shows it), line, column, rule, message. */
export function findingOrder(path: (file: string) => string = (file) => file): (a: Finding, b: Finding) => number {
  return (a, b) => {
    const [fileA, fileB] = [path(a.file), path(b.file)];
    return (fileA < fileB ? -1 : fileA > fileB ? 1 : 0) || compareAt(a, b);
  };
}

export function compareFindings(a: Finding, b: Finding): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || compareAt(a, b);
}

function compareAt(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

export function summarise(findings: readonly Finding[], files: number): FindingCounts {
  const summary: FindingCounts = { files, errors: 0, warnings: 0, infos: 0 };
  for (const finding of findings) {
    if (finding.severity === 'error') summary.errors++;
    else if (finding.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
  return summary;
}
