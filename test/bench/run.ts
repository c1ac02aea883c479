// `npm run bench`: onevoice over both real corpora (1,108 drafts), and the corpus copied twice and
// four times, beside a bare remark-parse pass, textlint, markdownlint-cli2 and jscpd 5.3.2 on the
// same files in the same run. The commands run round by round, each once a round; a ratio is the
// median over the rounds of the two times of one round. Printed beside the targets, never a lone
// absolute time.

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
const TASKSET = '/usr/bin/taskset';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Timed {
  ms: number;
  /** Peak resident memory in MB, where /usr/bin/time can tell. */
  mb?: number;
  /** CPU ms of the main thread and of the whole process, for a node command run with `THREADS` (on Linux). */
  cpu?: { main: number; total: number };
}

/** `node --import` this, and a command reports its CPU, the main thread's and the process's (threads.ts). */
const THREADS = ['--import', path.join(ROOT, 'dist', 'test', 'bench', 'threads.js')];

function timeProcess(command: string, args: string[], cwd: string): Timed {
  const measured = existsSync(TIME);
  const start = performance.now();
  const result = spawnSync(measured ? TIME : command, measured ? ['-f', '%M', command, ...args] : args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  // onevoice exits 1 on findings and 2 on the one real draft with broken front matter; the anchors 1 on findings.
  if (result.status === null || result.status > 2) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr.slice(-500)}`);
  const kb = measured ? Number(result.stderr.trim().split('\n').pop()) : NaN;
  const cpu = /^bench-cpu (\d+) (\d+)$/m.exec(result.stderr);
  return { ms, ...(Number.isFinite(kb) ? { mb: kb / 1024 } : {}), ...(cpu ? { cpu: { main: Number(cpu[1]), total: Number(cpu[2]) } } : {}) };
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

const onevoiceArgs = (folder: string, ...args: string[]) => [BIN, '--format', 'json', '--output', path.join(folder, 'report.json'), ...args];

function onevoice(folder: string, ...args: string[]): Timed {
  return timeProcess(process.execPath, onevoiceArgs(folder, ...args), folder);
}

/** A node script run on the first core alone. */
const onOneCore = (args: string[], cwd: string) => timeProcess(TASKSET, ['-c', '0', process.execPath, ...args], cwd);

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

  // What two threads can gain on this machine: two processes each parsing half of the drafts.
  const halves = [0, 1].map((half) => {
    const file = path.join(one.folder, `half-${half}.json`);
    writeFileSync(file, JSON.stringify(one.files.filter((_, i) => i % 2 === half)));
    return file;
  });
  const remarkPass = path.join(ROOT, 'dist', 'test', 'bench', 'remark-pass.js');
  onevoice(one.folder, '--cache-location', cache(one.folder));
  // Round by round, each command once: this machine's speed drifts by a third within minutes, and
  // a ratio of two times from the same round is far steadier than a ratio of two medians.
  // Both on one core: what the ratio is without the second core, on which V8's compiler and
  // collector threads take a third of the bare pass's work and less of onevoice's.
  const oneCore = existsSync(TASKSET);
  type Command = 'remark' | 'cold1' | 'cold2' | 'split' | 'warm' | 'textlint' | 'markdownlint' | 'jscpd' | 'remarkOneCore' | 'cold1OneCore';
  const rounds: Record<Command, number>[] = [];
  // The CPU of the bare pass and the cold check, the main thread's and the whole process's: where
  // the time goes that the wall-clock ratio does not tell.
  const cpu: Record<'remark' | 'cold1', NonNullable<Timed['cpu']>>[] = [];
  for (let i = 0; i < RUNS; i++) {
    const remark = timeProcess(process.execPath, [...THREADS, remarkPass, list], one.folder);
    const cold1 = timeProcess(process.execPath, [...THREADS, ...onevoiceArgs(one.folder, '--jobs', '1', '--no-cache')], one.folder);
    if (remark.cpu && cold1.cpu) cpu.push({ remark: remark.cpu, cold1: cold1.cpu });
    rounds.push({
      remark: remark.ms,
      cold1: cold1.ms,
      cold2: onevoice(one.folder, '--jobs', '2', '--no-cache').ms,
      split: (await timeTogether(halves.map((half) => [process.execPath, remarkPass, half]))).ms,
      warm: onevoice(one.folder, '--cache-location', cache(one.folder)).ms,
      textlint: timeProcess(TOOL('textlint'), ['--format', 'json', '--output-file', path.join(one.folder, 'textlint.json'), '**/*.md'], one.folder).ms,
      markdownlint: timeProcess(TOOL('markdownlint-cli2'), ['**/*.md'], one.folder).ms,
      jscpd: timeProcess(TOOL('jscpd'), ['--format', 'markdown', '--min-tokens', '50', '--reporters', 'silent', '--no-gitignore', one.folder], one.folder).ms,
      remarkOneCore: oneCore ? onOneCore([remarkPass, list], one.folder).ms : NaN,
      cold1OneCore: oneCore ? onOneCore(onevoiceArgs(one.folder, '--jobs', '1', '--no-cache'), one.folder).ms : NaN,
    });
  }
  const version = repeat(RUNS, () => timeProcess(process.execPath, [BIN, '--version'], one.folder));
  const pass = [];
  for (let i = 0; i < RUNS; i++) pass.push(await duplicatePass(one.folder));
  /** The median over the rounds of one command's time divided by another's in the same round. */
  const ratio = (a: Command, b: Command) => median(rounds.map((round) => round[a] / round[b]));
  const time = (a: Command) => median(rounds.map((round) => round[a]));

  row('cold, all rules, --jobs 1 ÷ bare remark-parse', ratio('cold1', 'remark'), '≤ 1.3', ratio('cold1', 'remark') <= 1.3);
  if (oneCore) row('  the same, both on one core', ratio('cold1OneCore', 'remarkOneCore'), '(printed)', undefined);
  if (cpu.length > 0) {
    row('  CPU, main thread: cold --jobs 1 ÷ bare remark-parse', median(cpu.map((c) => c.cold1.main / c.remark.main)), '(printed)', undefined);
    row('  CPU, whole process: cold --jobs 1 ÷ bare remark-parse', median(cpu.map((c) => c.cold1.total / c.remark.total)), '(printed)', undefined);
    row("  share of the bare pass's CPU beside its main thread", median(cpu.map((c) => 1 - c.remark.main / c.remark.total)), '(printed)', undefined);
    row("  share of the cold check's CPU beside its main thread", median(cpu.map((c) => 1 - c.cold1.main / c.cold1.total)), '(printed)', undefined);
  }
  row('--jobs 2 ÷ --jobs 1 (cold)', ratio('cold2', 'cold1'), '≤ 0.65', ratio('cold2', 'cold1') <= 0.65);
  row('  bare remark-parse, two processes on halves ÷ one on all', ratio('split', 'remark'), '(printed)', undefined);
  row('warm re-run, nothing changed ÷ cold', ratio('warm', 'cold2'), '≤ 0.1', ratio('warm', 'cold2') <= 0.1);
  row('onevoice --version', ms(version) / 1000, '≤ 0.2 s', ms(version) <= 200, ' s');
  row('onevoice cold --jobs 1 ÷ textlint (terminology)', ratio('cold1', 'textlint'), '≤ 0.5', ratio('cold1', 'textlint') <= 0.5);
  row('onevoice cold --jobs 1 ÷ markdownlint-cli2', ratio('cold1', 'markdownlint'), '< 1', ratio('cold1', 'markdownlint') < 1);
  row('onevoice warm ÷ jscpd 5.3.2', ratio('warm', 'jscpd'), '< 1', ratio('warm', 'jscpd') < 1);
  row('onevoice cold --jobs 2 ÷ jscpd 5.3.2', ratio('cold2', 'jscpd'), '(printed)', undefined);
  row('duplicate pass (in process) ÷ jscpd 5.3.2', ms(pass) / time('jscpd'), '(printed)', undefined);

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
  row('time(4×) ÷ time(1×), cold', scaled[4]!.ms / time('cold2'), '≤ 4.6', scaled[4]!.ms / time('cold2') <= 4.6);
  if (scaled[4]!.mb !== undefined) row('peak memory, 4×', scaled[4]!.mb, '≤ 400 MB', scaled[4]!.mb <= 400, ' MB');

  console.log(`\nonevoice benchmark: ${one.files.length} drafts of ../shared/corpora; ${RUNS} rounds, each ratio the median of its rounds' (2× and 4×: one run)\n`);
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [name, value, target, met] of rows) console.log(`  ${name.padEnd(width)}  ${value.padStart(10)}  ${target.padEnd(10)} ${met === undefined ? '' : met ? 'met' : 'NOT MET'}`);
  console.log(`\n  (bare remark ${(time('remark') / 1000).toFixed(2)} s, cold --jobs 1 ${(time('cold1') / 1000).toFixed(2)} s, 2× ${(scaled[2]!.ms / 1000).toFixed(2)} s — for orientation only)`);
} finally {
  rmSync(one.folder, { recursive: true, force: true });
}
