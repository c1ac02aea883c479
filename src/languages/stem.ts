// One stemmer per language, from natural's stemmer modules (never its index: it is slow and prints).

import { createRequire } from 'node:module';
import type { Lang } from '../spec/types.js';

const require = createRequire(import.meta.url);

const STEMMER_MODULES: Record<Lang, string> = {
  en: 'natural/lib/natural/stemmers/porter_stemmer.js',
  de: 'natural/lib/natural/stemmers/porter_stemmer_de.js',
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

export type Stemmer = (lowercaseWord: string) => string;

const stemmers = new Map<Lang, Stemmer>();

/** The stemmer for `lang`; languages natural cannot stem fall back to the lowercase word. The tokenizer memoises it. */
export function stemmerFor(lang: Lang): Stemmer {
  let stemmer = stemmers.get(lang);
  if (stemmer) return stemmer;
  const modulePath = STEMMER_MODULES[lang];
  const stem: Stemmer = modulePath ? (require(modulePath) as { stem: Stemmer }).stem : (word) => word;
  stemmer = (word) => (/\p{L}/u.test(word) ? stem(word) : word);
  stemmers.set(lang, stemmer);
  return stemmer;
}
