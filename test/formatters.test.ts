// The CI formats: SARIF valid against the 2.1.0 schema, GitHub workflow commands and JUnit XML escaped
// exactly and read back by a real XML parser.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/engine/finding.js';
import { github } from '../src/formatters/github.js';
import { json } from '../src/formatters/json.js';
import { junit } from '../src/formatters/junit.js';
import { sarif } from '../src/formatters/sarif.js';
import { rules } from '../src/rules/index.js';
import { VERSION } from '../src/version.js';
import { finding, FIXTURES, report, runCli } from './helpers.js';

const DEMO = path.join(FIXTURES, 'demo');

// The SARIF 2.1.0 schema as the SARIF SDK ships it (JSON Schema 2020-12), with formats checked.
const schemaFile = createRequire(import.meta.url).resolve('@microsoft/sarif-multitool-linux/sarif-2.1.0.json');
const ajv = new Ajv2020({ allErrors: true });
addFormats.default(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);

function expectValidSarif(text: string): Sarif.Log {
  const log = JSON.parse(text) as Sarif.Log;
  validateSarif(log);
  expect(validateSarif.errors ?? []).toEqual([]);
  return log;
}

/** Quotes, backslashes, escapes of every format, control characters, a lone surrogate, markup, emoji. */
const NASTY = 'Say "100%" \\ C:\\dir,\r\nnext: <b>&</b> \'x\' </script><script>alert(1)</script>\t\u0007\u0000\u001b[31m \uD800 👩‍💻';

const demoJson = async () => JSON.parse((await runCli(['--format', 'json'], DEMO)).stdout) as { findings: { ruleId: string; file: string; related?: unknown[]; fix?: { text: string } }[] };

describe('--format json', () => {
  it('is JSON.stringify of the report, findings then each checked draft with its language and where it came from', () => {
    const findings = [
      finding({}),
      finding({ ruleId: 'parse', messageId: 'front-matter', message: `Invalid front matter: ${NASTY}`, file: 'pr/press/b.md', line: 2, column: 7, endLine: 2, endColumn: 7 }),
    ];
    const drafts = [
      { file: 'pr/press/a.md', lang: 'de', langSource: 'front-matter' },
      { file: 'pr/press/b.md', lang: 'en', langSource: 'suffix' },
    ];
    const text = [...json({ ...report(findings), drafts }, { color: false })].join('');
    const parsed = JSON.parse(text) as { findings: unknown[]; drafts: unknown[] };
    expect(text).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    expect(Object.keys(parsed)).toEqual(['tool', 'spec', 'summary', 'findings', 'drafts']);
    expect(parsed.findings[1]).toMatchObject({ ruleId: 'parse', line: 2, column: 7, message: `Invalid front matter: ${NASTY}` });
    expect(parsed.drafts).toEqual(drafts);
  });

  it('keeps its shape without findings or drafts', () => {
    for (const drafts of [undefined, []]) {
      const text = [...json({ ...report([]), ...(drafts ? { drafts } : {}) }, { color: false })].join('');
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    }
  });

  it('lists the drafts of a run with their languages: front matter here, the spec elsewhere', async () => {
    const { drafts } = JSON.parse((await runCli(['--format', 'json'], DEMO)).stdout) as { drafts: { file: string; lang: string; langSource: string }[] };
    expect(drafts.find((d) => d.file === 'pr/press/2026-03-10-spring-launch-en.md')).toEqual({ file: 'pr/press/2026-03-10-spring-launch-en.md', lang: 'en', langSource: 'front-matter' });
    expect(new Set(drafts.map((d) => d.langSource))).toEqual(new Set(['front-matter', 'detected']));
  });
});

describe('--format sarif', () => {
  it('validates against the SARIF 2.1.0 schema on the demo repo, with every rule and every finding', async () => {
    const { code, stdout, stderr } = await runCli(['--format', 'sarif'], DEMO);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const log = expectValidSarif(stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.tool.driver).toMatchObject({ name: 'onevoice', version: VERSION, informationUri: 'https://github.com/onevoice/onevoice' });
    expect(run.tool.driver.rules?.map((r) => r.id)).toEqual(rules.map((r) => r.id));
    for (const [i, descriptor] of (run.tool.driver.rules ?? []).entries()) {
      expect(descriptor.helpUri).toBe(`https://github.com/onevoice/onevoice#${descriptor.id}`);
      expect(descriptor.shortDescription?.text).toBe(rules[i]!.description);
      expect(descriptor.defaultConfiguration?.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[rules[i]!.defaultSeverity]);
    }

    const json = await demoJson();
    const results = run.results ?? [];
    expect(results.map((r) => `${r.locations?.[0]?.physicalLocation?.artifactLocation?.uri} ${r.ruleId}`)).toEqual(json.findings.map((f) => `${f.file} ${f.ruleId}`));
    for (const result of results) {
      expect(run.tool.driver.rules?.[result.ruleIndex!]?.id).toBe(result.ruleId);
      expect(result.locations?.[0]?.physicalLocation?.artifactLocation?.uriBaseId).toBe('%SRCROOT%');
    }
    // Terms carry their fix as a replacement of the flagged region.
    const fixed = results.find((r) => r.fixes)!;
    const replacement = fixed.fixes![0]!.artifactChanges[0]!.replacements[0]!;
    expect(replacement.deletedRegion).toEqual(fixed.locations![0]!.physicalLocation!.region);
    expect(replacement.insertedContent?.text).toBe(json.findings.find((f) => f.fix)!.fix!.text);
    expect(results.filter((r) => r.fixes).length).toBe(json.findings.filter((f) => f.fix).length);
    // The fact conflict names the three other statements.
    const conflict = results.find((r) => r.ruleId === 'fact-conflict')!;
    expect(conflict.relatedLocations).toHaveLength(3);
    expect(conflict.relatedLocations![0]!.message?.text).toBeTruthy();
    const prints = results.map((r) => r.partialFingerprints?.['onevoice/v1']);
    expect(new Set(prints).size).toBe(results.length);
  });

  it('keeps nasty text intact and paths as URI references, and stays valid', () => {
    const text = sarif(
      report([
        finding({ message: NASTY, file: 'pr/press/a, b:c%ü.md', fix: { text: NASTY, range: [0, 1] }, related: [{ file: 'x y.md', line: 1, column: 2, message: NASTY }] }),
        finding({ ruleId: 'claim', severity: 'info', message: 'note level' }),
        finding({ ruleId: 'no-such-rule', severity: 'warning' }),
      ]),
      { color: false },
    );
    const results = expectValidSarif(text).runs[0]!.results!;
    expect(results[0]!.message.text).toBe(NASTY);
    expect(results[0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('pr/press/a%2C%20b%3Ac%25%C3%BC.md');
    expect(results[0]!.relatedLocations![0]!.physicalLocation!.artifactLocation!.uri).toBe('x%20y.md');
    expect(results[0]!.fixes![0]!.artifactChanges[0]!.replacements[0]!.insertedContent!.text).toBe(NASTY);
    expect(results[1]!.level).toBe('note');
    expect(results[2]).not.toHaveProperty('ruleIndex');
  });

  it('is checked by a validator that does reject bad SARIF', () => {
    const log = JSON.parse(sarif(report([finding({})]), { color: false })) as Sarif.Log;
    expect(validateSarif(log)).toBe(true);
    const infoLevel = structuredClone(log);
    Object.assign(infoLevel.runs[0]!.results![0]!, { level: 'info' });
    expect(validateSarif(infoLevel)).toBe(false);
    const spaced = structuredClone(log);
    spaced.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri = 'pr/a b.md';
    expect(validateSarif(spaced)).toBe(false);
  });

  it('fingerprints survive lines added above a finding, and tell repeats apart', () => {
    const prints = (findings: Finding[]) => (JSON.parse(sarif(report(findings), { color: false })) as Sarif.Log).runs[0]!.results!.map((r) => r.partialFingerprints!['onevoice/v1']);
    const [before] = prints([finding({ excerpt: 'kostenlos', line: 3 })]);
    const [after] = prints([finding({ excerpt: 'kostenlos', line: 13, column: 1, endLine: 13, endColumn: 10 })]);
    expect(after).toBe(before);
    expect(before).toMatch(/^[0-9a-f]{32}:1$/);
    const [other] = prints([finding({ excerpt: 'gratis', line: 3 })]);
    expect(other).not.toBe(before);
    const twice = prints([finding({ excerpt: 'kostenlos' }), finding({ excerpt: 'kostenlos', line: 9, endLine: 9 })]);
    expect(twice).toEqual([before, before!.replace(/:1$/, ':2')]);
  });
});

describe('--format github', () => {
  it('writes one annotation per finding of the demo repo, each on one line', async () => {
    const { stdout } = await runCli(['--format', 'github'], DEMO);
    const json = await demoJson();
    const lines = stdout.split('\n').slice(0, -1);
    expect(lines).toHaveLength(json.findings.length);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=onevoice\([a-z-]+\)::[^\r\n]+$/);
    // The fact conflict lists its three other statements on lines of their own, escaped.
    const conflict = lines.find((l) => l.includes('title=onevoice(fact-conflict)'))!;
    expect(conflict.split('%0A')).toHaveLength(4);
  });

  it('escapes the message and, more strictly, the properties', () => {
    const out = github(
      report([
        finding({ file: 'pr/a, b:c%.md', message: 'Say "100%" \\ C:\\dir,\r\nnext: <b>&</b> 👩‍💻', related: [{ file: 'x,y.md', line: 1, column: 2, message: 'first: stated, here' }] }),
        finding({ severity: 'warning', ruleId: 'claim' }),
        finding({ severity: 'info', ruleId: 'first-person', message: '%0A is not a line break' }),
      ]),
      { color: false },
    );
    expect(out).toBe(
      '::error file=pr/a%2C b%3Ac%25.md,line=3,col=5,endLine=3,endColumn=14,title=onevoice(term)::Say "100%25" \\ C:\\dir,%0D%0Anext: <b>&</b> 👩‍💻%0Ax,y.md:1:2: first: stated, here\n' +
        '::warning file=pr/press/a.md,line=3,col=5,endLine=3,endColumn=14,title=onevoice(claim)::Unexpected `kostenlos`, expected `kostenfrei`\n' +
        '::notice file=pr/press/a.md,line=3,col=5,endLine=3,endColumn=14,title=onevoice(first-person)::%250A is not a line break\n',
    );
  });

  it('prints nothing when there is nothing to annotate', () => {
    expect(github(report([], ['a.md']), { color: false })).toBe('');
  });
});

describe('--format junit', () => {
  it('has a suite per checked draft of the demo repo and a failing case per finding', async () => {
    const { stdout } = await runCli(['--format', 'junit'], DEMO);
    const json = await demoJson();
    expect(stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="onevoice"')).toBe(true);
    expect(stdout.match(/<testsuite /g)).toHaveLength(10);
    expect(stdout.match(/<failure /g)).toHaveLength(json.findings.length);
    expect(stdout).toContain(`tests="${json.findings.length}" failures="${json.findings.length}"`);
  });

  it('lists clean drafts as passing cases and escapes everything XML needs escaped', () => {
    const file = 'a/<x>&"y\'.md';
    const out = junit(
      report(
        [
          finding({ file, line: 2, column: 3, ruleId: 'claim', message: 'Bad "claim" & <tag>\u0007\u0000\tnext\nline \uD800 👩‍💻 ]]>' }),
          finding({ file, line: 4, column: 1, ruleId: 'first-person', severity: 'info', message: 'we & us' }),
        ],
        ['b/clean.md', file],
      ),
      { color: false },
    );
    const name = 'a/&lt;x&gt;&amp;&quot;y&#39;.md';
    expect(out).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<testsuites name="onevoice" tests="3" failures="1" errors="0">\n' +
        `  <testsuite name="${name}" tests="2" failures="1" errors="0">\n` +
        `    <testcase name="2:3 claim" classname="${name}">\n` +
        `      <failure message="Bad &quot;claim&quot; &amp; &lt;tag&gt;&#9;next&#10;line  👩‍💻 ]]&gt;" type="error">${name}:2:3 claim</failure>\n` +
        '    </testcase>\n' +
        `    <testcase name="4:1 first-person" classname="${name}">\n` +
        '      <system-out>we &amp; us</system-out>\n' +
        '    </testcase>\n' +
        '  </testsuite>\n' +
        '  <testsuite name="b/clean.md" tests="1" failures="0" errors="0">\n' +
        '    <testcase name="onevoice" classname="b/clean.md"/>\n' +
        '  </testsuite>\n' +
        '</testsuites>\n',
    );
  });

  it('writes XML that a real XML parser reads back to the same text', () => {
    const message = `${NASTY} </td></tr></table><h1>injected</h1>`;
    const xml = junit(report([finding({ ruleId: 'claim', messageId: 'forbidden', message, file: `a/${NASTY}.md` })]), { color: false });
    const problems: string[] = [];
    const document = new DOMParser({ onError: (level, text) => problems.push(`${level}: ${text}`) }).parseFromString(xml, 'text/xml');
    expect(problems).toEqual([]);
    // The characters no XML document may hold are left out; the parser above does not check those.
    const legal = (text: string) => text.replace(/[\u0000\u0007\u001b\uD800]/g, '');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|\p{Cs}/u);
    expect(document.getElementsByTagName('failure')[0]?.getAttribute('message')).toBe(legal(message));
    expect(document.getElementsByTagName('testsuite')[0]?.getAttribute('name')).toBe(legal(`a/${NASTY}.md`));
  });

  it('is checked by a parser that rejects broken XML', () => {
    expect(() => new DOMParser().parseFromString('<testsuite name="a<b"></testcase>', 'text/xml')).toThrow(/not allowed in attributes/);
  });
});
