// User regular expressions (claim patterns) run under a time bound: a pattern that backtracks
// without end on some draft is stopped there, so no spec can hang a run.

import vm from 'node:vm';

/** How long all patterns together may take on one draft. */
export const PATTERN_BUDGET_MS = 1000;

export interface PatternHit {
  pattern: number;
  text: number;
  start: number;
  end: number;
}

// An immediately called function: its names are its own, so the script runs again in the same context.
const script = new vm.Script(`(() => {
  const hits = [];
  patterns.forEach((pattern, p) => {
    texts.forEach((text, t) => {
      pattern.lastIndex = 0;
      for (const match of text.matchAll(pattern)) {
        if (match[0].length > 0) hits.push([p, t, match.index, match.index + match[0].length]);
      }
    });
  });
  return hits;
})()`);

const context = vm.createContext({ patterns: [] as readonly RegExp[], texts: [] as readonly string[] });

/**
 * Every non-empty match of every pattern in every text; undefined when the budget ran out (the
 * patterns are then to be treated as unmatched for these texts, and the user told).
 */
export function matchPatterns(patterns: readonly RegExp[], texts: readonly string[], budget = PATTERN_BUDGET_MS): PatternHit[] | undefined {
  if (patterns.length === 0 || texts.length === 0) return [];
  try {
    // One context for the whole run: making one costs more than matching a draft.
    context.patterns = patterns;
    context.texts = texts;
    const hits = script.runInContext(context, { timeout: budget }) as [number, number, number, number][];
    return hits.map(([pattern, text, start, end]) => ({ pattern, text, start, end }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return undefined;
    throw error;
  }
}
