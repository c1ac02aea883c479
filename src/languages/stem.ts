// Stemmers from natural's stemmer modules (never its index: it is slow and prints).

import { createRequire } from 'node:module';
import type { Lang } from '../spec/types.js';

const require = createRequire(import.meta.url);

export type Stemmer = (lowercaseWord: string) => string;

/** natural's stemmers for languages without a file of their own in src/languages. */
export const NATURAL_STEMMERS: Record<Lang, string> = {
  es: 'natural/lib/natural/stemmers/porter_stemmer_es.js',
  fa: 'natural/lib/natural/stemmers/porter_stemmer_fa.js',
  fr: 'natural/lib/natural/stemmers/porter_stemmer_fr.js',
  it: 'natural/lib/natural/stemmers/porter_stemmer_it.js',
  nl: 'natural/lib/natural/stemmers/porter_stemmer_nl.js',
  no: 'natural/lib/natural/stemmers/porter_stemmer_no.js',
  pt: 'natural/lib/natural/stemmers/porter_stemmer_pt.js',
  ru: 'natural/lib/natural/stemmers/porter_stemmer_ru.js',
  sv: 'natural/lib/natural/stemmers/porter_stemmer_sv.js',
  uk: 'natural/lib/natural/stemmers/porter_stemmer_uk.js',
};

/**
 * The stemmer of natural's module at `modulePath`, loaded on its first word; without a module
 * the lowercase word is its own stem. The tokenizer memoises the stems.
 */
export function naturalStemmer(modulePath: string | undefined): Stemmer {
  let stem: Stemmer | undefined;
  return (word) => {
    if (!/\p{L}/u.test(word)) return word;
    stem ??= modulePath ? (require(modulePath) as { stem: Stemmer }).stem : (w) => w;
    return stem(word);
  };
}
