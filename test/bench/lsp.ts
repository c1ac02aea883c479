// `npm run bench`, the language server's part (alone: `npm run bench:lsp`): `onevoice lsp` over
// both real corpora (1,108 drafts), spoken to by a test client. A draft of about 200 lines is
// opened and edited: the time from an edit to its diagnostics (median of 20 edits, after the first
// analysis), and the server's resident memory before and after 1,000 more edits.

import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { LspClient } from '../lsp-client.js';
import { makeCorpus } from './corpus.js';

const EDITS = Number(process.env.BENCH_LSP_EDITS ?? 1000);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The server's resident memory in MB, as Linux reports it (ps elsewhere). */
function rss(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    if (kb) return Number(kb) / 1024;
  } catch {
    // not Linux
  }
  return NaN;
}

const corpus = await makeCorpus(1);
try {
  // The draft nearest 200 lines.
  const lines = (file: string) => readFileSync(file, 'utf8').split('\n').length;
  const draft = corpus.files.map((file) => ({ file, lines: lines(file) })).sort((a, b) => Math.abs(a.lines - 200) - Math.abs(b.lines - 200))[0]!;
  const text = readFileSync(draft.file, 'utf8');
  process.stderr.write(`bench lsp: ${corpus.files.length} drafts; editing ${path.relative(corpus.folder, draft.file)} (${draft.lines} lines)\n`);

  const client = new LspClient(corpus.folder);
  await client.initialize();
  let start = performance.now();
  await client.open(draft.file, text);
  const first = performance.now() - start;

  // Each edit rewrites the last line, with a finding in it every other time.
  const edit = async (i: number) => {
    const started = performance.now();
    await client.edit(draft.file, `${text}\nEdit ${i}: ${i % 2 === 0 ? 'Github says it is blazingly fast.' : 'nothing to report.'}\n`);
    return performance.now() - started;
  };
  const latencies: number[] = [];
  for (let i = 0; i < 20; i++) latencies.push(await edit(i));
  const before = rss(client.process.pid!);
  const samples: string[] = [];
  start = performance.now();
  for (let i = 0; i < EDITS; i++) {
    await edit(20 + i);
    if ((i + 1) % 200 === 0) samples.push(`${i + 1}: ${rss(client.process.pid!).toFixed(0)} MB`);
  }
  const many = performance.now() - start;
  const after = rss(client.process.pid!);
  await client.stop();

  console.log(`\nonevoice lsp benchmark: ${corpus.files.length} drafts of ../shared/corpora, a ${draft.lines}-line draft edited\n`);
  const row = (name: string, value: string, target = '', met?: boolean) =>
    console.log(`  ${name.padEnd(48)}  ${value.padStart(10)}  ${target.padEnd(10)} ${met === undefined ? '' : met ? 'met' : 'NOT MET'}`);
  row('first diagnostics after opening (cold analysis)', `${(first / 1000).toFixed(2)} s`, '(printed)');
  row('edit to diagnostics, median of 20 edits', `${median(latencies).toFixed(0)} ms`, '≤ 300 ms', median(latencies) <= 300);
  row(`  … mean over the ${EDITS} edits that follow`, `${(many / EDITS).toFixed(0)} ms`, '(printed)');
  row('server RSS before the edits', `${before.toFixed(0)} MB`, '(printed)');
  row(`server RSS after ${EDITS} edits`, `${after.toFixed(0)} MB`, `≤ +25%`, after <= before * 1.25);
  console.log(`\n  (RSS every 200 edits: ${samples.join(', ')}; 20 latencies: ${latencies.map((t) => t.toFixed(0)).join(' ')} ms)`);
} finally {
  rmSync(corpus.folder, { recursive: true, force: true });
}
