// The progress line: drawn in place on a terminal after a short delay, never anywhere else.

import { describe, expect, it } from 'vitest';
import { progress } from '../src/cli/progress.js';

function terminal(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, write: (text: string) => writes.push(text) }, writes };
}

describe('progress', () => {
  it('rewrites one line in place on a terminal and clears it', () => {
    const { stream, writes } = terminal(true);
    let time = 0;
    const line = progress(stream, { label: 'reading drafts', now: () => time });
    time = 250;
    line.update(9, 1108);
    time = 400;
    line.update(312, 1108);
    line.clear();
    const cleared = ' '.repeat('onevoice: reading drafts 312/1108'.length);
    expect(writes).toEqual(['\ronevoice: reading drafts 9/1108', '\ronevoice: reading drafts 312/1108', `\r${cleared}\r`]);
  });

  it('waits before it shows anything, so short runs do not flicker', () => {
    const { stream, writes } = terminal(true);
    let time = 0;
    const line = progress(stream, { label: 'reading drafts', now: () => time });
    for (let done = 1; done <= 12; done++) {
      time = done * 10;
      line.update(done, 12);
    }
    line.clear();
    expect(writes).toEqual([]);
  });

  it('redraws at most every interval, but always shows the last count', () => {
    const { stream, writes } = terminal(true);
    let time = 1000;
    const line = progress(stream, { label: 'reading drafts', delay: 0, interval: 100, now: () => time });
    for (let done = 1; done <= 100; done++) {
      time += 7;
      line.update(done, 100);
    }
    expect(writes.length).toBeLessThan(10);
    expect(writes.at(-1)).toBe('\ronevoice: reading drafts 100/100');
  });

  it('covers a longer earlier line with spaces', () => {
    const { stream, writes } = terminal(true);
    const line = progress(stream, { label: 'checking', delay: 0, interval: 0, now: () => 0 });
    line.update(100, 100);
    line.update(1, 2);
    expect(writes).toEqual(['\ronevoice: checking 100/100', '\ronevoice: checking 1/2    ']);
  });

  it('writes nothing when stderr is not a terminal (CI logs, pipes, files)', () => {
    for (const isTTY of [false, undefined]) {
      const writes: string[] = [];
      const stream = isTTY === undefined ? { write: (t: string) => writes.push(t) } : { isTTY, write: (t: string) => writes.push(t) };
      const line = progress(stream, { label: 'reading drafts', delay: 0, interval: 0 });
      line.update(1, 2);
      line.update(2, 2);
      line.clear();
      expect(writes).toEqual([]);
    }
  });
});
