// GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per finding.

import type { Severity } from '../spec/types.js';
import type { Formatter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

// The runner's own escaping (actions/toolkit `escapeData` and `escapeProperty`): `%` first, so
// that the escapes it writes are not escaped again.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github: Formatter = ({ findings, displayPath: show }) =>
  findings
    .map((f) => {
      const properties = { file: show(f.file), line: f.line, col: f.column, endLine: f.endLine, endColumn: f.endColumn, title: `onevoice(${f.ruleId})` };
      const list = Object.entries(properties)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
      // Related places go on lines of their own below the message; the annotation shows them all.
      const related = (f.related ?? []).map((r) => `\n${show(r.file)}:${r.line}:${r.column}: ${r.message}`).join('');
      return `::${COMMAND[f.severity]} ${list}::${escapeData(f.message + related)}\n`;
    })
    .join('');
