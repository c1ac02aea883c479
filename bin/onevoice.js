#!/usr/bin/env node
// The onevoice command: runs the CLI on this process's arguments and sets the exit code.
import { run } from '../dist/src/cli/run.js';

process.exitCode = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
