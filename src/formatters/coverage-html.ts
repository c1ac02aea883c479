// The HTML coverage report: a heatmap of core messages × channels, teams and campaigns, then per message who conveys it.

import type { CoverageReport, MessageCoverage, Tally } from '../coverage.js';
import { escapeHtml } from './escape.js';
import { htmlPage } from './page.js';

const CSS = `
table.heatmap { width: auto; margin: 16px 0 8px; }
table.heatmap th, table.heatmap td { border: 1px solid #fff; }
table.heatmap thead th { text-align: center; }
table.heatmap th.group { text-transform: uppercase; letter-spacing: .04em; font-size: 11px; color: var(--muted); }
td.cell { min-width: 64px; text-align: center; font-variant-numeric: tabular-nums; font-weight: 600; }
td.cell.empty { background: var(--bg-soft); color: var(--muted); font-weight: 400; }
td.cell.optional { background: #eef1f4; color: var(--muted); font-weight: 400; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; align-items: center; color: var(--muted); font-size: 13px; margin-bottom: 8px; }
.legend span.swatch { display: inline-block; width: 14px; height: 14px; border-radius: 3px; vertical-align: -2px; margin-right: 4px; }
blockquote { margin: 0 0 8px; padding: 4px 12px; border-left: 4px solid var(--line); color: var(--muted); }
h3 { font-size: 14px; margin: 12px 0 0; }
.missing { color: var(--error); }
.drifted { color: var(--warning); }
`;

/** Red for no required draft conveying, through yellow, to green for all of them. */
const shade = (share: number) => `hsl(${Math.round(share * 120)} 70% ${Math.round(86 - share * 6)}%)`;

/**
 * A cell of the heatmap: drafts conveying / drafts. Coloured by the share of the drafts that must
 * convey the message (its `required_in`) and do; where none of the cell's drafts must, the cell is
 * neutral, however many convey it: a channel the message is not meant for is no gap.
 */
function cell(tally: Tally | undefined, what: string, message: string): string {
  if (!tally || tally.drafts === 0) return `<td class="cell empty" title="${escapeHtml(`no ${what} drafts`)}">·</td>`;
  const count = `${tally.conveying}/${tally.drafts}`;
  const conveying = `${tally.conveying} of ${tally.drafts} ${what} drafts convey ${message}`;
  if (tally.required === 0) return `<td class="cell optional" data-required="0" title="${escapeHtml(`${conveying}; not required in any of them`)}">${count}</td>`;
  const share = tally.requiredConveying / tally.required;
  const title = `${conveying}; ${tally.requiredConveying} of the ${tally.required} that must do`;
  return `<td class="cell" data-required="${tally.required}" data-share="${share.toFixed(2)}" style="background:${shade(share)}" title="${escapeHtml(title)}">${count}</td>`;
}

const where = (d: { file: string; line: number; column: number }) => `<code>${escapeHtml(`${d.file}:${d.line}:${d.column}`)}</code>`;

function details(m: MessageCoverage, index: number): string {
  const conveyed = m.conveyedBy.map((d) => {
    const who = [d.team, d.channel, d.campaign]
      .filter((v): v is string => v !== undefined)
      .map(escapeHtml)
      .join(', ');
    return `<li>${where(d)} <span class="muted">${who ? `${who} · ` : ''}${escapeHtml(d.how)}, ${Math.round(d.score * 100)} %</span></li>`;
  });
  const missing = m.required.filter((r) => !r.conveyed);
  return `<section class="message" id="message-${index + 1}">
<h2>${escapeHtml(m.id)}</h2>
<blockquote>${escapeHtml(m.text)}</blockquote>
<h3>Conveyed by ${m.conveyedBy.length}</h3>
${conveyed.length ? `<ul class="plain conveyed">${conveyed.join('')}</ul>` : '<p class="missing">conveyed by no draft</p>'}
${m.driftedIn.length ? `<h3 class="drifted">Drifted in ${m.driftedIn.length}</h3><ul class="plain drifted">${m.driftedIn.map((d) => `<li>${where(d)}</li>`).join('')}</ul>` : ''}
${missing.length ? `<h3 class="missing">Missing in ${missing.length}</h3><ul class="plain missing">${missing.map((r) => `<li><code>${escapeHtml(r.file)}</code></li>`).join('')}</ul>` : ''}
</section>`;
}

export function coverageHtml(report: CoverageReport): string {
  const groups: [string, string, string[], (m: MessageCoverage) => Record<string, Tally>][] = [
    ['Channels', 'channel', report.channels, (m) => m.channels],
    ['Teams', 'team', report.teams, (m) => m.teams],
    ['Campaigns', 'campaign', report.campaigns, (m) => m.campaigns],
  ];
  const shown = groups.filter(([, , keys]) => keys.length > 0);
  const head = `<tr><th rowspan="2">Message</th>${shown.map(([name, , keys]) => `<th class="group" colspan="${keys.length}">${name}</th>`).join('')}</tr>
<tr>${shown.flatMap(([, , keys]) => keys.map((k) => `<th>${escapeHtml(k)}</th>`)).join('')}</tr>`;
  const rows = report.messages.map(
    (m, i) => `<tr><th scope="row"><a href="#message-${i + 1}">${escapeHtml(m.id)}</a></th>${shown.flatMap(([, , keys, pick]) => keys.map((k) => cell(pick(m)[k], k, m.id))).join('')}</tr>`,
  );
  const legend = `<p class="legend"><span><span class="swatch" style="background:${shade(0)}"></span>no required draft conveys it</span><span><span class="swatch" style="background:${shade(0.5)}"></span>some do</span><span><span class="swatch" style="background:${shade(1)}"></span>all do</span><span><span class="swatch" style="background:#eef1f4"></span>not required there</span><span>cells: drafts conveying / drafts; colour: of the drafts that must convey it</span></p>`;

  const body = `<header>
<h1>Core-message coverage</h1>
<p class="summary"><strong>${report.messages.length} core message${report.messages.length === 1 ? '' : 's'}</strong> in ${report.drafts} draft${report.drafts === 1 ? '' : 's'} · spec <code>${escapeHtml(report.spec)}</code></p>
</header>
<main>
<div class="scroll">
<table class="heatmap">
<thead>
${head}
</thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</div>
${legend}
${report.messages.map(details).join('\n')}
</main>`;
  return htmlPage('onevoice coverage', body, CSS);
}
