// The HTML report of `onevoice check`: findings grouped by draft, one self-contained page.

import type { Finding } from '../engine/finding.js';
import { escapeHtml } from './escape.js';
import { ruleDocsUrl } from './links.js';
import { htmlPage } from './page.js';
import type { Formatter } from './types.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const CSS = `
section.draft h2 { margin-bottom: 2px; }
section.draft h2 code, section.clean code { font-size: 15px; }
section.draft > p { margin: 0 0 8px; }
nav ul { columns: 2; margin: 8px 0 16px; padding-left: 18px; }
td.position { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.rule { white-space: nowrap; }
td.message code { background: var(--bg-soft); border: 1px solid var(--line); border-radius: 4px; padding: 0 3px; }
.related { font-size: 13px; }
.fix { margin: 4px 0 0; font-size: 13px; }
.clean li { margin: 2px 0; }
.all-clear { font-size: 18px; margin: 32px 0; }
`;

function counts(findings: readonly Finding[]): string {
  const of = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
  const parts = [plural(of('error'), 'error'), plural(of('warning'), 'warning'), ...(of('info') > 0 ? [plural(of('info'), 'info')] : [])];
  return parts.join(', ');
}

/** Escaped message text whose `quoted` spans (found text, expected terms) show as code. */
const messageHtml = (message: string) => escapeHtml(message).replace(/`([^`]+)`/g, '<code>$1</code>');

function row(f: Finding, show: (file: string) => string): string {
  const related = f.related?.length
    ? `<ul class="plain related">${f.related.map((r) => `<li><code>${escapeHtml(`${show(r.file)}:${r.line}:${r.column}`)}</code> <span class="muted">${messageHtml(r.message)}</span></li>`).join('')}</ul>`
    : '';
  const fix = f.fix ? `<p class="fix">Fix: replace with <code>${escapeHtml(f.fix.text)}</code></p>` : '';
  return `<tr class="finding ${f.severity}">
<td class="position"><code>${f.line}:${f.column}</code></td>
<td><span class="badge ${f.severity}">${f.severity}</span></td>
<td class="message">${messageHtml(f.message)}${related}${fix}</td>
<td class="rule"><a href="${escapeHtml(ruleDocsUrl(f.ruleId))}">${escapeHtml(f.ruleId)}</a></td>
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
</main>`;
  return htmlPage('onevoice check', body, CSS);
};
