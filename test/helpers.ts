// Test helpers: lint in-memory drafts against an in-memory spec, and run the CLI in-process.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { run } from '../src/cli/run.js';
import { draftOrProblem } from '../src/drafts/load.js';
import type { Finding } from '../src/engine/finding.js';
import type { Report } from '../src/formatters/types.js';
import { lint } from '../src/engine/lint.js';
import type { Rule } from '../src/engine/rule.js';
import { rules } from '../src/rules/index.js';
import { parseSpec } from '../src/index.js';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const FIXTURES = path.join(ROOT, 'fixtures');
/** Where in-memory drafts and their spec are said to be. */
export const VIRTUAL_ROOT = path.resolve('/virtual/content');

/** The real content repos, kept beside the project; a user's clone has none. */
export const CORPORA = path.resolve(ROOT, '..', 'shared', 'corpora');
/** The browser the HTML report tests open; ONEVOICE_CHROMIUM points elsewhere (or nowhere, to try the skip). */
export const CHROMIUM = process.env['ONEVOICE_CHROMIUM'] || '/usr/bin/chromium';

/** Whether tests that need something outside the repo run: `skip` and, in that case, a `note` for their names. */
export interface Need {
  skip: boolean;
  /** '' when the tests run, else ` (skipped: … is missing)` to append to the test's name. */
  note: string;
}

/**
 * Tests that need `location` skip where it is missing, with a one-line note, so that `npm test`
 * passes on a fresh clone. Under CI=true they never skip: a missing one fails the test file.
 */
function need(what: string, location: string, remedy: string): Need {
  return needWhere(existsSync(location), `${what} (${location})`, 'is missing', remedy);
}

function needWhere(present: boolean, what: string, lack: string, remedy: string): Need {
  if (present) return { skip: false, note: '' };
  const ci = process.env['CI'] === 'true' || process.env['CI'] === '1';
  if (ci) throw new Error(`${what} ${lack}, and CI=true runs every test: ${remedy}`);
  console.warn(`onevoice tests: ${what} ${lack}, so the tests that need it skip; CI=true would fail instead`);
  return { skip: true, note: ` (skipped: ${what} ${lack})` };
}

export const needsCorpora = (): Need => need('the folder of real corpora', CORPORA, 'check out the content repos to ../shared/corpora');
export const needsChromium = (): Need => need('Chromium', CHROMIUM, 'apt-get install -y chromium (.ci/run does), or set ONEVOICE_CHROMIUM to a Chromium binary');

/** A command on the PATH, as `command --version` finds it. */
export const needsCommand = (command: string, remedy: string): Need =>
  needWhere(spawnSync(command, ['--version'], { stdio: 'ignore', timeout: 30_000 }).status === 0, `\`${command}\``, 'is not installed', remedy);

/** The npm registry, as `npm ping` reaches it. */
export const needsRegistry = (): Need =>
  needWhere(spawnSync('npm', ['ping'], { stdio: 'ignore', timeout: 30_000 }).status === 0, 'the npm registry', 'cannot be reached', 'check the network and npm config get registry');

/** Lints drafts given as `{ 'pr/press/a.md': text }` against a spec given as YAML text. */
export function lintDrafts(specYaml: string, drafts: Record<string, string>, ruleIds?: string[]): Finding[] {
  return lintWith(specYaml, drafts, { rules: rules.filter((r) => !ruleIds || ruleIds.includes(r.id)) });
}

/**
 * Lints drafts with the given rule objects; `checked` names the drafts reported on (all by
 * default), the others only take part in corpus comparisons. Files are relative to the content.
 */
export function lintWith(specYaml: string, drafts: Record<string, string>, options: { rules: readonly Rule[]; checked?: readonly string[] }): Finding[] {
  const spec = parseSpec(specYaml, path.join(VIRTUAL_ROOT, 'onevoice.yaml'));
  const corpus = Object.entries(drafts).map(([name, text]) => {
    const file = path.join(VIRTUAL_ROOT, name);
    return draftOrProblem(spec, file, text);
  });
  const checked = options.checked?.map((name) => path.join(VIRTUAL_ROOT, name)) ?? corpus.map((d) => d.file);
  return lint({ spec, corpus, checked: new Set(checked), rules: options.rules }).map((f) => ({ ...f, file: path.relative(VIRTUAL_ROOT, f.file) }));
}

/** [line, column, messageId] of each finding, the shape most rule tests assert. */
export const at = (findings: Finding[]) => findings.map((f) => [f.line, f.column, f.messageId]);

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process; `stdin`, where given, is what is piped in. */
export async function runCli(argv: string[], cwd: string, env: Record<string, string> = {}, stdin?: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    cwd,
    env,
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    ...(stdin === undefined ? {} : { stdin: [Buffer.from(stdin, 'utf8')] }),
  });
  return { code, stdout, stderr };
}

/** A term finding in a press release, with what a test changes. */
export const finding = (overrides: Partial<Finding>): Finding => ({
  ruleId: 'term',
  severity: 'error',
  messageId: 'avoid',
  message: 'Unexpected `kostenlos`, expected `kostenfrei`',
  file: 'pr/press/a.md',
  line: 3,
  column: 5,
  endLine: 3,
  endColumn: 14,
  ...overrides,
});

/** The report the formatters are given for `findings`. */
export const report = (findings: Finding[], files = [...new Set(findings.map((f) => f.file))]): Report => ({
  displayPath: (file) => file,
  spec: 'onevoice.yaml',
  summary: {
    files: files.length,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
  },
  files,
  findings,
});
