// Where the stop word lists come from: stopwords-iso per language, natural's short English list.

import { createRequire } from 'node:module';
import type { Lang } from '../spec/types.js';

const require = createRequire(import.meta.url);

/** stopwords-iso's list for the language; empty where it has none. */
export function isoStopwords(code: Lang): readonly string[] {
  return (require('stopwords-iso') as Record<string, string[]>)[code] ?? [];
}

/** natural's short English list (stopwords-iso's English one drops words like "free" and "new"). */
export function naturalEnglishStopwords(): readonly string[] {
  return (require('natural/lib/natural/util/stopwords.js') as { words: string[] }).words;
}

/** The stop words, lowercase, without the language's negations: those are kept as content. */
export function stopWordSet(words: readonly string[], negations: readonly string[]): ReadonlySet<string> {
  const kept = new Set(negations);
  return new Set(words.map((w) => w.toLowerCase()).filter((w) => !kept.has(w)));
}
