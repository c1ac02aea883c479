// Splits prose into sentences: abbreviations ("z. B.", "Nr.", "e.g."), ordinals with a period
// ("4. Mai") and initials do not end a sentence.

import type { Lang } from '../spec/types.js';
import { languageOf, type Language } from '../languages/index.js';
import { tokensOf, type Token } from './tokens.js';

export interface Sentence {
  /** Offsets in the block's text. */
  start: number;
  end: number;
}

/** Whether the word ending just before a period makes the period part of it. */
function keepsPeriod(text: string, period: number, language: Language): boolean {
  const word = /([\p{L}\p{N}]+)$/u.exec(text.slice(Math.max(0, period - 24), period))?.[1];
  if (!word) return false;
  const lower = word.toLowerCase();
  if (language.abbreviations.has(lower)) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  // Ordinals and dates: "am 4. Mai", "der 3. Platz"
  if (language.ordinals.period && /^\d{1,2}$/.test(word)) return true;
  return false;
}

export function splitSentences(text: string, lang: Lang): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const language = languageOf(lang);
  // Masked inline code or HTML between two sentences separates like a space.
  const boundary = /([.!?…]+)(["'”“»«’‘)\]]*)([\s\uFFFC]+)(?=["'„“”»«‚‘([]?[\p{Lu}\p{N}])/gu;
  for (const match of text.matchAll(boundary)) {
    const punctuation = match[1]!;
    if (punctuation === '.' && keepsPeriod(text, match.index, language)) continue;
    const end = match.index + punctuation.length + match[2]!.length;
    sentences.push({ start, end });
    start = end + match[3]!.length;
  }
  if (start < text.length && /[\p{L}\p{N}]/u.test(text.slice(start))) sentences.push({ start, end: text.trimEnd().length });
  return sentences.filter((s) => s.end > s.start);
}

export interface SentenceWithTokens extends Sentence {
  tokens: Token[];
}

const blockSentences = new WeakMap<object, { lang: Lang; sentences: SentenceWithTokens[] }>();

/** The sentences of a prose block with their tokens, computed once however many rules ask. */
export function sentencesOf(block: { text: string }, lang: Lang): SentenceWithTokens[] {
  const cached = blockSentences.get(block);
  if (cached?.lang === lang) return cached.sentences;
  const tokens = tokensOf(block, lang);
  let next = 0;
  // Sentences and tokens are both in text order: one pass hands each sentence its tokens.
  const sentences = splitSentences(block.text, lang).map((sentence) => {
    while (next < tokens.length && tokens[next]!.start < sentence.start) next++;
    const first = next;
    while (next < tokens.length && tokens[next]!.end <= sentence.end) next++;
    return { ...sentence, tokens: tokens.slice(first, next) };
  });
  blockSentences.set(block, { lang, sentences });
  return sentences;
}
