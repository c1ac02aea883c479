// Test helpers: lint in-memory drafts against an in-memory spec, and run the CLI in-process.

import path from 'node:path';
import { run } from '../src/cli/run.js';
import { resolveDraft } from '../src/drafts/load.js';
import { parseDraft } from '../src/markdown/parse.js';
import type { Finding } from '../src/engine/finding.js';
import { lint } from '../src/engine/lint.js';
import { rules } from '../src/rules/index.js';
import { parseSpec } from '../src/index.js';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const FIXTURES = path.join(ROOT, 'fixtures');
const VIRTUAL_ROOT = path.resolve('/virtual/content');

/** Lints drafts given as `{ 'pr/press/a.md': text }` against a spec given as YAML text. */
export function lintDrafts(specYaml: string, drafts: Record<string, string>, ruleIds?: string[]): Finding[] {
  const spec = parseSpec(specYaml, path.join(VIRTUAL_ROOT, 'onevoice.yaml'));
  const corpus = Object.entries(drafts).map(([name, text]) => {
    const file = path.join(VIRTUAL_ROOT, name);
    return resolveDraft(spec, file, parseDraft(text, file));
  });
  return lint({
    spec,
    corpus,
    checked: new Set(corpus.map((d) => d.file)),
    rules: rules.filter((r) => !ruleIds || ruleIds.includes(r.id)),
  }).map((f) => ({ ...f, file: path.relative(VIRTUAL_ROOT, f.file) }));
}

/** [line, column, messageId] of each finding, the shape most rule tests assert. */
export const at = (findings: Finding[]) => findings.map((f) => [f.line, f.column, f.messageId]);

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    cwd,
    env,
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
  });
  return { code, stdout, stderr };
}
