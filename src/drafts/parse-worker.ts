// A worker thread that reads and parses the drafts it is sent, one message per draft.

import { parentPort, workerData } from 'node:worker_threads';
import { readDraft } from './read.js';

const { cache } = workerData as { cache?: string };

parentPort?.on('message', async ({ index, file }: { index: number; file: string }) => {
  parentPort?.postMessage({ index, result: await readDraft(file, cache) });
});
