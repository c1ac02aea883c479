// The linter core: runs draft rules on the checked drafts and corpus rules on the whole corpus,
// stamps rule id, severity and position on every report, applies suppressions. No file system.

import type { Draft } from '../drafts/types.js';
import type { Severity, Spec } from '../spec/types.js';
import { sourceOffset } from '../text/prose.js';
import { offsetAt, positionAt, type Position } from '../text/positions.js';
import { compareFindings, type Finding, type RelatedLocation } from './finding.js';
import type { Location, ReportDescriptor, Rule } from './rule.js';
import { suppressor, type Suppressed } from './suppress.js';

export interface LintInput {
  spec: Spec;
  /** Every draft under the spec's folder; cross-draft rules see all of them. */
  corpus: readonly Draft[];
  /** Files (absolute) whose findings are reported. */
  checked: ReadonlySet<string>;
  rules: readonly Rule[];
}

function interpolate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

interface Span {
  start: Position;
  end: Position;
  range?: [number, number];
}

function locate(draft: Draft | undefined, at: Location): Span {
  if ('spec' in at) return { start: at.spec, end: at.spec };
  if (!draft) throw new Error('a draft location needs a draft');
  if ('line' in at) {
    const offset = offsetAt(draft.lineStarts, at.line, at.column);
    return { start: { line: at.line, column: at.column }, end: { line: at.line, column: at.column }, range: [offset, offset] };
  }
  const [from, to] = 'block' in at ? [sourceOffset(at.block, at.start), sourceOffset(at.block, at.end, true)] : [at.offset, at.end];
  return { start: positionAt(draft.lineStarts, from), end: positionAt(draft.lineStarts, to), range: [from, to] };
}

function severityOf(rule: Rule, spec: Spec, entrySeverity?: Severity): Severity | 'off' {
  const configured = spec.rules[rule.id as keyof Spec['rules']];
  if (configured === 'off') return 'off';
  return entrySeverity ?? configured ?? rule.defaultSeverity;
}

export function lint({ spec, corpus, checked, rules }: LintInput): Finding[] {
  const findings: Finding[] = [];
  const suppressions = new Map<Draft, Suppressed>();
  const suppressed = (draft: Draft, ruleId: string, line: number) => {
    let isSuppressed = suppressions.get(draft);
    if (!isSuppressed) suppressions.set(draft, (isSuppressed = suppressor(draft.directives)));
    return isSuppressed(ruleId, line);
  };

  const reporter = (rule: Rule) => (draft: Draft | undefined, descriptor: ReportDescriptor) => {
    const severity = severityOf(rule, spec, descriptor.severity);
    if (severity === 'off') return;
    if (draft && !checked.has(draft.file)) return;
    const span = locate(draft, descriptor.at);
    if (draft && suppressed(draft, rule.id, span.start.line)) return;
    const template = rule.messages[descriptor.messageId];
    if (template === undefined) throw new Error(`rule ${rule.id} has no message ${descriptor.messageId}`);
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
      ...(descriptor.ref === undefined ? {} : { ref: descriptor.ref }),
      ...(related && related.length > 0 ? { related } : {}),
      ...(descriptor.fix !== undefined && span.range ? { fix: { text: descriptor.fix, range: span.range } } : {}),
      ...(draft && span.range && span.range[1] > span.range[0] ? { excerpt: draft.source.slice(span.range[0], Math.min(span.range[1], span.range[0] + 200)) } : {}),
    });
  };

  for (const rule of rules) {
    if (spec.rules[rule.id as keyof Spec['rules']] === 'off') continue;
    const report = reporter(rule);
    if (rule.scope === 'draft') {
      for (const draft of corpus) {
        if (checked.has(draft.file)) rule.check({ spec, draft, report: (descriptor) => report(draft, descriptor) });
      }
    } else {
      rule.check({ spec, drafts: corpus, isChecked: (draft) => checked.has(draft.file), report });
    }
  }
  return findings.sort(compareFindings);
}
