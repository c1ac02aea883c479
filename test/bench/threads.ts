// Loaded with `node --import` into a timed command: as the process exits, prints to stderr the CPU
// its main thread took and the CPU of the whole process (V8's compiler and collector threads,
// onevoice's workers), in ms, read from /proc. Where /proc is not there it prints nothing.

import { existsSync, readFileSync, writeSync } from 'node:fs';

/** User and system time of a /proc stat line, in ms (clock ticks of 10 ms, as on Linux). */
function cpuOf(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

if (existsSync('/proc/self/stat')) {
  process.on('exit', () => {
    const main = cpuOf(readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8'));
    const total = cpuOf(readFileSync('/proc/self/stat', 'utf8'));
    writeSync(2, `\nbench-cpu ${main} ${total}\n`);
  });
}
