// The linter core: runs draft rules on each checked draft, takes each corpus rule's summary of
// every draft, then runs corpus rules on the summaries; stamps rule id, severity and position on
// every report, applies suppressions. No file system. The per-draft steps run where the draft is
// parsed (a worker thread, maybe) and their results are cached; only the corpus step needs all.

import { type Draft, type DraftInfo, infoOf } from '../drafts/types.js';
import type { Severity, Spec } from '../spec/types.js';
import { sourceOffset } from '../markdown/prose.js';
import { fixableRange } from '../markdown/fix-span.js';
import { offsetAt, positionAt } from '../markdown/positions.js';
import { compareFindings, type Finding, type RelatedLocation } from './finding.js';
import type { CorpusRule, DraftRule, Location, ReportDescriptor, Rule, Span, SummaryLocation } from './rule.js';
import { sentenceAround } from './sentence.js';
import { suppressor, type Suppressed } from './suppress.js';
import { inForce } from '../drafts/select.js';

const EXCERPT = 200;

function interpolate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/** Line, column and source offsets of a location in a draft, with the text it spans. */
function resolve(draft: Draft, at: Location): Span {
  if ('span' in at) return at.span;
  if ('spec' in at) return { start: at.spec, end: at.spec };
  if ('line' in at) {
    const offset = offsetAt(draft.lineStarts, at.line, at.column);
    return { start: { line: at.line, column: at.column }, end: { line: at.line, column: at.column }, range: [offset, offset] };
  }
  const [from, to] = 'block' in at ? [sourceOffset(at.block, at.start), sourceOffset(at.block, at.end, true)] : [at.offset, at.end];
  const sentence = 'block' in at ? sentenceAround(draft.source, at.block, draft.lang, at.start, at.end) : undefined;
  return {
    start: positionAt(draft.lineStarts, from),
    end: positionAt(draft.lineStarts, to),
    range: [from, to],
    ...(to > from ? { excerpt: draft.source.slice(from, Math.min(to, from + EXCERPT)) } : {}),
    ...(sentence === undefined ? {} : { sentence }),
  };
}

/** Locations a corpus rule reports at are resolved already, or need no text. */
function resolveWithoutText(at: SummaryLocation): Span {
  if ('span' in at) return at.span;
  if ('spec' in at) return { start: at.spec, end: at.spec };
  return { start: { line: at.line, column: at.column }, end: { line: at.line, column: at.column } };
}

function severityOf(rule: Rule, spec: Spec, entrySeverity?: Severity): Severity | 'off' {
  const configured = spec.rules[rule.id as keyof Spec['rules']];
  if (configured === 'off') return 'off';
  return entrySeverity ?? configured ?? rule.defaultSeverity;
}

const isOn = (spec: Spec) => (rule: Rule) => spec.rules[rule.id as keyof Spec['rules']] !== 'off';

/** Whether the rule holds the draft to it, by the dates of `rules: { id: { since, until } }`. */
function holds(spec: Spec, rule: Rule, draft: DraftInfo): boolean {
  const dates = spec.ruleDates[rule.id];
  return dates === undefined || inForce(dates, draft);
}

/**
 * Turns reports into findings: severity, suppression, message, position. `locate` resolves a
 * location of the draft reported on (or of a related one).
 */
function findingsOf<D extends DraftInfo, L>(
  spec: Spec,
  rule: Rule,
  locate: (draft: D, at: L) => Span,
  findings: Finding[],
  fixable: (draft: D, at: L, text: string) => [number, number] | undefined = () => undefined,
) {
  const suppressions = new Map<D, Suppressed>();
  const suppressed = (draft: D, line: number) => {
    let isSuppressed = suppressions.get(draft);
    if (!isSuppressed) suppressions.set(draft, (isSuppressed = suppressor(draft.directives)));
    return isSuppressed(rule.id, line);
  };
  return (draft: D | undefined, descriptor: ReportDescriptor<D, L>) => {
    const severity = severityOf(rule, spec, descriptor.severity ?? descriptor.entry?.severity);
    if (severity === 'off') return;
    const at = descriptor.at as L | { spec: { line: number; column: number } };
    const span = draft ? locate(draft, at as L) : resolveWithoutText(at as SummaryLocation);
    if (draft && !rule.reportsProblems && suppressed(draft, span.start.line)) return;
    const ref = descriptor.ref ?? descriptor.entry?.ref;
    const template = rule.messages[descriptor.messageId];
    if (template === undefined) throw new Error(`rule ${rule.id} has no message ${descriptor.messageId}`);
    // A fix replaces words of one text node and nothing else: where it would reach further, the finding has none.
    const range = draft && descriptor.fix !== undefined ? fixable(draft, at as L, descriptor.fix) : undefined;
    const fix = range && descriptor.fix !== undefined ? { text: descriptor.fix, range } : undefined;
    const related: RelatedLocation[] | undefined = descriptor.related?.map((r) => {
      const { start } = locate(r.draft, r.at);
      return { file: r.draft.file, line: start.line, column: start.column, message: r.message };
    });
    findings.push({
      ruleId: rule.id,
      severity,
      messageId: descriptor.messageId,
      message: interpolate(template, descriptor.data),
      file: draft?.file ?? spec.file,
      line: span.start.line,
      column: span.start.column,
      endLine: span.end.line,
      endColumn: span.end.column,
      ...(draft?.team === undefined ? {} : { team: draft.team }),
      ...(ref === undefined ? {} : { ref }),
      ...(related && related.length > 0 ? { related } : {}),
      ...(fix === undefined ? {} : { fix }),
      ...(span.excerpt === undefined ? {} : { excerpt: span.excerpt }),
      ...(span.sentence === undefined ? {} : { sentence: span.sentence }),
    });
  };
}

/** Where in the draft a fix at a location may write: only in prose, within one text node. */
function fixIn(draft: Draft, at: Location, text: string): [number, number] | undefined {
  return 'block' in at ? fixableRange(draft.source, at.block, at.start, at.end, text) : undefined;
}

/** The findings of the draft rules on one draft, unsorted. */
export function lintDraft(spec: Spec, draft: Draft, rules: readonly Rule[]): Finding[] {
  const findings: Finding[] = [];
  if (draft.ignored) return findings;
  for (const rule of rules.filter(isOn(spec))) {
    // A draft that could not be read is its problem's rule's alone; that rule has nothing to say of the others.
    if (rule.scope !== 'draft' || !holds(spec, rule, draft) || (draft.problem === undefined) === (rule.reportsProblems === true)) continue;
    const report = findingsOf<Draft, Location>(spec, rule, resolve, findings, fixIn);
    (rule as DraftRule).check({ spec, draft, report: (descriptor) => report(draft, descriptor) });
  }
  return findings;
}

/** Each corpus rule's summary of one draft, by rule id. */
function summarize(spec: Spec, draft: Draft, rules: readonly Rule[]): Summaries {
  const summaries: Summaries = {};
  if (draft.ignored || draft.problem) return summaries;
  const locate = (at: Location) => resolve(draft, at);
  for (const rule of rules.filter(isOn(spec))) if (rule.scope === 'corpus') summaries[rule.id] = rule.summarize({ spec, draft, locate });
  return summaries;
}

/** Each corpus rule's summary of a draft, by rule id. */
export type Summaries = Record<string, unknown>;

/**
 * What linting yields of one draft, and all the corpus step needs of it: plain data, so that it
 * can cross from a worker thread and be cached, while the draft's text is dropped.
 */
export interface DraftAnalysis {
  info: DraftInfo;
  /** Left out where the corpus rules' findings are known already (a cache holds them). */
  summaries?: Summaries;
  /** The draft rules' findings; left out for a draft that is only context for the corpus rules. */
  findings?: Finding[];
}

/** One draft's analysis: its corpus summaries, and its draft findings where they are wanted. */
export function analyse(spec: Spec, draft: Draft, rules: readonly Rule[], withFindings: boolean): DraftAnalysis {
  return { info: infoOf(draft), summaries: summarize(spec, draft, rules), ...(withFindings ? { findings: lintDraft(spec, draft, rules) } : {}) };
}

/** The findings of the corpus rules over every draft's summaries, unsorted. Each draft's analysis needs its `summaries` here. */
export function lintCorpus(spec: Spec, analyses: readonly DraftAnalysis[], checked: ReadonlySet<string>, rules: readonly Rule[]): Finding[] {
  const findings: Finding[] = [];
  // Drafts the spec's `ignore` selects, and drafts that could not be read, are no part of the corpus: nothing is compared with them.
  const corpus = analyses.some((a) => a.info.ignored || a.info.problem) ? analyses.filter((a) => !a.info.ignored && !a.info.problem) : analyses;
  for (const rule of rules.filter(isOn(spec))) {
    if (rule.scope !== 'corpus') continue;
    const report = findingsOf<DraftInfo, SummaryLocation>(spec, rule, (_draft, at) => resolveWithoutText(at), findings);
    (rule as CorpusRule).check({
      spec,
      drafts: corpus.map(({ info, summaries }) => ({ draft: info, summary: summaries?.[rule.id] })),
      isChecked: (draft) => checked.has(draft.file),
      // A draft a rule does not hold by date is still compared with, but not reported on.
      report: (draft, descriptor) => {
        if (!draft || (checked.has(draft.file) && holds(spec, rule, draft))) report(draft, descriptor);
      },
    });
  }
  return findings;
}

export interface LintInput {
  spec: Spec;
  /** Every draft under the spec's folder; cross-draft rules see all of them. */
  corpus: readonly Draft[];
  /** Files (absolute) whose findings are reported. */
  checked: ReadonlySet<string>;
  rules: readonly Rule[];
}

/** Every step on drafts at hand, in one go: what tests and the library use. */
export function lint({ spec, corpus, checked, rules }: LintInput): Finding[] {
  const findings = corpus.filter((draft) => checked.has(draft.file)).flatMap((draft) => lintDraft(spec, draft, rules));
  const summarized = corpus.map((draft) => ({ info: infoOf(draft), summaries: summarize(spec, draft, rules) }));
  return [...findings, ...lintCorpus(spec, summarized, checked, rules)].sort(compareFindings);
}
