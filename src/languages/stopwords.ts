// Function words per language, which say little about what a sentence conveys.

import { createRequire } from 'node:module';
import type { Lang } from '../spec/types.js';

const require = createRequire(import.meta.url);

// Words that turn a statement around: kept as content, never dropped as function words.
export const NEGATIONS: Record<Lang, readonly string[]> = {
  de: ['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'nichts', 'weder', 'nirgends'],
  en: ['not', 'no', 'never', 'none', 'nothing', 'neither', 'nor', 'cannot', "can't", "don't", "doesn't", "isn't", "aren't", "won't", "didn't", "wasn't", 'nowhere'],
};

const lists = new Map<Lang, ReadonlySet<string>>();

export function stopwords(lang: Lang): ReadonlySet<string> {
  let list = lists.get(lang);
  if (!list) {
    // English: natural's short list (stopwords-iso's English one drops words like "free" and "new").
    const words: string[] =
      lang === 'en'
        ? (require('natural/lib/natural/util/stopwords.js') as { words: string[] }).words
        : ((require('stopwords-iso') as Record<string, string[]>)[lang] ?? []);
    const negations = new Set(NEGATIONS[lang] ?? []);
    list = new Set(words.map((w) => w.toLowerCase()).filter((w) => !negations.has(w)));
    lists.set(lang, list);
  }
  return list;
}

export function isNegation(lower: string, lang: Lang): boolean {
  return (NEGATIONS[lang] ?? NEGATIONS.en!).includes(lower.replace('’', "'")) || (lang === 'en' && /n['’]t$/.test(lower));
}
