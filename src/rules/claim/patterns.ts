// User regular expressions (claim patterns) that can repeat run under a time bound: a pattern
// that backtracks without end on some draft is stopped there, so no spec can hang a run.

import vm from 'node:vm';

/** How long all patterns together may take on one draft. */
export const PATTERN_BUDGET_MS = 1000;

export interface PatternHit {
  pattern: number;
  text: number;
  start: number;
  end: number;
}

// `matchAll`, called in the context on its `patterns` and `texts`: the names stay its own, so the
// script runs again and again in the same context.
const script = new vm.Script(`(${matchAll.toString()})(patterns, texts)`);

const context = vm.createContext({ patterns: [] as readonly RegExp[], texts: [] as readonly string[] });

// Without repetition, every optional part and every alternative is one choice of two or more at
// each place of a text; this many choices at most keep the tries per place at 1,024.
const MAX_CHOICES = 10;

/**
 * Whether a pattern's matching time is linear in the text whatever the text: nothing repeats (no
 * `*`, `+` or `{…}`), no back-reference, and few optional parts and alternatives. Such patterns
 * (`\b100\s?%`) run without the time bound, whose timer costs more than matching a draft.
 */
export function isBounded(pattern: RegExp): boolean {
  const source = pattern.source;
  let choices = 0;
  for (let i = 0; i < source.length; i++) {
    const character = source[i]!;
    if (character === '\\') {
      // A back-reference (\1, \k<name>) matches what a group took; \p{…} and \u{…} hold no repeat.
      if (/[1-9k]/.test(source[i + 1] ?? '')) return false;
      const closing = /[pPu]/.test(source[i + 1] ?? '') && source[i + 2] === '{' ? source.indexOf('}', i) : -1;
      i = closing === -1 ? i + 1 : closing;
    } else if (character === '[') {
      // A class, up to its closing bracket: nothing in it repeats.
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (character === '*' || character === '+' || character === '{') {
      return false;
    } else if (character === '|' || (character === '?' && source[i - 1] !== '(')) {
      // `(?` opens a group of a kind (`(?:`, `(?=`, `(?<name>`); any other `?` makes a part optional.
      choices++;
    }
  }
  return choices <= MAX_CHOICES;
}

// Patterns come from the spec, compiled once: each is judged once, not again for every draft.
const judged = new WeakMap<RegExp, boolean>();
const boundedness = (pattern: RegExp) => judged.get(pattern) ?? judged.set(pattern, isBounded(pattern)).get(pattern)!;

function matchAll(patterns: readonly RegExp[], texts: readonly string[]): [number, number, number, number][] {
  const hits: [number, number, number, number][] = [];
  patterns.forEach((pattern, p) => {
    texts.forEach((text, t) => {
      pattern.lastIndex = 0;
      for (const match of text.matchAll(pattern)) {
        if (match[0].length > 0) hits.push([p, t, match.index, match.index + match[0].length]);
      }
    });
  });
  return hits;
}

/**
 * Every non-empty match of every pattern in every text, by pattern; undefined when the budget ran
 * out (the patterns are then to be treated as unmatched for these texts, and the user told).
 */
export function matchPatterns(patterns: readonly RegExp[], texts: readonly string[], budget = PATTERN_BUDGET_MS): PatternHit[] | undefined {
  if (patterns.length === 0 || texts.length === 0) return [];
  const bounded = [...patterns.keys()].filter((p) => boundedness(patterns[p]!));
  const timed = [...patterns.keys()].filter((p) => !boundedness(patterns[p]!));
  // Each part numbers its patterns from 0: back to their numbers in `patterns`.
  const renumbered = (numbers: number[], hits: [number, number, number, number][]) => hits.map(([pattern, text, start, end]) => ({ pattern: numbers[pattern]!, text, start, end }));
  const hits = renumbered(
    bounded,
    matchAll(
      bounded.map((p) => patterns[p]!),
      texts,
    ),
  );
  if (timed.length > 0) {
    try {
      // One context for the whole run: making one costs more than matching a draft.
      context.patterns = timed.map((p) => patterns[p]!);
      context.texts = texts;
      hits.push(...renumbered(timed, script.runInContext(context, { timeout: budget }) as [number, number, number, number][]));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return undefined;
      throw error;
    }
  }
  return hits.sort((a, b) => a.pattern - b.pattern);
}
