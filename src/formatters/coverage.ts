// Coverage formatters: a terminal table of messages × channels, teams and campaigns, JSON and an HTML page.

import { Chalk } from 'chalk';
import type { CoverageReport, Tally } from '../coverage.js';
import { coverageHtml } from './coverage-html.js';
import type { FormatOptions } from './types.js';

export type CoverageFormatter = (report: CoverageReport, options: FormatOptions) => string;

const coverageJson: CoverageFormatter = (report) => `${JSON.stringify(report, null, 2)}\n`;

const coverageTable: CoverageFormatter = (report, { color }) => {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const cell = (tally: Tally | undefined) => {
    if (!tally || tally.drafts === 0) return chalk.dim('·');
    const text = `${tally.conveying}/${tally.drafts}`;
    // As in the HTML heatmap: coloured by the drafts that must convey the message; where none must, plain.
    if (tally.required === 0) return text;
    return tally.requiredConveying === 0 ? chalk.red(text) : tally.requiredConveying === tally.required ? chalk.green(text) : chalk.yellow(text);
  };
  const groups: [string, string[], (m: CoverageReport['messages'][number]) => Record<string, Tally>][] = [
    ['channels', report.channels, (m) => m.channels],
    ['teams', report.teams, (m) => m.teams],
    ['campaigns', report.campaigns, (m) => m.campaigns],
  ];
  const header = ['message', ...groups.flatMap(([, keys]) => keys)];
  const rows = report.messages.map((m) => [m.id, ...groups.flatMap(([, keys, pick]) => keys.map((k) => cell(pick(m)[k])))]);
  const width = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '').length;
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  const line = (cells: string[]) => `  ${cells.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join('  ')}`.trimEnd();
  // A line naming each group above its first column.
  let groupLine = ' '.repeat(2 + widths[0]! + 2);
  let column = 1;
  for (const [name, keys] of groups) {
    if (keys.length === 0) continue;
    const span = keys.reduce((sum, _, i) => sum + widths[column + i]! + 2, 0);
    groupLine += name.padEnd(span);
    column += keys.length;
  }

  let out = `Core-message coverage of ${report.drafts} draft${report.drafts === 1 ? '' : 's'} (drafts conveying / drafts)\n\n`;
  out += `${chalk.dim(groupLine.trimEnd())}\n${chalk.bold(line(header))}\n`;
  for (const row of rows) out += `${line(row)}\n`;
  for (const m of report.messages) {
    out += `\n${chalk.bold(m.id)}: “${m.text}”\n`;
    if (m.conveyedBy.length === 0) out += `  ${chalk.red('conveyed by no draft')}\n`;
    for (const d of m.conveyedBy) {
      const who = [d.team, d.channel, d.campaign].filter(Boolean).join(', ');
      out += `  ${d.file}:${d.line}:${d.column}  ${chalk.dim(`${who ? `${who}, ` : ''}${d.how}`)}\n`;
    }
    for (const d of m.driftedIn) out += `  ${chalk.yellow('drifted')}  ${d.file}:${d.line}:${d.column}\n`;
    const missing = m.required.filter((r) => !r.conveyed);
    for (const r of missing) out += `  ${chalk.red('missing')}  ${r.file}\n`;
  }
  return out;
};

export const coverageFormatters: Record<string, CoverageFormatter> = { table: coverageTable, json: coverageJson, html: coverageHtml };
