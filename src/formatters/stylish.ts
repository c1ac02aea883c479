// The default terminal report, after ESLint's stylish: findings grouped by file, a summary line.

import { Chalk } from 'chalk';
import type { Finding } from '../engine/finding.js';
import type { Formatter } from './types.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const visibleWidth = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '').length;

export const stylish: Formatter = (report, { color }) => {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const severityLabel = { error: chalk.red('error'), warning: chalk.yellow('warning'), info: chalk.blue('info') };
  const byFile = new Map<string, Finding[]>();
  const show = report.displayPath;
  for (const finding of report.findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);

  let out = '';
  for (const [file, findings] of byFile) {
    const rows = findings.map((f) => [
      chalk.dim(`${f.line}:${f.column}`),
      severityLabel[f.severity],
      f.message + (f.related?.length ? chalk.dim(` (${f.related.map((r) => `${show(r.file)}:${r.line}:${r.column}`).join(', ')})`) : ''),
      chalk.dim(f.ruleId),
    ]);
    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => visibleWidth(row[column]!))));
    const pad = (text: string, width: number) => text + ' '.repeat(width - visibleWidth(text));
    out += `\n${chalk.underline(show(file))}\n`;
    for (const row of rows) out += `  ${pad(row[0]!, widths[0]!)}  ${pad(row[1]!, widths[1]!)}  ${pad(row[2]!, widths[2]!)}  ${row[3]}\n`;
  }

  const { errors, warnings, infos, files } = report.summary;
  const total = errors + warnings + infos;
  const checked = plural(files, 'draft');
  if (total === 0) return `${chalk.green('✔')} ${checked} checked, no problems\n`;
  const parts = [plural(errors, 'error'), plural(warnings, 'warning'), ...(infos ? [plural(infos, 'info')] : [])];
  const mark = errors > 0 ? chalk.red.bold('✖') : chalk.yellow.bold('⚠');
  return `${out}\n${mark} ${chalk.bold(`${plural(total, 'problem')} (${parts.join(', ')})`)} in ${checked}\n`;
};
