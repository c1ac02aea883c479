// Finds spec phrases (terms, avoid forms, claims) in prose: word by word on stems, so that
// inflected forms match, with hyphens and spaces between words treated alike.

import type { Lang } from '../spec/types.js';
import { languageOf } from '../languages/index.js';
import { isJoiner, tokenize, type Token } from './tokens.js';

export interface Phrase<T> {
  text: string;
  /** Match the phrase's own casing (beyond inflection endings) rather than any casing. */
  caseSensitive: boolean;
  /** Match the words themselves (with regular endings) rather than their stems. */
  exact?: boolean;
  /** Match the phrase's own joiners: a hyphen only a hyphen, a space only spaces or a line break. */
  exactJoins?: boolean;
  payload: T;
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  /** The matched words of the prose, one per word of the phrase. */
  tokens: Token[];
  phrase: Phrase<T> & { words: Token[] };
}

/** A phrase's words with what stands between each two of them ("crates.io": "."). */
type Entry<T> = Phrase<T> & { words: Token[]; joins: string[] };

/** Whether the text between two matched words stands for the phrase's own join between them. */
function joins(between: string, join: string, exact: boolean): boolean {
  // Other marks between the words make a dotted or slashed name ("crates.io", "Node.js"): only they join it.
  if (!isJoiner(join)) return between === join;
  if (!isJoiner(between)) return false;
  return !exact || /[-‐‑]/u.test(between) === /[-‐‑]/u.test(join);
}

// An inflection ending is short: a longer tail means another word that stems alike ("organ" → "organization").
const MAX_ENDING = 4;

// Endings the stemmers leave on some words ("Akkus": German plural -s after a vowel).
const ENDINGS = ['s', 'es', 'n', 'en', 'e', 'er', 'ern', 'em', "'s", '’s'];
const ENDING = new RegExp(`^(?:${ENDINGS.join('|')})$`, 'u');

/** The word with one of the regular endings: matches even where the stemmer keeps them apart. */
function withEnding(token: Token, word: Token): boolean {
  return token.lower.startsWith(word.lower) && ENDING.test(token.lower.slice(word.lower.length));
}

function sameWord(token: Token, word: Token, caseSensitive: boolean, exact: boolean, functionWord: boolean): boolean {
  // Function words do not take endings ("das" is not "dass"), and a phrase word cut short is
  // another word ("erst" of "erste").
  if (functionWord || word.lower.startsWith(token.lower)) {
    if (token.lower !== word.lower) return false;
  } else if (exact ? !(token.lower === word.lower || withEnding(token, word)) : token.stem !== word.stem && token.lower !== word.lower && !withEnding(token, word)) return false;
  if (token.lower.length > word.lower.length + MAX_ENDING) return false;
  if (!caseSensitive) return true;
  const shared = Math.min(token.text.length, word.text.length);
  return token.text.slice(0, shared) === word.text.slice(0, shared);
}

export class PhraseMatcher<T> {
  private readonly byFirstStem = new Map<string, Entry<T>[]>();
  /**
   * Every stem or form a word may have to start a phrase: a key of `byFirstStem`, alone or with
   * one of the ENDINGS. Most words have none, and one lookup passes them over.
   */
  private readonly openers = new Set<string>();

  private readonly functionWords: ReadonlySet<string>;

  constructor(
    phrases: Phrase<T>[],
    readonly lang: Lang,
  ) {
    this.functionWords = languageOf(lang).stopWords;
    for (const phrase of phrases) {
      const words = tokenize(phrase.text, lang);
      const first = words[0];
      if (!first) continue;
      const joins = words.slice(1).map((word, i) => phrase.text.slice(words[i]!.end, word.start));
      const entry = { ...phrase, words, joins };
      for (const key of new Set(phrase.exact ? [first.lower, first.stem] : [first.stem, first.lower])) {
        const bucket = this.byFirstStem.get(key) ?? [];
        bucket.push(entry);
        this.byFirstStem.set(key, bucket);
      }
    }
    for (const key of this.byFirstStem.keys()) {
      this.openers.add(key);
      for (const ending of ENDINGS) this.openers.add(key + ending);
    }
  }

  /** Every occurrence of every phrase in `tokens` (the tokens of `text`), in text order. */
  find(text: string, tokens: readonly Token[]): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    if (this.byFirstStem.size === 0) return matches;
    const tried: Entry<T>[] = [];
    const consider = (at: number, key: string) => {
      for (const phrase of this.byFirstStem.get(key) ?? []) {
        if (tried.includes(phrase)) continue;
        tried.push(phrase);
        const matched = this.matchAt(text, tokens, at, phrase);
        if (matched) matches.push({ start: tokens[at]!.start, end: matched[matched.length - 1]!.end, tokens: matched, phrase });
      }
    };
    for (let i = 0; i < tokens.length; i++) {
      const { lower, stem } = tokens[i]!;
      if (!this.openers.has(lower) && !this.openers.has(stem)) continue;
      // The phrases the word may start: by its stem, its form, or its form less a regular ending; each once.
      tried.length = 0;
      consider(i, stem);
      consider(i, lower);
      for (const ending of ENDINGS) if (lower.length > ending.length && lower.endsWith(ending)) consider(i, lower.slice(0, -ending.length));
    }
    return matches;
  }

  private matchAt(text: string, tokens: readonly Token[], at: number, phrase: Entry<T>): Token[] | undefined {
    const matched: Token[] = [];
    for (let j = 0; j < phrase.words.length; j++) {
      const token = tokens[at + j];
      const word = phrase.words[j]!;
      if (!token || !sameWord(token, word, phrase.caseSensitive, phrase.exact === true, this.functionWords.has(word.lower))) return undefined;
      if (j > 0 && !joins(text.slice(matched[j - 1]!.end, token.start), phrase.joins[j - 1]!, phrase.exactJoins === true)) return undefined;
      matched.push(token);
    }
    return matched;
  }
}
