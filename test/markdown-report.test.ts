// The flagged sentence that findings carry, and the Markdown report (`--format markdown`) that
// quotes it: read back by a real GFM parser (remark-gfm), so escaping is checked as GitHub reads it.

import path from 'node:path';
import type { ListItem, Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/engine/finding.js';
import { SENTENCE_MAX } from '../src/engine/sentence.js';
import { codeSpan, FOLD_FROM, markdownReport, STEP_SUMMARY_LIMIT } from '../src/formatters/markdown.js';
import { finding, FIXTURES, lintDrafts, report, runCli } from './helpers.js';

const DEMO = path.join(FIXTURES, 'demo');
const SPEC = `
version: 1
language: de
terms:
  - use: kostenfrei
    avoid: [gratis, kostenlos]
claims:
  - phrase: Marktführer
    reason: Alleinstellung nur mit Beleg
`;

const marked = (f: Finding) => (f.sentence ? `${f.sentence.text.slice(0, f.sentence.mark[0])}[${f.sentence.text.slice(...f.sentence.mark)}]${f.sentence.text.slice(f.sentence.mark[1])}` : undefined);

describe('the sentence a finding stands in', () => {
  it('is the sentence of the flagged words, as written on one line, with the flagged part marked', () => {
    const draft = [
      '# Frühjahrsstart bei Brisa Bikes',
      '',
      'Die Brisa Bikes GmbH startet am 12. Mai in zwölf Städten. Probefahrt und Einweisung sind',
      '**gratis**, der Helm ebenfalls. Das Unternehmen sieht sich als Marktführer.',
      '',
      '> Ein Zitat: „Wir liefern kostenlos.“',
    ].join('\n');
    const findings = lintDrafts(SPEC, { 'pr/press/start.md': draft }, ['term', 'claim']);
    expect(findings.map((f) => [f.ruleId, f.line, f.column, marked(f)])).toEqual([
      ['term', 4, 3, 'Probefahrt und Einweisung sind [gratis], der Helm ebenfalls.'],
      ['claim', 4, 64, 'Das Unternehmen sieht sich als [Marktführer].'],
      ['term', 6, 27, 'Ein Zitat: „Wir liefern [kostenlos].“'],
    ]);
  });

  it('shows inline code, HTML and URLs as the source writes them, where the rules saw none', () => {
    const draft = 'Mit `npm ci` und <abbr>CLI</abbr> ist die Probefahrt gratis, siehe https://brisa.example/abo.\n';
    const [finding] = lintDrafts(SPEC, { 'pr/blog/a.md': draft }, ['term']);
    expect(marked(finding!)).toBe('Mit `npm ci` und <abbr>CLI</abbr> ist die Probefahrt [gratis], siehe https://brisa.example/abo.');
  });

  it('keeps a long sentence to the flagged part and the words around it', () => {
    const words = 'Das Abo umfasst Wartung, Reparaturen, Diebstahlschutz, einen Helm und ein Rahmenschloss';
    const draft = `${Array(4).fill(words).join(' und ')}, und die Probefahrt ist gratis, ${Array(4).fill(words).join(' und ')}.\n`;
    const [finding] = lintDrafts(SPEC, { 'pr/blog/a.md': draft }, ['term']);
    const { text, mark } = finding!.sentence!;
    expect(text.length).toBeLessThanOrEqual(SENTENCE_MAX + 4);
    expect(text.slice(...mark)).toBe('gratis');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(mark[0]).toBeGreaterThan(100);
  });

  it('is left out where a finding flags no prose (a front-matter key, a missing message)', () => {
    const spec = `${SPEC}\nmessages:\n  - id: roof\n    text: "Brisa macht den Arbeitsweg elektrisch."\n    required_in: [{ channel: press }]\nchannels:\n  press: { paths: ["**/press/**"] }\n`;
    const findings = lintDrafts(spec, { 'pr/press/a.md': 'Ein Text über Räder.\n' }, ['missing-message']);
    expect(findings.map((f) => f.ruleId)).toEqual(['missing-message']);
    expect(findings[0]!.sentence).toBeUndefined();
  });
});

// A real GFM reading of the report.
const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;

function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

function all(node: Nodes, type: string): Nodes[] {
  const found = node.type === type ? [node] : [];
  return 'children' in node ? [...found, ...(node.children as Nodes[]).flatMap((child) => all(child, type))] : found;
}

/** Sentences whose every character means something to Markdown, GFM or GitHub. */
const NASTY = [
  '1. **fett** _kursiv_ `code` [Link](https://x.example) ![Bild](y.png) <b>html</b> &amp; | Spalte | ~~weg~~ $x^2$ :rocket: @brisa-team #12 \\ Ende',
  '- Liste > Zitat # Titel + plus = gleich',
  '# Überschrift <script>alert(1)</script> <!-- Kommentar --> ``` Zaun',
];

describe('--format markdown', () => {
  it('summarises the demo repo: counts per rule and team, each draft folded, each finding with its place, sentence and message', async () => {
    const { stdout, code } = await runCli(['--format', 'markdown'], DEMO);
    expect(code).toBe(1);
    const json = JSON.parse((await runCli(['--format', 'json'], DEMO)).stdout) as { summary: { files: number; errors: number; warnings: number }; findings: Finding[] };
    expect(stdout.split('\n')[0]).toBe(`### onevoice: ${json.findings.length} problems (${json.summary.errors} errors, ${json.summary.warnings} warnings) in ${json.summary.files} drafts`);
    const tree = parse(stdout);
    const [rules, teams] = all(tree, 'table') as Extract<Nodes, { type: 'table' }>[];
    const countOf = (table: typeof rules, name: string) => table!.children.find((row) => textOf(row.children[0]!) === name)?.children.map(textOf);
    const terms = json.findings.filter((f) => f.ruleId === 'term');
    expect(countOf(rules, 'term')).toEqual(['term', String(terms.filter((f) => f.severity === 'error').length), String(terms.filter((f) => f.severity === 'warning').length)]);
    expect(rules!.children).toHaveLength(1 + new Set(json.findings.map((f) => f.ruleId)).size);
    const marketing = json.findings.filter((f) => f.team === 'marketing');
    expect(countOf(teams, 'marketing')).toEqual(['marketing', String(marketing.filter((f) => f.severity === 'error').length), String(marketing.filter((f) => f.severity === 'warning').length)]);
    // 42 findings: each draft folds under its name and counts.
    expect(json.findings.length).toBeGreaterThanOrEqual(FOLD_FROM);
    const files = [...new Set(json.findings.map((f) => f.file))];
    expect([...stdout.matchAll(/^<details><summary><code>(.+?)<\/code> · /gm)].map((m) => m[1])).toEqual(files);
    // Every finding: its place, the message, and its sentence with the flagged words in bold.
    const items = all(tree, 'listItem').filter((item) => /^(?:❌|⚠️|ℹ️)/u.test(textOf(item)));
    expect(items.map((item) => textOf(item).split(' ')[1])).toEqual(json.findings.map((f) => `${f.file}:${f.line}:${f.column}`));
    expect(stdout).toContain(
      '- ❌ `pr/press/2026-03-10-fruehjahrsstart.md:19:124` Forbidden claim `Marktführer`: Alleinstellungsbehauptung nur mit belastbarem Marktanteilsnachweis (§ 5 UWG) ([claim](https://github.com/onevoice/onevoice#claim))\n' +
        '  > Das Unternehmen sieht sich damit als <b>Marktführer</b> für E-Bike-Abos in Mitteldeutschland.\n',
    );
    expect(stdout).toContain('  > Schon <b>5.000</b> Kund:innen pendeln mit uns elektrisch.\n');
  });

  it('reads back, through a GFM parser, as exactly the quoted text: no link, emphasis, HTML, mention or list comes of it', () => {
    const findings = NASTY.map((text, i) => {
      const at = text.indexOf('fett') >= 0 ? text.indexOf('fett') : 2;
      return finding({ line: i + 1, message: `Claim ${text}`, team: `team|${i}`, sentence: { text, mark: [at, at + 4] }, related: [{ file: 'b.md', line: 1, column: 1, message: text }] });
    });
    const out = markdownReport(report(findings));
    const tree = parse(out);
    const quotes = all(tree, 'blockquote');
    expect(quotes).toHaveLength(NASTY.length);
    for (const [i, quote] of quotes.entries()) {
      expect(textOf(quote).replaceAll('\u200B', '')).toBe(NASTY[i]);
      // Only the bold mark is markup: two HTML nodes, `<b>` and `</b>`, around the flagged part.
      expect(all(quote, 'html').map((node) => (node as { value: string }).value)).toEqual(['<b>', '</b>']);
      // GFM links a bare URL (as the draft's reader would want); no other link comes of the text.
      for (const link of all(quote, 'link')) expect(textOf(link)).toBe((link as { url: string }).url);
      for (const type of ['image', 'emphasis', 'strong', 'inlineCode', 'delete', 'list', 'heading', 'inlineMath']) expect(all(quote, type)).toEqual([]);
    }
    // A mention or issue reference is broken by a zero-width space, so GitHub links and notifies no one.
    expect(out).toContain('@&#8203;brisa-team \\#&#8203;12');
    // Messages too: the quoted terms as code, the rest as text.
    const items = all(tree, 'listItem').filter((item) => textOf(item).startsWith('❌'));
    expect(items.map((item) => textOf((item as ListItem).children[0]!).replaceAll('\u200B', ''))).toEqual(
      findings.map((f) => `❌ pr/press/a.md:${f.line}:5 ${f.message.replace(/`([^`]+)`/g, '$1')} (term)`),
    );
    // A team's name with a pipe stays in its cell.
    const teams = all(tree, 'table')[1] as Extract<Nodes, { type: 'table' }>;
    expect(teams.children.slice(1).map((row) => row.children.map(textOf))).toEqual([0, 1, 2].map((i) => [`team|${i}`, '1', '0']));
  });

  it('writes code spans that hold backticks, and escapes fold summaries as HTML', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    const file = 'pr/<img src=x onerror=alert(1)>`&.md';
    const many = Array.from({ length: FOLD_FROM }, (_, i) => finding({ file, line: i + 1 }));
    const out = markdownReport(report(many));
    expect(out).toContain('<details><summary><code>pr/&lt;img src=x onerror=alert(1)&gt;`&amp;.md</code> · 20 errors, 0 warnings</summary>\n\n');
    expect(all(parse(out), 'inlineCode').some((node) => (node as { value: string }).value === `${file}:1:5`)).toBe(true);
  });

  it('lists the drafts of a short report under headings, without folds', () => {
    const out = markdownReport(report([finding({ team: 'marketing', sentence: { text: 'Die Probefahrt ist kostenlos.', mark: [19, 28] } })]));
    expect(out).toBe(
      '### onevoice: 1 problem (1 error, 0 warnings) in 1 draft\n\n' +
        '| Rule | Errors | Warnings |\n| --- | ---: | ---: |\n| [`term`](https://github.com/onevoice/onevoice#term) | 1 | 0 |\n\n' +
        '| Team | Errors | Warnings |\n| --- | ---: | ---: |\n| marketing | 1 | 0 |\n\n' +
        '#### `pr/press/a.md`\n\nmarketing · 1 error, 0 warnings\n\n' +
        '- ❌ `pr/press/a.md:3:5` Unexpected `kostenlos`, expected `kostenfrei` ([term](https://github.com/onevoice/onevoice#term))\n' +
        '  > Die Probefahrt ist <b>kostenlos</b>.\n\n',
    );
    expect(markdownReport(report([], ['a.md', 'b.md']))).toBe('### onevoice: no problems\n\n✅ 2 drafts checked, no problems.\n');
  });

  it('stays within the 1 MiB GitHub keeps of a step summary, and says how many findings it left out', () => {
    const sentence = `${'Die Brisa Bikes GmbH bietet E-Bikes im monatlichen Abo für Pendlerinnen und Pendler an. '.repeat(3)}Die Probefahrt ist kostenlos.`;
    const findings = Array.from({ length: 12_000 }, (_, i) =>
      finding({
        file: `marketing/blog/beitrag-${String(Math.floor(i / 10)).padStart(4, '0')}.md`,
        line: (i % 10) + 1,
        sentence: { text: sentence, mark: [sentence.length - 10, sentence.length - 1] },
      }),
    );
    const out = markdownReport(report(findings));
    const size = Buffer.byteLength(out);
    expect(size).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT);
    expect(size).toBeGreaterThan(STEP_SUMMARY_LIMIT * 0.9);
    const shown = (out.match(/^- ❌ /gm) ?? []).length;
    const drafts = (out.match(/^<details>/gm) ?? []).length;
    expect(shown).toBe(drafts * 10);
    expect(out).toContain(`> [!NOTE]\n> ${12_000 - shown} more findings in ${1200 - drafts} more drafts not shown: this summary is kept under 1024 KiB`);
    // The counts still cover every finding.
    expect(out).toContain('| [`term`](https://github.com/onevoice/onevoice#term) | 12000 | 0 |');
    expect(out.endsWith('</details>\n\n> [!NOTE]\n> ' + out.split('> [!NOTE]\n> ')[1])).toBe(true);
    // A smaller limit (a pull-request comment holds 65,536 characters) is kept as well.
    expect(Buffer.byteLength(markdownReport(report(findings), 65_536))).toBeLessThanOrEqual(65_536);
  });
});
