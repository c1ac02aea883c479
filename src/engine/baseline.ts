// Baselines: the findings a team has accepted for now, recognised by rule, file and flagged text,
// so that a finding keeps its place in the baseline when lines are added above it.

import { identifyingText, type Finding } from './finding.js';

export interface BaselineEntry {
  rule: string;
  file: string;
  /** The flagged text, or the message where a finding flags no text (a missing message, say). */
  text: string;
  count: number;
}

export interface Baseline {
  tool: 'onevoice';
  version: 1;
  findings: BaselineEntry[];
}

const keyOf = (rule: string, file: string, text: string) => JSON.stringify([rule, file, text]);

/** A baseline of `findings`, naming drafts by the paths the report shows (`displayPath`), so that it holds on every clone. */
export function makeBaseline(findings: readonly Finding[], displayPath: (file: string) => string): Baseline {
  const counts = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    const file = displayPath(finding.file);
    const key = keyOf(finding.ruleId, file, identifyingText(finding));
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { rule: finding.ruleId, file, text: identifyingText(finding), count: 1 });
  }
  return { tool: 'onevoice', version: 1, findings: [...counts.values()] };
}

/** The findings that the baseline does not hold; each baseline entry absorbs up to `count` findings. */
export function outsideBaseline(findings: readonly Finding[], baseline: Baseline, displayPath: (file: string) => string): Finding[] {
  const left = new Map(baseline.findings.map((e) => [keyOf(e.rule, e.file, e.text), e.count]));
  return findings.filter((finding) => {
    const key = keyOf(finding.ruleId, displayPath(finding.file), identifyingText(finding));
    const remaining = left.get(key) ?? 0;
    if (remaining === 0) return true;
    left.set(key, remaining - 1);
    return false;
  });
}

/** Reads a baseline file's parsed JSON, or says what is wrong with it. */
export function readBaseline(data: unknown): Baseline | string {
  const candidate = data as Partial<Baseline> | null;
  if (!candidate || candidate.tool !== 'onevoice' || candidate.version !== 1 || !Array.isArray(candidate.findings)) return 'not an onevoice baseline (version 1)';
  const valid = candidate.findings.every((e) => e && typeof e.rule === 'string' && typeof e.file === 'string' && typeof e.text === 'string' && Number.isInteger(e.count) && e.count > 0);
  return valid ? (candidate as Baseline) : 'a baseline entry lacks rule, file, text or a positive count';
}
