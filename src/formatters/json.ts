// The JSON report of BRIEF §5: stable keys, only what applies, always parseable.

import { VERSION } from '../version.js';
import type { Formatter } from './types.js';

export const json: Formatter = (report) => {
  const findings = report.findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ...(f.team === undefined ? {} : { team: f.team }),
    ...(f.ref === undefined ? {} : { ref: f.ref }),
    ...(f.related ? { related: f.related } : {}),
    ...(f.fix ? { fix: { text: f.fix.text } } : {}),
  }));
  return `${JSON.stringify({ tool: { name: 'onevoice', version: VERSION }, spec: report.spec, summary: report.summary, findings }, null, 2)}\n`;
};
