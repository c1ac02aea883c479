// Whether a word's capital comes from where it stands (the start of a sentence, heading, list item
// or colon clause) rather than from the word: "Sie" there may be "they", elsewhere it is polite.

// Stands between a sentence's end and its first word without changing that: spaces, opening
// marks, emphasis left over, list bullets, masked code or HTML, emoji and other symbols.
const PASS = /[\s"„“”‚‘’»«'(\[*_–—\-•·\uFFFC\u200d\p{Extended_Pictographic}\p{S}\p{M}]/u;

/** True when nothing but opening punctuation and symbols stands between `offset` and a sentence end or the block start. */
export function atSentenceStart(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const char = text[i]!;
    if (PASS.test(char)) continue;
    return /[.!?:…]/u.test(char);
  }
  return true;
}

/** The word before `offset` in the same clause (only spaces between), or undefined. */
export function wordBefore(text: string, offset: number): string | undefined {
  return /([\p{L}\p{M}]+)[ \t\u00a0]+$/u.exec(text.slice(Math.max(0, offset - 40), offset))?.[1];
}

/** The word after `end` in the same clause (only spaces between), or undefined. */
export function wordAfter(text: string, end: number): string | undefined {
  return /^[ \t\u00a0\n]+([\p{L}\p{M}]+(?:['’][\p{L}]+)?)/u.exec(text.slice(end, end + 40))?.[1];
}

/** Whether the span is part of a hyphenated compound: "Wir-Gefühl", "Du-Form", "US-based". */
export function inCompound(text: string, start: number, end: number): boolean {
  return /^[-‐‑][\p{L}\p{N}]/u.test(text.slice(end, end + 2)) || /[\p{L}\p{N}][-‐‑]$/u.test(text.slice(Math.max(0, start - 2), start));
}
