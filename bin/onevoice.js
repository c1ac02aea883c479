#!/usr/bin/env node
// The onevoice command: runs the CLI on this process's arguments and sets the exit code.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

/**
 * A stream the report goes to. A reader that stops early (`onevoice rules | head -5`) closes the
 * pipe: what is left goes nowhere, without a word, and the run ends with its own exit code.
 */
function output(stream) {
  let open = true;
  stream.on('error', (error) => {
    open = false;
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    if (stream !== process.stderr) process.stderr.write(`onevoice: cannot write the output: ${error.code ?? error.message}\n`);
    process.exitCode = 2;
  });
  return {
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
    write: (text) => open && stream.write(text),
  };
}

/** The number --jobs gives, if it is given (`--jobs 1`, `--jobs=1`). */
function jobsGiven(args) {
  const at = args.indexOf('--jobs');
  const value = at >= 0 ? args[at + 1] : args.find((arg) => arg.startsWith('--jobs='))?.slice('--jobs='.length);
  return value === undefined ? undefined : Number(value);
}

const stdout = output(process.stdout);
const stderr = output(process.stderr);
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  // Answered before the checker loads: a version query should not wait for the Markdown parser.
  stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  // V8 optimises a function once it has run a while, and again after each deoptimisation, on a
  // thread of its own. Where every core analyses drafts (a worker thread per core, the default),
  // the parser's hundreds of small functions, met in ever new shapes over thousands of drafts, kept
  // a core busy compiling them; a budget 16 times V8's lets only the really hot ones be optimised.
  // One thread on a machine of more cores (--jobs 1) leaves a core free to compile beside it: there
  // V8's own budget takes about an eighth off that thread's CPU time. Set before any of onevoice
  // loads; worker threads share it.
  if (!(jobsGiven(argv) === 1 && availableParallelism() > 1)) setFlagsFromString('--interrupt-budget=1081344');
  const { run } = await import('../dist/bundle/run.js');
  // stdin is opened only when --stdin reads it.
  const code = await run(argv, {
    cwd: process.cwd(),
    env: process.env,
    stdout,
    stderr,
    stdin: { [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator]() },
    channel: { input: process.stdin, output: process.stdout },
  });
  process.exitCode = process.exitCode || code;
}
