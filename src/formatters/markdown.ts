// The GitHub-flavoured Markdown report: a job's step summary ($GITHUB_STEP_SUMMARY) or a pull
// request's comment. Counts per rule and team, then per draft each finding with its place, the
// sentence it stands in (the flagged part in bold) and the message; at most 1 MiB, as GitHub takes.

import type { Finding } from '../engine/finding.js';
import type { Severity } from '../spec/types.js';
import { escapeHtml } from './escape.js';
import { ruleDocsUrl } from './links.js';
import type { Formatter, Report } from './types.js';

/** GitHub keeps at most 1 MiB of one step's summary and shows an error in place of a larger one. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;
/** From this many findings, each draft's findings fold away under its name. */
export const FOLD_FROM = 20;

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Text as Markdown shows it, character for character, wherever it stands in a line: the ASCII
 * punctuation that Markdown, GFM or GitHub give a meaning (emphasis, code, links, HTML, entities,
 * tables, strikethrough, math, emoji codes; a list, heading or quote at the start) is
 * backslash-escaped, line breaks are spaces, and mentions and issue references are broken by a
 * zero-width space, as Renovate writes them, so that a quoted "@brisa" or "#12" notifies no one.
 */
export function escapeMarkdown(text: string, lineStart = false): string {
  const escaped = text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu, '')
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\\`*_[\]<>#|~&$]|:(?=[\w+-]+:)/g, '\\$&')
    .replace(/([@#])(?=[\p{L}\p{N}_])/gu, '$1&#8203;');
  // At a line's start "- ", "+ ", "1. " or "1) " would open a list, "=" underline a heading.
  return lineStart
    ? escaped.replace(/^(\s*)(?:([-+=])|(\d+)([.)]))/, (_, space: string, mark?: string, digits?: string, dot?: string) => `${space}${mark ? `\\${mark}` : `${digits}\\${dot}`}`)
    : escaped;
}

/** A code span that holds `text` as it is, backticks too: a fence longer than any run in it. */
export function codeSpan(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ') && flat.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** In a table cell a pipe ends the cell, in a code span too, unless escaped. */
const cell = (markdown: string) => markdown.replace(/\|/g, '\\|');

/** A message, its `quoted` terms as code and the rest escaped. */
const messageMarkdown = (message: string) =>
  message
    .split(/(`[^`]+`)/)
    .map((part, i) => (i % 2 === 1 ? codeSpan(part.slice(1, -1)) : escapeMarkdown(part)))
    .join('');

function countsBy(findings: readonly Finding[], key: (f: Finding) => string): [string, Record<Severity, number>][] {
  const counts = new Map<string, Record<Severity, number>>();
  for (const f of findings) {
    const k = key(f);
    const row = counts.get(k) ?? { error: 0, warning: 0, info: 0 };
    row[f.severity]++;
    counts.set(k, row);
  }
  return [...counts].sort(([a, x], [b, y]) => y.error - x.error || y.warning - x.warning || y.info - x.info || (a < b ? -1 : 1));
}

function countsTable(title: string, rows: [string, Record<Severity, number>][], name: (key: string) => string): string {
  const infos = rows.some(([, r]) => r.info > 0);
  const head = `| ${title} | Errors | Warnings |${infos ? ' Infos |' : ''}\n| --- | ---: | ---: |${infos ? ' ---: |' : ''}\n`;
  return head + rows.map(([key, r]) => `| ${name(key)} | ${r.error} | ${r.warning} |${infos ? ` ${r.info} |` : ''}\n`).join('');
}

/** The sentence with its flagged part in bold, as a quote; the excerpt alone where the finding has no sentence. */
function quote(f: Finding): string {
  if (f.sentence) {
    const { text, mark } = f.sentence;
    const flagged = text.slice(mark[0], mark[1]);
    return `${escapeMarkdown(text.slice(0, mark[0]), true)}${flagged ? `<b>${escapeMarkdown(flagged, mark[0] === 0)}</b>` : ''}${escapeMarkdown(text.slice(mark[1]))}`;
  }
  if (f.excerpt) return `<b>${escapeMarkdown(f.excerpt.length > 200 ? `${f.excerpt.slice(0, 199)}…` : f.excerpt, true)}</b>`;
  return '';
}

function item(f: Finding, file: string, show: (file: string) => string): string {
  let text = `- ${ICON[f.severity]} ${codeSpan(`${file}:${f.line}:${f.column}`)} ${messageMarkdown(f.message)} ([${f.ruleId}](${ruleDocsUrl(f.ruleId)}))\n`;
  const quoted = quote(f);
  if (quoted) text += `  > ${quoted}\n`;
  for (const r of f.related ?? []) text += `  - ${codeSpan(`${show(r.file)}:${r.line}:${r.column}`)} ${escapeMarkdown(r.message)}\n`;
  if (f.fix) text += `  - fix: ${codeSpan(f.fix.text)}\n`;
  return text;
}

function countsOf(findings: readonly Finding[]): string {
  const of = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  return [plural(of('error'), 'error'), plural(of('warning'), 'warning'), ...(of('info') > 0 ? [plural(of('info'), 'info')] : [])].join(', ');
}

/** One draft's findings: a heading and a list, or, in a long report, a fold that names the draft and its counts. */
function draftSection(file: string, findings: readonly Finding[], fold: boolean, show: (file: string) => string): string {
  const team = findings.find((f) => f.team !== undefined)?.team;
  const about = `${team === undefined ? '' : `${team} · `}${countsOf(findings)}`;
  const list = findings.map((f) => item(f, file, show)).join('');
  if (!fold) return `#### ${codeSpan(file)}\n\n${escapeMarkdown(about)}\n\n${list}\n`;
  // A fold's summary is HTML, where Markdown is not read: escaped as HTML.
  return `<details><summary><code>${escapeHtml(file)}</code> · ${escapeHtml(about)}</summary>\n\n${list}\n</details>\n\n`;
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** The Markdown report, at most `limit` bytes: drafts that no longer fit are left out with a note that says so. */
export function markdownReport(report: Report, limit = STEP_SUMMARY_LIMIT): string {
  const show = report.displayPath;
  const { errors, warnings, infos, files } = report.summary;
  const total = errors + warnings + infos;
  const drafts = plural(files, 'draft');
  if (total === 0) return `### onevoice: no problems\n\n✅ ${drafts} checked, no problems.\n`;

  const parts = [plural(errors, 'error'), plural(warnings, 'warning'), ...(infos ? [plural(infos, 'info')] : [])];
  let out = `### onevoice: ${plural(total, 'problem')} (${parts.join(', ')}) in ${drafts}\n\n`;
  out += `${countsTable(
    'Rule',
    countsBy(report.findings, (f) => f.ruleId),
    (id) => `[${cell(codeSpan(id))}](${ruleDocsUrl(id)})`,
  )}\n`;
  const teams = countsBy(report.findings, (f) => f.team ?? '');
  if (teams.some(([team]) => team !== '')) out += `${countsTable('Team', teams, (team) => (team === '' ? '_no team_' : escapeMarkdown(team)))}\n`;

  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) byFile.set(show(f.file), [...(byFile.get(show(f.file)) ?? []), f]);
  const fold = report.findings.length >= FOLD_FROM;
  let used = bytes(out);
  let shownFindings = 0;
  let shownDrafts = 0;
  // Room for the note on what was left out.
  const room = limit - 400;
  for (const [file, findings] of byFile) {
    const section = draftSection(file, findings, fold, show);
    const size = bytes(section);
    if (used + size > room) break;
    out += section;
    used += size;
    shownFindings += findings.length;
    shownDrafts++;
  }
  if (shownDrafts < byFile.size) {
    const left = report.findings.length - shownFindings;
    out += `> [!NOTE]\n> ${plural(left, 'more finding')} in ${plural(byFile.size - shownDrafts, 'more draft')} not shown: this summary is kept under ${Math.floor(limit / 1024)} KiB, as GitHub shows no larger one. The SARIF upload and \`--format stylish\` have them all.\n`;
  }
  return out;
}

export const markdown: Formatter = (report) => markdownReport(report);
