// A worker thread that reads and parses the drafts it is sent, one message per draft.

import { parentPort } from 'node:worker_threads';
import { readDraft } from './read.js';

parentPort?.on('message', async ({ index, file }: { index: number; file: string }) => {
  parentPort?.postMessage({ index, result: await readDraft(file) });
});
