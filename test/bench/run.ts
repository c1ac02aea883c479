// `npm run bench`: onevoice's duplicate pass over both real corpora beside jscpd 5.3.2 on the same
// files, each timed several times in one run; medians and ratios are printed, never a lone time.

import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../../src/check.js';
import { lint } from '../../src/engine/lint.js';
import { rules } from '../../src/rules/index.js';
import { makeCorpus } from './corpus.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const BIN = path.join(ROOT, 'bin', 'onevoice.js');
const JSCPD = path.join(ROOT, 'node_modules', '.bin', 'jscpd');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function timeProcess(command: string, args: string[], cwd: string): number {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const elapsed = performance.now() - start;
  // Exit 2 is the one real draft with broken front matter (codefor-de), reported and skipped.
  if (result.status === null || result.status > 2) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return elapsed;
}

async function duplicatePass(folder: string): Promise<number> {
  const corpus = await loadCorpus({ cwd: folder, patterns: [] });
  const duplicate = rules.filter((r) => r.id === 'duplicate');
  const start = performance.now();
  lint({ spec: corpus.spec, corpus: corpus.drafts, checked: new Set(corpus.checked.map((d) => d.file)), rules: duplicate });
  return performance.now() - start;
}

const { folder, files } = await makeCorpus();
try {
  process.stderr.write(`bench: ${files.length} drafts in ${folder}, ${RUNS} runs each\n`);
  const pass: number[] = [];
  const onevoice: number[] = [];
  const jscpd: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // Interleaved, so that a noisy moment of the machine hits every contender alike.
    pass.push(await duplicatePass(folder));
    onevoice.push(timeProcess(process.execPath, [BIN, '--rule', 'duplicate', '--format', 'json', '--output', path.join(folder, 'report.json')], folder));
    jscpd.push(timeProcess(JSCPD, ['--format', 'markdown', '--min-tokens', '50', '--reporters', 'silent', '--no-gitignore', folder], folder));
  }
  const rows: [string, number][] = [
    ['onevoice duplicate pass (in process, parsed drafts)', median(pass)],
    ['onevoice check --rule duplicate (whole process)', median(onevoice)],
    ['jscpd 5.3.2 --format markdown (whole process)', median(jscpd)],
  ];
  console.log(`\nDuplicate detection over ${files.length} drafts (median of ${RUNS} runs)\n`);
  for (const [name, ms] of rows) console.log(`  ${name.padEnd(54)} ${(ms / 1000).toFixed(2).padStart(7)} s`);
  console.log(`\n  duplicate pass ÷ jscpd                                  ${(median(pass) / median(jscpd)).toFixed(2).padStart(7)}`);
  console.log(`  onevoice process ÷ jscpd                               ${(median(onevoice) / median(jscpd)).toFixed(2).padStart(7)}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
