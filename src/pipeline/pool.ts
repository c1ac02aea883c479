// Analyses drafts on several threads (--jobs): parsing and the draft rules dominate a cold run, and
// every draft is analysed alone. Results come back in the order of the tasks, so output never
// depends on the jobs. Each thread writes its entries to the cache itself.

import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Rule } from '../engine/rule.js';
import type { Spec } from '../spec/types.js';
import { analyseDraft, type Analysis } from './analyse-draft.js';
import { store } from './cache.js';
import { isMdx } from '../markdown/mdx.js';

// Below this many drafts, starting a thread (and loading the parser in it) costs more than it saves.
const MIN_DRAFTS_PER_THREAD = 24;

// A thread's heap is bounded, so that its garbage is collected early and a run of thousands of
// drafts stays small; a draft that needs more (megabytes of Markdown) is analysed on the main thread.
const THREAD_HEAP_MB = 128;
// Its young generation too: a parse leaves mostly short-lived garbage, and a young generation of
// 24 MB (V8 gives 48) collects it as fast, with some 20 MB less memory per thread (measured).
const THREAD_YOUNG_MB = 24;

const WORKER = new URL('./worker.js', import.meta.url);

export interface Task {
  file: string;
  bytes: Uint8Array;
  /** The cache entry to write, where there is a cache. */
  key?: string;
  withFindings: boolean;
}

export interface PoolOptions {
  spec: Spec;
  rules: readonly Rule[];
  jobs: number;
  cache?: string;
  onDone: () => void;
}

/** What a worker thread needs to analyse drafts as the main thread would. */
export interface WorkerSetup {
  specFile: string;
  /** The spec's text as the main thread read it (from the index, for --staged): a thread never reads the file again. */
  specSource: string;
  ruleIds: string[];
  cache?: string;
  /** Some draft is MDX: the thread loads the MDX extensions first. */
  mdx: boolean;
}

/** Threads only run from the built JavaScript; from TypeScript sources (tests) drafts are analysed here. */
function canSpawn(): boolean {
  return fileURLToPath(WORKER).endsWith('.js') && !import.meta.url.endsWith('.ts');
}

export function analyseHere(spec: Spec, rules: readonly Rule[], task: Task, cache: string | undefined): Analysis {
  const analysis = analyseDraft(spec, rules, task.file, task.bytes, task.withFindings);
  if (cache !== undefined && task.key !== undefined) store(cache, task.key, analysis);
  return analysis;
}

/**
 * Analyses the drafts of `tasks`, which it takes over: each task is let go once its draft is
 * analysed, so the bytes of thousands of drafts are not all held until the last is done.
 */
export async function analyseAll(tasks: (Task | undefined)[], { spec, rules, jobs, cache, onDone }: PoolOptions): Promise<Analysis[]> {
  const threads = Math.min(jobs, Math.floor(tasks.length / MIN_DRAFTS_PER_THREAD));
  const results: Analysis[] = new Array(tasks.length);
  const finish = (index: number, analysis: Analysis) => {
    results[index] = analysis;
    tasks[index] = undefined;
    onDone();
  };
  const here = (index: number) => finish(index, analyseHere(spec, rules, tasks[index]!, cache));
  let next = 0;
  if (threads <= 1 || !canSpawn()) {
    while (next < tasks.length) here(next++);
    return results;
  }
  const setup: WorkerSetup = {
    specFile: spec.file,
    specSource: spec.source,
    ruleIds: rules.map((r) => r.id),
    mdx: tasks.some((task) => task !== undefined && isMdx(task.file)),
    ...(cache === undefined ? {} : { cache }),
  };
  await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(WORKER, { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB, maxYoungGenerationSizeMb: THREAD_YOUNG_MB } });
          const inFlight = new Set<number>();
          const send = () => {
            if (next < tasks.length) {
              const index = next++;
              inFlight.add(index);
              worker.postMessage({ index, task: tasks[index] });
            } else if (inFlight.size === 0) {
              void worker.terminate().then(() => resolve());
            }
          };
          worker.on('message', ({ index, analysis }: { index: number; analysis: Analysis }) => {
            inFlight.delete(index);
            finish(index, analysis);
            send();
          });
          worker.on('error', (error: Error & { code?: string }) => {
            if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') return reject(error);
            // A draft too large for a thread's heap is analysed on the main thread, whose heap is not bounded.
            for (const index of inFlight) here(index);
            resolve();
          });
          // Two drafts in flight per thread keep it busy while the main thread takes a result.
          send();
          send();
        }),
    ),
  );
  // Drafts left by threads that ran out of memory.
  while (next < tasks.length) here(next++);
  return results;
}
