// Rewrites matched words in the spelling of a spec phrase, keeping each word's own ending.

import type { Token } from '../../analysis/tokens.js';

/** `surface` with the letters it shares with `word` taken from `word`: ("brisa", "Brisa") → "Brisa". */
export function recase(surface: string, word: string): string {
  let out = '';
  for (let i = 0; i < surface.length; i++) {
    const target = word[i];
    out += target !== undefined && target.toLowerCase() === surface[i]!.toLowerCase() ? target : surface[i]!;
  }
  return out;
}

/** The matched span rewritten word by word in the phrase's spelling; separators are kept. */
export function respell(text: string, tokens: readonly Token[], words: readonly Token[]): string {
  let out = '';
  tokens.forEach((token, i) => {
    if (i > 0) out += text.slice(tokens[i - 1]!.end, token.start);
    out += recase(token.text, words[i]?.text ?? token.text);
  });
  return out;
}

/** Whether the words of a match are spelt as in the phrase, up to their endings. */
export function sameCasing(tokens: readonly Token[], words: readonly Token[]): boolean {
  return tokens.every((token, i) => {
    const word = words[i]!.text;
    const shared = Math.min(token.text.length, word.length);
    return token.text.slice(0, shared) === word.slice(0, shared);
  });
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
