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

/** The text of `JSON.stringify(report, null, 2)`, one finding at a time. */
export const json: PiecewiseFormatter = function* (report) {
  const head = JSON.stringify({ tool: { name: 'onevoice', version: VERSION }, spec: report.displayPath(report.spec), summary: report.summary, findings: [] }, null, 2);
  if (report.findings.length === 0) return yield `${head}\n`;
  yield `${head.slice(0, -'[]\n}'.length)}[\n`;
  const last = report.findings.length - 1;
  // Strings in JSON hold no raw line breaks: every break is the layout's, indented two levels.
  for (const [i, finding] of report.findings.entries()) yield `    ${JSON.stringify(shape(finding, report.displayPath), null, 2).replace(/\n/g, '\n    ')}${i < last ? ',' : ''}\n`;
  yield '  ]\n}\n';
};
