// The default terminal report, after ESLint's stylish: findings grouped by file, a summary line.
// Position and severity line up; the message and rule follow unpadded, so a line is no longer
// than its finding. Given the terminal's width, a long message wraps under itself (a hanging indent).

import { Chalk } from 'chalk';
import type { Finding } from '../engine/finding.js';
import type { Formatter } from './types.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
/** Below this many columns for the message, it wraps under the position instead of beside it. */
const MIN_MESSAGE_WIDTH = 32;
const NARROW_INDENT = 4;

/**
 * Where to break `text` into lines of at most `width` characters: at spaces (which the breaks
 * take), a word longer than a line cut where it must. Ranges into `text`, one per line.
 */
export function lineRanges(text: string, width: number): [number, number][] {
  const lines: [number, number][] = [];
  let start = 0;
  while (text.length - start > width) {
    const space = text.lastIndexOf(' ', start + width);
    if (space > start) {
      let end = space;
      while (end > start && text[end - 1] === ' ') end--;
      lines.push([start, end]);
      start = space + 1;
    } else {
      lines.push([start, start + width]);
      start += width;
    }
    while (text[start] === ' ') start++;
  }
  lines.push([start, text.length]);
  return lines;
}

export const stylish: Formatter = (report, { color, columns }) => {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const severityLabel = { error: chalk.red('error'), warning: chalk.yellow('warning'), info: chalk.blue('info') };
  const byFile = new Map<string, Finding[]>();
  const show = report.displayPath;
  for (const finding of report.findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);

  let out = '';
  for (const [file, findings] of byFile) {
    const positions = findings.map((f) => `${f.line}:${f.column}`);
    const positionWidth = Math.max(...positions.map((p) => p.length));
    const severityWidth = Math.max(...findings.map((f) => f.severity.length));
    out += `\n${chalk.underline(show(file))}\n`;
    for (const [i, f] of findings.entries()) {
      const head = `  ${chalk.dim(positions[i]!.padEnd(positionWidth))}  ${severityLabel[f.severity]}${' '.repeat(severityWidth - f.severity.length)}  `;
      const indent = 2 + positionWidth + 2 + severityWidth + 2;
      // The message as written; what follows it (related places, the rule) dim.
      const related = f.related?.length ? ` (${f.related.map((r) => `${show(r.file)}:${r.line}:${r.column}`).join(', ')})` : '';
      const text = `${f.message}${related}  ${f.ruleId}`;
      const paint = (from: number, to: number) => {
        const cut = Math.min(Math.max(f.message.length, from), to);
        return text.slice(from, cut) + (cut < to ? chalk.dim(text.slice(cut, to)) : '');
      };
      if (columns === undefined || indent + text.length <= columns) {
        out += `${head}${paint(0, text.length)}\n`;
        continue;
      }
      // Beside the position where the terminal leaves room for it, else on lines of its own under it.
      const beside = columns - indent >= MIN_MESSAGE_WIDTH;
      const margin = beside ? indent : NARROW_INDENT;
      const lines = lineRanges(text, Math.max(columns - margin, 1));
      out += beside ? head : `${head.trimEnd()}\n`;
      out += lines.map(([from, to], n) => `${beside && n === 0 ? '' : ' '.repeat(margin)}${paint(from, to)}\n`).join('');
    }
  }

  const { errors, warnings, infos, files } = report.summary;
  const total = errors + warnings + infos;
  const checked = plural(files, 'draft');
  if (total === 0) return `${chalk.green('✔')} ${checked} checked, no problems\n`;
  const parts = [plural(errors, 'error'), plural(warnings, 'warning'), ...(infos ? [plural(infos, 'info')] : [])];
  const mark = errors > 0 ? chalk.red.bold('✖') : chalk.yellow.bold('⚠');
  return `${out}\n${mark} ${chalk.bold(`${plural(total, 'problem')} (${parts.join(', ')})`)} in ${checked}\n`;
};
