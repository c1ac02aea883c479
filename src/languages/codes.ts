// The codes of the languages onevoice reads with more than a bare fallback, known without loading
// any language: what a file's suffix may name (`index.fr.md`). registry.ts holds the languages.

import type { Lang } from '../spec/types.js';
import { NATURAL_STEMMERS } from './stem.js';

/** The languages with a file of their own in src/languages (a test holds this to LANGUAGES). */
export const LANGUAGE_FILES: readonly Lang[] = ['de', 'en'];

/** Whether onevoice reads the language with its own words or natural's stemmer. */
export function readsLanguage(code: Lang): boolean {
  return LANGUAGE_FILES.includes(code) || Object.hasOwn(NATURAL_STEMMERS, code);
}
