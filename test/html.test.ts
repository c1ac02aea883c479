// The HTML reports in a real browser (Debian's headless Chromium, or ONEVOICE_CHROMIUM): they render
// without errors or network requests, show the expected elements, and keep nasty text as text.
// Without a browser these tests skip, except under CI=true.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoverageReport } from '../src/coverage.js';
import type { Finding } from '../src/engine/finding.js';
import { coverageFormatters } from '../src/formatters/coverage.js';
import { html } from '../src/formatters/html.js';
import { CHROMIUM, FIXTURES, needsChromium, runCli } from './helpers.js';

const DEMO = path.join(FIXTURES, 'demo');
const browserNeed = needsChromium();
// As Debian's chromium runs headless as root in CI: no sandbox, GPU, or background traffic of its own.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const NASTY = `</script><script>document.title = "pwned"</script><img src="https://example.invalid/x.png" onerror="document.title='pwned'"> "quotes" 'single' \\ & <b>bold</b> \u0007\u0000 👩‍💻 </td></tr></table><h1>injected</h1>`;
// What a browser shows of NASTY: all of it as text, less the control characters no document may hold.
const NASTY_SHOWN = NASTY.replace(/[\u0000\u0007]/g, '');

let browser: Browser;
const dir = mkdtempSync(path.join(os.tmpdir(), 'onevoice-html-'));

interface Opened {
  page: Page;
  /** Uncaught script errors, console errors (a CSP violation is one) and requests that left the file. */
  problems: string[];
}

async function open(name: string, markup: string): Promise<Opened> {
  const file = path.join(dir, name);
  writeFileSync(file, markup);
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  // Nothing leaves the machine, whatever a page asks for; the request still counts as a problem.
  await page.route(
    (url) => url.protocol !== 'file:',
    (route) => route.abort(),
  );
  page.on('request', (request) => {
    if (request.url() !== pathToFileURL(file).href) problems.push(`request: ${request.url()}`);
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, problems };
}

const texts = async (scope: Page | Locator, selector: string) => (await scope.locator(selector).allTextContents()).map((t) => t.trim());

beforeAll(async () => {
  if (browserNeed.skip) return;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe.skipIf(browserNeed.skip)(`the browser check itself${browserNeed.note}`, { timeout: 30_000 }, () => {
  it('notices script errors, scripts the page policy blocks, and requests', async () => {
    const broken = await open('broken.html', '<!doctype html><title>x</title><script>throw new Error("boom")</script><img src="https://example.invalid/x.png">');
    expect(broken.problems.some((p) => p.startsWith('page error: ') && p.includes('boom'))).toBe(true);
    expect(broken.problems).toContain('request: https://example.invalid/x.png');
    await broken.page.close();
    const page = html({ displayPath: (file) => file, spec: 'onevoice.yaml', summary: { files: 0, errors: 0, warnings: 0, infos: 0 }, files: [], findings: [] }, { color: false });
    const blocked = await open('blocked.html', page.replace('</main>', '<script>document.title = "ran"</script></main>'));
    expect(await blocked.page.title()).toBe('onevoice check');
    expect(blocked.problems.some((p) => p.startsWith('console error: ') && p.includes('Content Security Policy'))).toBe(true);
    await blocked.page.close();
  });
});

describe.skipIf(browserNeed.skip)(`onevoice check --format html${browserNeed.note}`, { timeout: 30_000 }, () => {
  it('renders the demo repo findings grouped by draft, without script errors or requests', async () => {
    const { stdout, code } = await runCli(['--format', 'html'], DEMO);
    expect(code).toBe(1);
    const json = JSON.parse((await runCli(['--format', 'json'], DEMO)).stdout) as { summary: { files: number }; findings: Finding[] };
    const { page, problems } = await open('check.html', stdout);

    expect(await page.title()).toBe('onevoice check');
    const files = [...new Set(json.findings.map((f) => f.file))];
    expect(await texts(page, 'section.draft h2')).toEqual(files);
    expect(await page.locator('tr.finding').count()).toBe(json.findings.length);
    expect(await page.locator('tr.finding.error').count()).toBe(json.findings.filter((f) => f.severity === 'error').length);
    expect(await texts(page, 'tr.finding td.position')).toEqual(json.findings.map((f) => `${f.line}:${f.column}`));
    expect(await texts(page, 'tr.finding td.rule')).toEqual(json.findings.map((f) => f.ruleId));
    expect(await page.locator('td.rule a').first().getAttribute('href')).toBe(`https://github.com/onevoice/onevoice#${json.findings[0]!.ruleId}`);
    expect(await page.locator('.summary').textContent()).toContain(`${json.findings.length} problems`);
    // The fact conflict names its three other statements, and term findings their fix.
    const conflict = page.locator('tr.finding', { has: page.locator('td.rule', { hasText: 'fact-conflict' }) });
    expect(await conflict.locator('ul.related li').count()).toBe(3);
    expect(await page.locator('p.fix').count()).toBe(json.findings.filter((f) => f.fix).length);
    expect(await page.locator('script, img, link, iframe').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows nasty draft text as text: no element, script or request comes of it', async () => {
    const finding: Finding = {
      ruleId: 'claim',
      severity: 'error',
      messageId: 'forbidden',
      message: NASTY,
      file: `pr/<b>${NASTY.slice(0, 20)}</b>.md`,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 2,
      team: NASTY,
      related: [{ file: 'other.md', line: 2, column: 3, message: NASTY }],
      fix: { text: NASTY, range: [0, 1] },
    };
    const markup = html(
      { displayPath: (file) => file, spec: NASTY, summary: { files: 2, errors: 1, warnings: 0, infos: 0 }, files: [finding.file, `clean ${NASTY}.md`], findings: [finding] },
      { color: false },
    );
    const { page, problems } = await open('nasty.html', markup);
    expect(await page.title()).toBe('onevoice check');
    expect(await page.locator('script, img, b, h1').count()).toBe(1); // the page's own h1
    expect(await page.locator('td.message').evaluate((td) => td.firstChild?.textContent)).toBe(NASTY_SHOWN);
    expect(await page.locator('section.draft h2').textContent()).toBe(finding.file);
    expect(await page.locator('ul.related li .muted').textContent()).toBe(NASTY_SHOWN);
    expect(await page.locator('p.fix code').textContent()).toBe(NASTY_SHOWN);
    expect(await texts(page, 'section.clean li')).toEqual([`clean ${NASTY_SHOWN}.md`]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says so when there is nothing to report', async () => {
    const markup = html({ displayPath: (file) => file, spec: 'onevoice.yaml', summary: { files: 1, errors: 0, warnings: 0, infos: 0 }, files: ['a.md'], findings: [] }, { color: false });
    const { page, problems } = await open('clean.html', markup);
    expect(await page.locator('.all-clear').textContent()).toContain('1 draft checked, no problems');
    expect(await texts(page, 'section.clean li')).toEqual(['a.md']);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe.skipIf(browserNeed.skip)(`onevoice coverage --format html${browserNeed.note}`, { timeout: 30_000 }, () => {
  it('renders the heatmap of the demo repo coloured by share, and per message who conveys it', async () => {
    const out = path.join(dir, 'coverage-cli.html');
    expect((await runCli(['coverage', '--format', 'html', '-o', out], DEMO)).code).toBe(0);
    const report = JSON.parse((await runCli(['coverage', '--format', 'json'], DEMO)).stdout) as CoverageReport;
    const { page, problems } = await open('coverage.html', readFileSync(out, 'utf8'));

    expect(await page.title()).toBe('onevoice coverage');
    expect(await texts(page, 'table.heatmap tbody th')).toEqual(report.messages.map((m) => m.id));
    expect(await texts(page, 'table.heatmap thead tr:nth-child(2) th')).toEqual([...report.channels, ...report.teams, ...report.campaigns]);
    expect(await texts(page, 'table.heatmap th.group')).toEqual(['Channels', 'Teams', 'Campaigns']);
    const row = report.messages.findIndex((m) => m.id === 'data');
    const cells = await texts(page, `table.heatmap tbody tr:nth-child(${row + 1}) td`);
    expect(cells[report.channels.indexOf('press')]).toBe('2/2');

    // Cells are coloured by the share of drafts conveying: green where all do, red where none does.
    const colours = await page.$$eval('td.cell[data-share]', (tds) =>
      tds.map((td) => ({ share: Number(td.getAttribute('data-share')), rgb: td.ownerDocument.defaultView!.getComputedStyle(td).backgroundColor.match(/\d+/g)!.map(Number) })),
    );
    const full = colours.filter((c) => c.share === 1);
    const none = colours.filter((c) => c.share === 0);
    expect(full.length).toBeGreaterThan(0);
    expect(none.length).toBeGreaterThan(0);
    for (const { rgb } of full) expect(rgb[1]!).toBeGreaterThan(rgb[0]!);
    for (const { rgb } of none) expect(rgb[0]!).toBeGreaterThan(rgb[1]!);

    expect(await page.locator('section.message').count()).toBe(report.messages.length);
    const data = page.locator('section.message', { has: page.locator('h2', { hasText: /^data$/ }) });
    expect(await data.locator('ul.conveyed li').count()).toBe(4);
    expect(await texts(data, 'ul.drifted li')).toEqual(['marketing/ads/fruehjahr-2026.md:23:69']);
    expect(await page.locator('script, img, link, iframe').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('escapes spec and draft text, and lists drafts that miss a required message', async () => {
    const tally = { drafts: 1, conveying: 0 };
    const report: CoverageReport = {
      spec: NASTY,
      drafts: 1,
      channels: [NASTY],
      teams: [],
      campaigns: [],
      messages: [
        {
          id: NASTY,
          text: NASTY,
          conveyedBy: [],
          driftedIn: [{ file: NASTY, line: 1, column: 1 }],
          required: [{ file: NASTY, conveyed: false }],
          channels: { [NASTY]: tally },
          teams: {},
          campaigns: {},
        },
      ],
    };
    const { page, problems } = await open('coverage-nasty.html', coverageFormatters.html!(report, { color: false }));
    expect(await page.title()).toBe('onevoice coverage');
    expect(await page.locator('script, img, b').count()).toBe(0);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('table.heatmap tbody th').textContent()).toBe(NASTY_SHOWN);
    expect(await page.locator('section.message blockquote').textContent()).toBe(NASTY_SHOWN);
    expect(await page.locator('ul.missing li').textContent()).toBe(NASTY_SHOWN);
    expect(await page.locator('p.missing').textContent()).toBe('conveyed by no draft');
    expect(problems).toEqual([]);
    await page.close();
  });
});
