// The bundled demo content repo: every term and claim finding listed in its EXPECTED.md, no other.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './helpers.js';

const DEMO = path.join(FIXTURES, 'demo');

function expectedRows(): string[] {
  const rows: string[] = [];
  for (const line of readFileSync(path.join(DEMO, 'EXPECTED.md'), 'utf8').split('\n')) {
    const row = /^\| ([^ |]+\.md) \| (\d+):(\d+)–(\d+) \| (term|claim) \| (error|warning) \|/.exec(line);
    if (row) rows.push(`${row[1]} ${row[2]}:${row[3]}-${row[4]} ${row[5]} ${row[6]}`);
  }
  return rows;
}

describe('the demo content repo', () => {
  it('yields exactly the term and claim findings its EXPECTED.md lists', async () => {
    const { code, stdout, stderr } = await runCli(['--format', 'json', '--rule', 'term,claim'], DEMO);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { findings: { file: string; line: number; column: number; endLine: number; endColumn: number; ruleId: string; severity: string }[] };
    const actual = report.findings.map((f) => `${f.file} ${f.line}:${f.column}-${f.endColumn} ${f.ruleId} ${f.severity}`);
    const expected = expectedRows();
    expect(expected).toHaveLength(28);
    expect(actual.sort()).toEqual(expected.sort());
  });
});

describe('the demo content repo, core messages and facts', () => {
  it('finds the planted drift, wrong figure and conflict, and no missing message', async () => {
    const { stdout } = await runCli(['--format', 'json', '--rule', 'missing-message,message-drift,fact-mismatch,fact-conflict'], DEMO);
    const report = JSON.parse(stdout) as { findings: { file: string; line: number; column: number; ruleId: string; related?: unknown[] }[] };
    expect(report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      'marketing/ads/fruehjahr-2026.md:23:95 message-drift',
      'marketing/blog/2026-03-14-fruehling-aufs-rad.md:22:7 fact-mismatch',
      'marketing/social/2026-03-social-posts.md:23:42 fact-conflict',
    ]);
    expect(report.findings[2]?.related).toHaveLength(3);
  });
});

describe('onevoice coverage', () => {
  it('lists for each message the drafts that convey it, as JSON', async () => {
    const { code, stdout } = await runCli(['coverage', '--format', 'json'], DEMO);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      drafts: number;
      messages: {
        id: string;
        conveyedBy: { file: string; how: string }[];
        driftedIn: { file: string }[];
        required: { file: string; conveyed: boolean }[];
        channels: Record<string, { drafts: number; conveying: number; required: number; requiredConveying: number }>;
      }[];
    };
    expect(report.drafts).toBe(10);
    const data = report.messages.find((m) => m.id === 'data')!;
    expect(data.conveyedBy.map((d) => d.file)).toEqual([
      'marketing/web/abo-landingpage.md',
      'pr/faq/presse-faq.md',
      'pr/press/2026-03-10-fruehjahrsstart.md',
      'pr/press/2026-03-10-spring-launch-en.md',
    ]);
    expect(data.driftedIn.map((d) => d.file)).toEqual(['marketing/ads/fruehjahr-2026.md']);
    // `data` is required nowhere: its cells count drafts, none of them required.
    expect(data.channels.press).toEqual({ drafts: 2, conveying: 2, required: 0, requiredConveying: 0 });
    const roof = report.messages.find((m) => m.id === 'roof')!;
    expect(roof.channels.press).toEqual({ drafts: 2, conveying: 2, required: 2, requiredConveying: 2 });
    expect(roof.channels.blog).toEqual({ drafts: 2, conveying: 1, required: 1, requiredConveying: 1 });
    expect(report.messages.every((m) => m.required.every((r) => r.conveyed))).toBe(true);
  });

  it('prints a table of messages × channels, teams and campaigns', async () => {
    const { code, stdout } = await runCli(['coverage'], DEMO);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Core-message coverage of 10 drafts (drafts conveying / drafts)');
    expect(lines[3]).toMatch(/^ {2}message +press +blog +ad +social +web +faq +marketing +communications +spring-launch$/);
    expect(lines[4]).toMatch(/^ {2}roof +2\/2 /);
    expect(stdout).toContain('  drifted  marketing/ads/fruehjahr-2026.md:23:69');
  });
});

describe('the demo content repo, duplicated work', () => {
  it('finds the shared FAQ answer, the edited boilerplate, the double work and the area without sign-off', async () => {
    const { stdout } = await runCli(['--format', 'json', '--rule', 'duplicate,boilerplate,double-work,area-ownership'], DEMO);
    const report = JSON.parse(stdout) as { findings: { file: string; line: number; column: number; ruleId: string; message: string }[] };
    expect(report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      'marketing/blog/2026-03-14-fruehling-aufs-rad.md:4:1 double-work',
      'marketing/faq/abo-faq.md:20:1 duplicate',
      'marketing/web/abo-landingpage.md:3:1 area-ownership',
      'pr/blog/2026-03-12-abo-statt-kauf.md:4:1 double-work',
      'pr/faq/presse-faq.md:20:1 duplicate',
      'pr/press/2026-03-10-spring-launch-en.md:28:1 boilerplate',
    ]);
    expect(report.findings[5]?.message).toBe('Boilerplate `about` is edited: `more than 150` instead of `around 120`');
  });
});

describe('the demo content repo, voice', () => {
  it('finds the planted du-forms, gender star, number, date and first person, and nothing else', async () => {
    const { stdout } = await runCli(['--format', 'json', '--rule', 'address-form,inclusive-language,number-format,date-format,first-person'], DEMO);
    const report = JSON.parse(stdout) as { findings: { file: string; line: number; column: number; ruleId: string; severity: string; ref?: string }[] };
    expect(report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.severity} ${f.ref}`)).toEqual([
      // The blog is Marketing's, whose voice is formal: "Du bist", "Frag … deinem … deine", "Du tust".
      'marketing/blog/2026-03-14-fruehling-aufs-rad.md:20:7 address-form error teams.marketing.voice.address',
      'marketing/blog/2026-03-14-fruehling-aufs-rad.md:22:52 address-form error teams.marketing.voice.address',
      'marketing/blog/2026-03-14-fruehling-aufs-rad.md:22:69 address-form error teams.marketing.voice.address',
      'marketing/blog/2026-03-14-fruehling-aufs-rad.md:22:105 address-form error teams.marketing.voice.address',
      'marketing/blog/2026-03-14-fruehling-aufs-rad.md:24:7 address-form error teams.marketing.voice.address',
      'marketing/social/2026-03-social-posts.md:13:54 inclusive-language warning voice.inclusive',
      'marketing/social/2026-03-social-posts.md:23:42 date-format warning voice.dates',
      'pr/blog/2026-03-12-abo-statt-kauf.md:25:59 number-format warning voice.numbers.thousands.de',
      'pr/press/2026-03-10-spring-launch-en.md:14:187 first-person warning channels.press.voice.first_person',
    ]);
  });
});
