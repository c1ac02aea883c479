// The HTML reports in a real browser (Debian's headless Chromium, or ONEVOICE_CHROMIUM): they render
// without errors or network requests, show the expected elements, and keep nasty text as text.
// Without a browser these tests skip, except under CI=true.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
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
    // Each rule links its help, which the page itself holds: the rule's page of docs/rules.
    const ruleIds = [...new Set(json.findings.map((f) => f.ruleId))].sort();
    expect(await page.locator('td.rule a').first().getAttribute('href')).toBe(`#rule-${json.findings[0]!.ruleId}`);
    expect(await page.locator('section.rule-help').evaluateAll((sections) => sections.map((s) => s.id))).toEqual(ruleIds.map((id) => `rule-${id}`));
    expect(await texts(page, 'section.rule-help h3')).toEqual(ruleIds);
    expect(await page.locator('#rule-term').textContent()).toContain('Use the approved terms: no avoided forms, the approved casing, hyphenated compounds.');
    await page.locator('td.rule a', { hasText: 'claim' }).first().click();
    expect(new URL(page.url()).hash).toBe('#rule-claim');
    // Each finding quotes its sentence, the flagged words marked.
    const claim = page.locator('tr.finding', { has: page.locator('td.position', { hasText: /^19:124$/ }) });
    expect(await claim.locator('blockquote.sentence').textContent()).toBe('Das Unternehmen sieht sich damit als Marktführer für E-Bike-Abos in Mitteldeutschland.');
    expect(await claim.locator('blockquote.sentence mark').textContent()).toBe('Marktführer');
    expect(await page.locator('tr.finding blockquote.sentence mark').count()).toBe(
      json.findings.filter((f) => f.line > 1 && !['double-work', 'area-ownership', 'missing-message'].includes(f.ruleId)).length,
    );
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
      sentence: { text: `${NASTY} ${NASTY}`, mark: [NASTY.length + 1, 2 * NASTY.length + 1] },
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
    expect(await page.locator('blockquote.sentence').textContent()).toBe(`${NASTY_SHOWN} ${NASTY_SHOWN}`);
    expect(await page.locator('blockquote.sentence mark').textContent()).toBe(NASTY_SHOWN);
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

    // Cells are coloured by the share of the drafts that must convey the message and do: here every
    // such draft does, so green; a cell where no draft must (no `required_in` selects its drafts) is
    // neutral grey, however few convey it: `data` is required nowhere, and 0/2 of its blog drafts is no gap.
    const colours = await page.$$eval('td.cell[data-share]', (tds) =>
      tds.map((td) => ({ share: Number(td.getAttribute('data-share')), rgb: td.ownerDocument.defaultView!.getComputedStyle(td).backgroundColor.match(/\d+/g)!.map(Number) })),
    );
    const required = Object.values(report.messages).flatMap((m) => [...Object.values(m.channels), ...Object.values(m.teams), ...Object.values(m.campaigns)]);
    expect(colours).toHaveLength(required.filter((t) => t.required > 0).length);
    for (const {
      share,
      rgb: [r, g],
    } of colours) {
      expect(share).toBe(1);
      expect(g!).toBeGreaterThan(r!);
    }
    const neutral = await page.$$eval('td.cell.optional', (tds) =>
      tds.map((td) => ({ text: td.textContent, rgb: td.ownerDocument.defaultView!.getComputedStyle(td).backgroundColor.match(/\d+/g)!.map(Number) })),
    );
    expect(neutral).toHaveLength(required.filter((t) => t.required === 0 && t.drafts > 0).length);
    for (const { rgb: channels } of neutral) expect(Math.max(...channels) - Math.min(...channels)).toBeLessThan(16);
    expect(neutral.filter((cell) => cell.text!.startsWith('0/')).length).toBeGreaterThan(0);
    expect(await page.locator('section.message').count()).toBe(report.messages.length);
    const data = page.locator('section.message', { has: page.locator('h2', { hasText: /^data$/ }) });
    expect(await data.locator('ul.conveyed li').count()).toBe(4);
    expect(await texts(data, 'ul.drifted li')).toEqual(['marketing/ads/fruehjahr-2026.md:23:69']);
    expect(await page.locator('script, img, link, iframe').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('escapes spec and draft text, and lists drafts that miss a required message', async () => {
    const tally = { drafts: 1, conveying: 0, required: 1, requiredConveying: 0 };
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
    // The one draft that must convey the message does not: that cell is red.
    const [r, g] = await page.locator('td.cell').evaluate((td) => td.ownerDocument.defaultView!.getComputedStyle(td).backgroundColor.match(/\d+/g)!.map(Number));
    expect(r!).toBeGreaterThan(g! + 40);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe.skipIf(browserNeed.skip)(`the reports at phone and desktop width${browserNeed.note}`, { timeout: 60_000 }, () => {
  // A browser of its own, with a fresh profile folder, as a user's first look at the page would have.
  let context: BrowserContext;
  const shots = mkdtempSync(path.join(os.tmpdir(), 'onevoice-screenshots-'));
  beforeAll(async () => {
    if (browserNeed.skip) return;
    context = await chromium.launchPersistentContext(mkdtempSync(path.join(os.tmpdir(), 'onevoice-profile-')), { executablePath: CHROMIUM, args: ARGS, headless: true });
  }, 60_000);
  afterAll(async () => {
    await context?.close();
  });

  /** What sticks out at `width`: the page's scroll width, and the elements (outside a table's own scroll box) that reach past the viewport. */
  async function overflow(file: string, width: number) {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const found = await page.locator('html').evaluate((root) => {
      const view = root.ownerDocument.defaultView!;
      return {
        scrollWidth: root.scrollWidth,
        innerWidth: view.innerWidth,
        wide: [...root.querySelectorAll('body *')]
          .filter((element) => !element.closest('.scroll') || element.classList.contains('scroll'))
          .filter((element) => {
            const box = element.getBoundingClientRect();
            return box.width > 0 && (box.right > view.innerWidth + 0.5 || box.left < -0.5);
          })
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
      };
    });
    const png = path.join(shots, `${path.basename(file, '.html')}-${width}.png`);
    const image = await page.screenshot({ path: png });
    await page.close();
    // A PNG's width and height stand in its header, bytes 16 to 24.
    return { ...found, png, bytes: image.length, size: [image.readUInt32BE(16), image.readUInt32BE(20)] as const };
  }

  it('shows the check report of the demo repo at 390 and 1280 px without anything wider than the screen', async () => {
    const file = path.join(dir, 'check-widths.html');
    writeFileSync(file, (await runCli(['--format', 'html'], DEMO)).stdout);
    for (const width of [390, 1280]) {
      const { scrollWidth, innerWidth, wide, png, bytes, size } = await overflow(file, width);
      console.info(`onevoice screenshot: ${png} ${size[0]}x${size[1]} px, ${bytes} bytes`);
      expect(innerWidth).toBe(width);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      expect(wide).toEqual([]);
      expect(size[0]).toBe(width);
      expect(size[1]).toBe(900);
      expect(bytes).toBeGreaterThan(10_000);
    }
  });

  it('wraps what has no place to break: long paths, URLs and words in findings', async () => {
    const long = `https://brisa.example/${'pressemitteilungen-'.repeat(8)}fruehjahr`;
    const finding: Finding = {
      ruleId: 'term',
      severity: 'error',
      messageId: 'avoid',
      message: `Unexpected \`${'Abonnementverwaltungsplattformbetreiber'.repeat(3)}\`, expected \`Brisa Care\``,
      file: `pr/press/${'sehr-lange-pressemitteilung-'.repeat(6)}.md`,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 10,
      sentence: { text: `Mehr unter ${long} und bei ${'Abonnementverwaltungsplattformbetreiber'.repeat(3)}.`, mark: [11, 11 + long.length] },
      related: [{ file: `marketing/${'x'.repeat(120)}.md`, line: 1, column: 1, message: 'first stated here' }],
    };
    const file = path.join(dir, 'long-words.html');
    writeFileSync(file, html({ displayPath: (f) => f, spec: 'onevoice.yaml', summary: { files: 1, errors: 1, warnings: 0, infos: 0 }, files: [finding.file], findings: [finding] }, { color: false }));
    const { scrollWidth, wide } = await overflow(file, 390);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    expect(wide).toEqual([]);
  });

  it('keeps the coverage heatmap in a box of its own that scrolls, never the page', async () => {
    const file = path.join(dir, 'coverage-widths.html');
    expect((await runCli(['coverage', '--format', 'html', '-o', file], DEMO)).code).toBe(0);
    for (const width of [390, 1280]) {
      const { scrollWidth, wide } = await overflow(file, width);
      expect(scrollWidth).toBeLessThanOrEqual(width);
      expect(wide).toEqual([]);
    }
  });
});
