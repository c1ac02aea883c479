// Installing onevoice into a content repo the three ways the README gives: from the packed tarball,
// from a git URL (npm runs the prepare script, which builds it) and as a pre-commit hook pointed at
// a clone. Each runs the real tools (npm, git, pre-commit) in temporary folders, so each takes a
// while: about half a minute for the tarball, one and a half to four minutes for git and pre-commit, which
// install onevoice's development tools to build it. The last two run side by side.

import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { needsCommand, needsRegistry, ROOT, type Need } from './helpers.js';

const TIMEOUT = 900_000;

const needs = (...all: Need[]): Need => all.find((need) => need.skip) ?? { skip: false, note: '' };
const git = needsCommand('git', 'apt-get install -y git');
const registry = needsRegistry();
const preCommit = needsCommand('pre-commit', "apt-get install -y pre-commit (Debian's package; .ci/run installs it)");

/** The environment of the tools: without the npm_* variables `npm test` sets, which would steer the npm runs inside. */
const ENV: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name))),
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  // The cache holds what npm ci fetched: npm need not ask the registry again for each of onevoice's development tools.
  npm_config_prefer_offline: 'true',
  GIT_AUTHOR_NAME: 'Redaktion',
  GIT_AUTHOR_EMAIL: 'redaktion@example.com',
  GIT_COMMITTER_NAME: 'Redaktion',
  GIT_COMMITTER_EMAIL: 'redaktion@example.com',
  NO_COLOR: '1',
  FORCE_COLOR: '',
};

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end, asynchronously, so that two installs can run side by side. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = ENV): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs a command that must succeed, and says what it printed where it does not. */
async function ok(command: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<Ran> {
  const result = await run(command, args, cwd, env);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result;
}

// Installed packages and pre-commit's environments weigh some 100 MB a run: the folders go when the tests are done.
const folders: string[] = [];
const temp = (name: string) => {
  const folder = mkdtempSync(path.join(os.tmpdir(), `onevoice-install-${name}-`));
  folders.push(folder);
  return folder;
};
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
}, 300_000);

const SPEC = `version: 1
language: de
teams:
  marketing:      { paths: ["marketing/**"] }
  communications: { paths: ["pr/**"] }
terms:
  - { use: kostenfrei, avoid: [kostenlos, gratis] }
claims:
  - phrase: Marktführer
    reason: "Alleinstellung nur mit Beleg"
`;

const PRESS = '# Brisa startet\n\nDie erste Probefahrt ist gratis.\n';
const BLOG = '# Pendeln\n\nAls Marktführer machen wir Ihren Weg zur Arbeit leichter.\n';
const EXPECTED = ['marketing/blog/pendeln.md:3:5 claim', 'pr/press/start.md:3:26 term'];

/** A content repo as a team would have it: a package.json, the spec and two drafts with a finding each. */
function contentRepo(): string {
  const repo = temp('content');
  writeFileSync(path.join(repo, 'package.json'), `${JSON.stringify({ name: 'content', private: true }, null, 2)}\n`);
  writeFileSync(path.join(repo, 'onevoice.yaml'), SPEC);
  for (const [file, text] of [
    ['pr/press/start.md', PRESS],
    ['marketing/blog/pendeln.md', BLOG],
  ] as const) {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
  }
  return repo;
}

/** `npx onevoice check` there: its exit code and its findings as `file:line:column rule`. */
async function findings(repo: string): Promise<{ status: number | null; found: string[]; stderr: string }> {
  const { status, stdout, stderr } = await run('npx', ['--no-install', 'onevoice', 'check', '--format', 'json'], repo);
  const report = JSON.parse(stdout || '{"findings": []}') as { findings: { file: string; line: number; column: number; ruleId: string }[] };
  return { status, stderr, found: report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`) };
}

/** The repository as a clone would have it, with the working tree's changes committed: tracked and untracked files that git does not ignore. */
async function clone(): Promise<{ folder: string; commit: string }> {
  const folder = temp('clone');
  const listed = await ok('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], ROOT);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    const from = path.join(ROOT, file);
    // A file deleted in the working tree but not yet in the index.
    if (!existsSync(from) || lstatSync(from).isDirectory()) continue;
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    copyFileSync(from, path.join(folder, file));
  }
  await ok('git', ['init', '-q'], folder);
  await ok('git', ['add', '-A'], folder);
  await ok('git', ['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'onevoice as it stands'], folder);
  return { folder, commit: (await ok('git', ['rev-parse', 'HEAD'], folder)).stdout.trim() };
}

const tarball = needs(registry);
describe.skipIf(tarball.skip)(`install from the packed tarball${tarball.note}`, () => {
  it(
    'npm pack, then npm install -D ./onevoice-x.y.z.tgz: the command works, and no development tool comes with it',
    async () => {
      // `npm test` has just built dist/, which `npm pack` would build again (prepare): the git install below runs that build.
      expect(existsSync(path.join(ROOT, 'dist', 'bundle', 'run.js'))).toBe(true);
      const destination = temp('pack');
      const packed = await ok('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', destination], ROOT);
      const [{ filename, files }] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }];
      const paths = files.map((f) => f.path);
      expect(filename).toMatch(/^onevoice-\d+\.\d+\.\d+\.tgz$/);
      expect(paths).toEqual(
        expect.arrayContaining(['bin/onevoice.js', 'dist/bundle/run.js', 'dist/bundle/worker.js', 'dist/src/index.js', 'dist/src/index.d.ts', 'src/spec/onevoice.schema.json', 'docs/rules/term.md']),
      );
      expect(paths.filter((file) => /^(test|fixtures|dist\/test)\//.test(file))).toEqual([]);

      const repo = contentRepo();
      copyFileSync(path.join(destination, filename), path.join(repo, filename));
      await ok('npm', ['install', '-D', `./${filename}`], repo);
      // Its runtime dependencies only: the package is built, nothing is compiled or bundled on install.
      for (const tool of ['typescript', 'esbuild', 'vitest']) expect(existsSync(path.join(repo, 'node_modules', tool))).toBe(false);
      expect(JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'))).toMatchObject({ devDependencies: { onevoice: `file:${filename}` } });
      expect(await findings(repo)).toEqual({ status: 1, stderr: '', found: EXPECTED });

      // A new user's first steps: a starter spec with sample drafts, and a first check.
      const fresh = path.join(repo, 'fresh');
      mkdirSync(fresh);
      const init = await ok('npx', ['--no-install', 'onevoice', 'init', '--example'], fresh);
      expect(init.stdout).toContain('wrote onevoice.yaml\n');
      const first = await run('npx', ['--no-install', 'onevoice', 'check'], fresh);
      expect(first.status).toBe(1);
      expect(first.stdout).toMatch(/^pr\/press\/2026-05-12-start\.md$/m);
      expect(first.stderr).toBe('');
    },
    TIMEOUT,
  );
});

// The two that build onevoice from its sources, side by side: each spends most of its time installing onevoice's development tools.
const fromGit = needs(git, registry);
const hook = needs(git, registry, preCommit);
describe.concurrent('install from sources', () => {
  const source = fromGit.skip && hook.skip ? undefined : clone();

  it.skipIf(fromGit.skip)(
    `npm install -D git+file://… of a clone: prepare builds it, and the command works${fromGit.note}`,
    async () => {
      const { folder } = await source!;
      const repo = contentRepo();
      await ok('npm', ['install', '-D', `git+file://${folder}`], repo);
      expect(existsSync(path.join(repo, 'node_modules', 'onevoice', 'dist', 'bundle', 'run.js'))).toBe(true);
      for (const tool of ['typescript', 'esbuild', 'vitest']) expect(existsSync(path.join(repo, 'node_modules', tool))).toBe(false);
      expect(await findings(repo)).toEqual({ status: 1, stderr: '', found: EXPECTED });
    },
    TIMEOUT,
  );

  it.skipIf(hook.skip)(
    `the pre-commit hook of a clone, by path and commit: a draft with a finding blocks the commit, a good one passes${hook.note}`,
    async () => {
      const { folder, commit } = await source!;
      const repo = contentRepo();
      // pre-commit keeps the environments it builds in PRE_COMMIT_HOME: a fresh one, so that the hook is built from this very clone.
      const env = { ...ENV, PRE_COMMIT_HOME: temp('pre-commit-home') };
      writeFileSync(path.join(repo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${folder}\n    rev: ${commit}\n    hooks:\n      - id: onevoice\n`);
      await ok('git', ['init', '-q'], repo, env);
      await ok('git', ['config', 'commit.gpgsign', 'false'], repo, env);
      await ok('pre-commit', ['install'], repo, env);
      await ok('git', ['add', 'onevoice.yaml', '.pre-commit-config.yaml', 'package.json'], repo, env);
      await ok('git', ['commit', '-q', '-m', 'spec'], repo, env);

      await ok('git', ['add', 'pr/press/start.md', 'marketing/blog/pendeln.md'], repo, env);
      const blocked = await run('git', ['commit', '-m', 'drafts'], repo, env);
      const output = blocked.stdout + blocked.stderr;
      expect(blocked.status, output).not.toBe(0);
      expect(output).toMatch(/^onevoice\.+Failed$/m);
      expect(output).toContain('pr/press/start.md\n  3:26  error  Unexpected `gratis`, expected `kostenfrei`  term');
      expect(output).toContain('marketing/blog/pendeln.md\n  3:5  error  Forbidden claim `Marktführer`: Alleinstellung nur mit Beleg  claim');
      expect((await ok('git', ['rev-list', '--count', 'HEAD'], repo, env)).stdout.trim()).toBe('1');

      writeFileSync(path.join(repo, 'pr/press/start.md'), PRESS.replace('gratis', 'kostenfrei'));
      writeFileSync(path.join(repo, 'marketing/blog/pendeln.md'), BLOG.replace('Als Marktführer machen wir', 'Wir machen'));
      await ok('git', ['add', 'pr/press/start.md', 'marketing/blog/pendeln.md'], repo, env);
      const passed = await run('git', ['commit', '-m', 'drafts'], repo, env);
      expect(passed.status, passed.stdout + passed.stderr).toBe(0);
      expect(passed.stdout + passed.stderr).toMatch(/^onevoice\.+Passed$/m);
      expect((await ok('git', ['rev-list', '--count', 'HEAD'], repo, env)).stdout.trim()).toBe('2');
    },
    TIMEOUT,
  );
});
