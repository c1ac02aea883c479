// A worker thread that analyses the drafts it is sent, one message per draft, against the spec
// and rules the main thread chose.

import { parentPort, workerData } from 'node:worker_threads';
import { ruleIds as allRuleIds, rules as allRules } from '../rules/index.js';
import { loadMdx } from '../markdown/mdx.js';
import { parseSpec } from '../spec/load.js';
import { analyseHere, type Task, type WorkerSetup } from './pool.js';

const { specFile, specSource, ruleIds, cache, mdx } = workerData as WorkerSetup;
// Messages wait in the port until the listener below is attached.
if (mdx) await loadMdx();
// The main thread validated these very bytes.
const spec = parseSpec(specSource, specFile, allRuleIds, { validated: () => true });
const rules = allRules.filter((rule) => ruleIds.includes(rule.id));

parentPort?.on('message', ({ index, task }: { index: number; task: Task }) => {
  parentPort?.postMessage({ index, analysis: analyseHere(spec, rules, task, cache) });
});
