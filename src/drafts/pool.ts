// Reads and parses drafts on several threads (--jobs): parsing dominates a run, and every draft
// parses alone. Results come back in the order of the files, so output never depends on the jobs.

import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readDraft, type ReadResult } from './read.js';

// Below this many drafts, starting threads costs more than it saves.
const MIN_DRAFTS_PER_THREAD = 24;

const WORKER = new URL('./parse-worker.js', import.meta.url);

export function defaultJobs(): number {
  return availableParallelism();
}

/** Threads only run from the built JavaScript; from TypeScript sources (tests) drafts are read here. */
function canSpawn(): boolean {
  return fileURLToPath(WORKER).endsWith('.js') && !import.meta.url.endsWith('.ts');
}

export async function readDrafts(files: readonly string[], jobs: number, onRead: (done: number) => void, cache?: string): Promise<ReadResult[]> {
  const threads = Math.min(jobs, Math.floor(files.length / MIN_DRAFTS_PER_THREAD));
  const results: ReadResult[] = new Array(files.length);
  let done = 0;
  if (threads <= 1 || !canSpawn()) {
    await Promise.all(
      files.map(async (file, index) => {
        results[index] = await readDraft(file, cache);
        onRead(++done);
      }),
    );
    return results;
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: threads }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(WORKER, { workerData: cache === undefined ? {} : { cache } });
        let inFlight = 0;
        const send = () => {
          if (next < files.length) {
            const index = next++;
            inFlight++;
            worker.postMessage({ index, file: files[index] });
          } else if (inFlight === 0) {
            void worker.terminate().then(() => resolve());
          }
        };
        worker.on('message', ({ index, result }: { index: number; result: ReadResult }) => {
          inFlight--;
          results[index] = result;
          onRead(++done);
          send();
        });
        worker.on('error', reject);
        // Two drafts in flight per thread keep it busy while the main thread takes a result.
        send();
        send();
      }),
    ),
  );
  return results;
}
