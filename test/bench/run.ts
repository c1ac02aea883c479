// `npm run bench`: onevoice over both real corpora (1,108 drafts), and the corpus copied twice and
// four times, beside a bare remark-parse pass, textlint, markdownlint-cli2 and jscpd 5.3.2 on the
// same files in the same run. Each figure is a median of several runs; printed as ratios beside
// their targets, never a lone absolute time.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../../src/check.js';
import { lint } from '../../src/engine/lint.js';
import { rules } from '../../src/rules/index.js';
import { makeCorpus, TERMS } from './corpus.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const BIN = path.join(ROOT, 'bin', 'onevoice.js');
const TOOL = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TIME = '/usr/bin/time';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Timed {
  ms: number;
  /** Peak resident memory in MB, where /usr/bin/time can tell. */
  mb?: number;
}

function timeProcess(command: string, args: string[], cwd: string): Timed {
  const measured = existsSync(TIME);
  const start = performance.now();
  const result = spawnSync(measured ? TIME : command, measured ? ['-f', '%M', command, ...args] : args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  // onevoice exits 1 on findings and 2 on the one real draft with broken front matter; the anchors 1 on findings.
  if (result.status === null || result.status > 2) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr.slice(-500)}`);
  const kb = measured ? Number(result.stderr.trim().split('\n').pop()) : NaN;
  return Number.isFinite(kb) ? { ms, mb: kb / 1024 } : { ms };
}

/** Wall time of commands run at once. */
async function timeTogether(commands: string[][]): Promise<Timed> {
  const start = performance.now();
  await Promise.all(
    commands.map(
      ([command, ...args]) =>
        new Promise<void>((resolve, reject) => {
          const child = spawn(command!, args, { stdio: 'ignore' });
          child.on('error', reject);
          child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${code})`))));
        }),
    ),
  );
  return { ms: performance.now() - start };
}

const repeat = (times: number, measure: () => Timed) => Array.from({ length: times }, measure);
const ms = (runs: Timed[]) => median(runs.map((r) => r.ms));

function onevoice(folder: string, ...args: string[]): Timed {
  return timeProcess(process.execPath, [BIN, '--format', 'json', '--output', path.join(folder, 'report.json'), ...args], folder);
}

async function duplicatePass(folder: string): Promise<Timed> {
  const corpus = await loadCorpus({ cwd: folder, patterns: [] });
  const start = performance.now();
  lint({ spec: corpus.spec, corpus: corpus.drafts, checked: new Set(corpus.checked.map((d) => d.file)), rules: rules.filter((r) => r.id === 'duplicate') });
  return { ms: performance.now() - start };
}

const rows: [string, string, string, boolean | undefined][] = [];
const row = (name: string, value: number, target: string, met?: boolean, unit = '') => rows.push([name, `${value.toFixed(2)}${unit}`, target, met]);

const one = await makeCorpus(1);
const cache = (folder: string) => path.join(folder, 'cache');
try {
  process.stderr.write(`bench: ${one.files.length} drafts, ${RUNS} runs each\n`);
  const list = path.join(one.folder, 'files.json');
  writeFileSync(list, JSON.stringify(one.files));
  writeFileSync(path.join(one.folder, '.textlintrc.json'), JSON.stringify({ rules: { terminology: { defaultTerms: true, terms: TERMS.map(([use, avoid]) => [avoid, use]) } } }));

  const remark = repeat(RUNS, () => timeProcess(process.execPath, [path.join(ROOT, 'dist', 'test', 'bench', 'remark-pass.js'), list], one.folder));
  const cold1 = repeat(RUNS, () => onevoice(one.folder, '--jobs', '1', '--no-cache'));
  const cold2 = repeat(RUNS, () => onevoice(one.folder, '--jobs', '2', '--no-cache'));
  onevoice(one.folder, '--cache-location', cache(one.folder));
  const warm = repeat(RUNS, () => onevoice(one.folder, '--cache-location', cache(one.folder)));
  const version = repeat(RUNS, () => timeProcess(process.execPath, [BIN, '--version'], one.folder));
  const textlint = repeat(RUNS, () => timeProcess(TOOL('textlint'), ['--format', 'json', '--output-file', path.join(one.folder, 'textlint.json'), '**/*.md'], one.folder));
  const markdownlint = repeat(RUNS, () => timeProcess(TOOL('markdownlint-cli2'), ['**/*.md'], one.folder));
  const jscpd = repeat(RUNS, () => timeProcess(TOOL('jscpd'), ['--format', 'markdown', '--min-tokens', '50', '--reporters', 'silent', '--no-gitignore', one.folder], one.folder));
  // What two threads can gain on this machine: two processes each parsing half of the drafts.
  const halves = [0, 1].map((half) => {
    const file = path.join(one.folder, `half-${half}.json`);
    writeFileSync(file, JSON.stringify(one.files.filter((_, i) => i % 2 === half)));
    return file;
  });
  const split = [];
  for (let i = 0; i < RUNS; i++) split.push(await timeTogether(halves.map((half) => [process.execPath, path.join(ROOT, 'dist', 'test', 'bench', 'remark-pass.js'), half])));
  const pass = [];
  for (let i = 0; i < RUNS; i++) pass.push(await duplicatePass(one.folder));

  row('cold, all rules, --jobs 1 ÷ bare remark-parse', ms(cold1) / ms(remark), '≤ 1.3', ms(cold1) / ms(remark) <= 1.3);
  row('--jobs 2 ÷ --jobs 1 (cold)', ms(cold2) / ms(cold1), '≤ 0.65', ms(cold2) / ms(cold1) <= 0.65);
  row('  bare remark-parse, two processes on halves ÷ one on all', ms(split) / ms(remark), '(printed)', undefined);
  row('warm re-run, nothing changed ÷ cold', ms(warm) / ms(cold2), '≤ 0.1', ms(warm) / ms(cold2) <= 0.1);
  row('onevoice --version', ms(version) / 1000, '≤ 0.2 s', ms(version) <= 200, ' s');
  row('onevoice cold --jobs 1 ÷ textlint (terminology)', ms(cold1) / ms(textlint), '≤ 0.5', ms(cold1) / ms(textlint) <= 0.5);
  row('onevoice cold --jobs 1 ÷ markdownlint-cli2', ms(cold1) / ms(markdownlint), '< 1', ms(cold1) / ms(markdownlint) < 1);
  row('onevoice warm ÷ jscpd 5.3.2', ms(warm) / ms(jscpd), '< 1', ms(warm) / ms(jscpd) < 1);
  row('onevoice cold --jobs 2 ÷ jscpd 5.3.2', ms(cold2) / ms(jscpd), '(printed)', undefined);
  row('duplicate pass (in process) ÷ jscpd 5.3.2', ms(pass) / ms(jscpd), '(printed)', undefined);

  // The corpus twice and four times, with light edits: how time and memory grow.
  const scaled: Record<number, Timed> = {};
  for (const copies of [2, 4]) {
    const many = await makeCorpus(copies);
    try {
      scaled[copies] = repeat(1, () => onevoice(many.folder, '--no-cache'))[0]!;
      if (copies === 4) {
        onevoice(many.folder, '--cache-location', cache(many.folder));
        // The pre-commit case: one draft edited, then checked by name against the whole corpus.
        const draft = many.files.find((f) => f.endsWith('.md'))!;
        const changed = ms(
          repeat(RUNS, () => {
            writeFileSync(draft, `${readFileSync(draft, 'utf8')}\nOne more line.\n`);
            return onevoice(many.folder, '--cache-location', cache(many.folder), path.relative(many.folder, draft));
          }),
        );
        row('one changed draft in the 4× corpus, warm (pre-commit)', changed / 1000, '≤ 1 s', changed <= 1000, ' s');
        row('  … ÷ cold 4×', changed / scaled[4]!.ms, '≤ 0.1', changed / scaled[4]!.ms <= 0.1);
      }
    } finally {
      rmSync(many.folder, { recursive: true, force: true });
    }
  }
  row('time(4×) ÷ time(1×), cold', scaled[4]!.ms / ms(cold2), '≤ 4.6', scaled[4]!.ms / ms(cold2) <= 4.6);
  if (scaled[4]!.mb !== undefined) row('peak memory, 4×', scaled[4]!.mb, '≤ 400 MB', scaled[4]!.mb <= 400, ' MB');

  console.log(`\nonevoice benchmark: ${one.files.length} drafts of ../shared/corpora; medians of ${RUNS} runs (2× and 4×: one run)\n`);
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [name, value, target, met] of rows) console.log(`  ${name.padEnd(width)}  ${value.padStart(10)}  ${target.padEnd(10)} ${met === undefined ? '' : met ? 'met' : 'NOT MET'}`);
  console.log(`\n  (bare remark ${(ms(remark) / 1000).toFixed(2)} s, cold --jobs 1 ${(ms(cold1) / 1000).toFixed(2)} s, 2× ${(scaled[2]!.ms / 1000).toFixed(2)} s — for orientation only)`);
} finally {
  rmSync(one.folder, { recursive: true, force: true });
}
