// A draft's language from its text, for drafts that nothing else names: the languages' marker
// words (frequent function words the others rarely use) counted over the prose, with a minimum of
// evidence, so that a short or mixed draft keeps the spec's language.

import type { Lang } from '../spec/types.js';
import { LANGUAGES } from './registry.js';

/** Marker words the leading language needs at least, and how many times the runner-up's count. */
export const DETECTION = { minimum: 12, ratio: 3 } as const;

// Enough text to tell: counting stops once the leading language is this far ahead.
const DECIDED = 60;
const WORD = /[\p{L}’']+/gu;

/** The language the texts are written in, or undefined where they hold too little evidence. */
export function detectLanguage(texts: Iterable<string>): Lang | undefined {
  const candidates = LANGUAGES.filter((language) => language.markers !== undefined);
  const counts = new Map<Lang, number>(candidates.map((language) => [language.code, 0]));
  let best = 0;
  outer: for (const text of texts) {
    for (const [word] of text.matchAll(WORD)) {
      const lower = word.toLowerCase();
      for (const language of candidates) {
        if (!language.markers!.has(lower)) continue;
        const count = counts.get(language.code)! + 1;
        counts.set(language.code, count);
        best = Math.max(best, count);
      }
      if (best >= DECIDED && leader(counts) !== undefined) break outer;
    }
  }
  return leader(counts);
}

function leader(counts: ReadonlyMap<Lang, number>): Lang | undefined {
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < DETECTION.minimum || (second !== undefined && first[1] < second[1] * DETECTION.ratio)) return undefined;
  return first[0];
}
