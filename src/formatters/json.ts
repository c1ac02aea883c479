// The JSON report of BRIEF §5: stable keys, only what applies, always parseable.

import { VERSION } from '../version.js';
import type { Finding } from '../engine/finding.js';
import type { PiecewiseFormatter } from './types.js';

const shape = (f: Finding, show: (file: string) => string) => ({
  ruleId: f.ruleId,
  severity: f.severity,
  message: f.message,
  file: show(f.file),
  line: f.line,
  column: f.column,
  endLine: f.endLine,
  endColumn: f.endColumn,
  ...(f.team === undefined ? {} : { team: f.team }),
  ...(f.ref === undefined ? {} : { ref: f.ref }),
  ...(f.related ? { related: f.related.map((r) => ({ ...r, file: show(r.file) })) } : {}),
  ...(f.fix ? { fix: { text: f.fix.text } } : {}),
});

/**
 * The text of `JSON.stringify(report, null, 2)`, one finding at a time: the findings, then (where
 * the report has them) the checked drafts with their language and what named it.
 */
export const json: PiecewiseFormatter = function* (report) {
  const head = JSON.stringify({ tool: { name: 'onevoice', version: VERSION }, spec: report.displayPath(report.spec), summary: report.summary, findings: [] }, null, 2);
  yield* list(head.slice(0, -'\n}'.length), report.findings, (finding) => shape(finding, report.displayPath));
  if (report.drafts) {
    yield ',\n  "drafts": ';
    yield* list('', report.drafts, (draft) => ({ file: report.displayPath(draft.file), lang: draft.lang, langSource: draft.langSource }));
  }
  yield '\n}\n';
};

/** `opening` (ending in `[]`) with the items in it, as JSON.stringify indents an array two levels deep. */
function* list<T>(opening: string, items: readonly T[], shaped: (item: T) => unknown): Iterable<string> {
  if (items.length === 0) return yield `${opening.endsWith('[]') ? opening : `${opening}[]`}`;
  yield `${opening.endsWith('[]') ? opening.slice(0, -1) : `${opening}[`}\n`;
  const last = items.length - 1;
  // Strings in JSON hold no raw line breaks: every break is the layout's, indented two levels.
  for (const [i, item] of items.entries()) yield `    ${JSON.stringify(shaped(item), null, 2).replace(/\n/g, '\n    ')}${i < last ? ',' : ''}\n`;
  yield '  ]';
}
