// The HTML report of `onevoice check`: findings grouped by draft, one self-contained page.

import type { Finding } from '../engine/finding.js';
import { escapeHtml } from './escape.js';
import { htmlPage } from './page.js';
import { ruleAnchor, ruleHelpHtml } from './rule-help.js';
import type { Formatter } from './types.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const CSS = `
section.draft h2 { margin-bottom: 2px; }
section.draft h2 code, section.clean code { font-size: 15px; }
section.draft > p { margin: 0 0 8px; }
nav ul { columns: 2; margin: 8px 0 16px; padding-left: 18px; }
nav li, .clean li, .related li { overflow-wrap: anywhere; }
td.position { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.rule { white-space: nowrap; }
td.message { overflow-wrap: anywhere; }
td.message code { background: var(--bg-soft); border: 1px solid var(--line); border-radius: 4px; padding: 0 3px; }
blockquote.sentence { margin: 6px 0 0; padding: 2px 0 2px 10px; border-left: 3px solid var(--line); color: var(--muted); overflow-wrap: anywhere; }
blockquote.sentence mark { color: var(--fg); background: #fff1a8; border-radius: 2px; padding: 0 1px; }
tr.error blockquote.sentence mark { background: #ffd8d3; }
.related { font-size: 13px; }
.fix { margin: 4px 0 0; font-size: 13px; }
.clean li { margin: 2px 0; }
.all-clear { font-size: 18px; margin: 32px 0; }
section.rules { margin-top: 40px; border-top: 1px solid var(--line); }
section.rule-help { border-bottom: 1px solid var(--line); padding-bottom: 8px; }
section.rule-help h3 { font-size: 16px; margin: 24px 0 4px; }
section.rule-help h4 { font-size: 14px; margin: 16px 0 4px; }
section.rule-help h5, section.rule-help h6 { font-size: 13px; margin: 12px 0 4px; }
section.rule-help pre { background: var(--bg-soft); border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; white-space: pre-wrap; overflow-wrap: anywhere; }
section.rule-help p, section.rule-help li { overflow-wrap: anywhere; }
/* A phone: each finding a block (position, severity and rule on one line, the message under them), one column of drafts. */
@media (max-width: 720px) {
  nav ul { columns: 1; }
  table.findings thead { display: none; }
  table.findings, table.findings tbody { display: block; }
  table.findings tr { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 10px; padding: 10px 0; border-bottom: 1px solid var(--line); }
  table.findings td { display: block; padding: 0; border: 0; }
  table.findings td.rule { order: 1; margin-left: auto; }
  table.findings td.message { order: 2; flex: 1 1 100%; min-width: 0; }
}
`;

function counts(findings: readonly Finding[]): string {
  const of = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
  const parts = [plural(of('error'), 'error'), plural(of('warning'), 'warning'), ...(of('info') > 0 ? [plural(of('info'), 'info')] : [])];
  return parts.join(', ');
}

/** Escaped message text whose `quoted` spans (found text, expected terms) show as code. */
const messageHtml = (message: string) => escapeHtml(message).replace(/`([^`]+)`/g, '<code>$1</code>');

/** The sentence the finding stands in, the flagged part marked; the flagged text alone where the finding has no sentence. */
function sentenceHtml(f: Finding): string {
  if (f.sentence) {
    const { text, mark } = f.sentence;
    return `<blockquote class="sentence">${escapeHtml(text.slice(0, mark[0]))}<mark>${escapeHtml(text.slice(mark[0], mark[1]))}</mark>${escapeHtml(text.slice(mark[1]))}</blockquote>`;
  }
  return f.excerpt ? `<blockquote class="sentence"><mark>${escapeHtml(f.excerpt)}</mark></blockquote>` : '';
}

function row(f: Finding, show: (file: string) => string): string {
  const related = f.related?.length
    ? `<ul class="plain related">${f.related.map((r) => `<li><code>${escapeHtml(`${show(r.file)}:${r.line}:${r.column}`)}</code> <span class="muted">${messageHtml(r.message)}</span></li>`).join('')}</ul>`
    : '';
  const fix = f.fix ? `<p class="fix">Fix: replace with <code>${escapeHtml(f.fix.text)}</code></p>` : '';
  return `<tr class="finding ${f.severity}">
<td class="position"><code>${f.line}:${f.column}</code></td>
<td><span class="badge ${f.severity}">${f.severity}</span></td>
<td class="message">${messageHtml(f.message)}${sentenceHtml(f)}${related}${fix}</td>
<td class="rule"><a href="#${escapeHtml(ruleAnchor(f.ruleId))}">${escapeHtml(f.ruleId)}</a></td>
</tr>`;
}

export const html: Formatter = (report) => {
  const byFile = new Map<string, Finding[]>();
  const show = report.displayPath;
  for (const f of report.findings) byFile.set(show(f.file), [...(byFile.get(show(f.file)) ?? []), f]);
  const clean = report.files
    .map(show)
    .filter((file) => !byFile.has(file))
    .sort();
  const { errors, warnings, infos, files } = report.summary;
  const total = errors + warnings + infos;

  const drafts = [...byFile].map(([file, findings], i) => {
    const team = findings.find((f) => f.team !== undefined)?.team;
    return `<section class="draft" id="draft-${i + 1}">
<h2><code>${escapeHtml(file)}</code></h2>
<p class="muted">${team === undefined ? '' : `${escapeHtml(team)} · `}${counts(findings)}</p>
<table class="findings">
<thead><tr><th>Position</th><th>Severity</th><th>Message</th><th>Rule</th></tr></thead>
<tbody>
${findings.map((f) => row(f, show)).join('\n')}
</tbody>
</table>
</section>`;
  });
  const nav =
    byFile.size > 1
      ? `<nav><ul>${[...byFile].map(([file, findings], i) => `<li><a href="#draft-${i + 1}">${escapeHtml(file)}</a> <span class="muted">(${findings.length})</span></li>`).join('')}</ul></nav>`
      : '';
  const cleanList = clean.length
    ? `<section class="clean"><h2>No problems in ${plural(clean.length, 'draft')}</h2><ul class="plain">${clean.map((file) => `<li><code>${escapeHtml(file)}</code></li>`).join('')}</ul></section>`
    : '';
  // The help of each rule with findings, in the page: a report sent round needs nothing else.
  const ruleIds = [...new Set(report.findings.map((f) => f.ruleId))].sort();
  const included = new Set(ruleIds);
  const help = ruleIds.length
    ? `<section class="rules"><h2>The rules in this report</h2>${ruleIds.map((id) => `<section class="rule-help" id="${escapeHtml(ruleAnchor(id))}">${ruleHelpHtml(id, included)}</section>`).join('\n')}</section>`
    : '';
  const summary = total === 0 ? `<strong>No problems</strong> in ${plural(files, 'draft')}` : `<strong>${plural(total, 'problem')}</strong> (${counts(report.findings)}) in ${plural(files, 'draft')}`;

  const body = `<header>
<h1>onevoice check</h1>
<p class="summary">${summary} · spec <code>${escapeHtml(show(report.spec))}</code></p>
${nav}
</header>
<main>
${total === 0 ? `<p class="all-clear">✔ ${plural(files, 'draft')} checked, no problems.</p>` : ''}
${drafts.join('\n')}
${cleanList}
${help}
</main>`;
  return htmlPage('onevoice check', body, CSS);
};
