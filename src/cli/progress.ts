// A progress line on stderr (`onevoice: reading drafts 312/1108`) while a long run works, on a terminal only.

import type { Stream } from './io.js';

export interface Progress {
  /** Shows `done` of `total`; cheap to call for every draft. */
  update(done: number, total: number): void;
  /** Removes the line, so the report starts on a clean line; call before printing it. */
  clear(): void;
}

export interface ProgressOptions {
  /** What the run is doing, e.g. "reading drafts". */
  label: string;
  /** Nothing shows before this many milliseconds, so short runs never flicker (default 200). */
  delay?: number;
  /** Redraws at most this often, in milliseconds (default 100); the last update always shows. */
  interval?: number;
  now?: () => number;
}

const silent: Progress = { update: () => undefined, clear: () => undefined };

/**
 * A progress line rewritten in place with `\r`. Off the terminal (CI logs, pipes, files) it writes
 * nothing, since carriage returns would only litter the log.
 */
export function progress(stream: Stream, { label, delay = 200, interval = 100, now = Date.now }: ProgressOptions): Progress {
  if (stream.isTTY !== true) return silent;
  const start = now();
  let last = -Infinity;
  let width = 0;
  return {
    update(done, total) {
      const time = now();
      if (time - start < delay || (time - last < interval && done < total)) return;
      last = time;
      const text = `onevoice: ${label} ${done}/${total}`;
      // Spaces cover what a longer earlier line left behind; no escape codes, so any terminal copes.
      stream.write(`\r${text.padEnd(width)}`);
      width = text.length;
    },
    clear() {
      if (width === 0) return;
      stream.write(`\r${' '.repeat(width)}\r`);
      width = 0;
    },
  };
}
