// Where a word stands in its clause: the words around it, and whether it is part of a hyphenated
// compound. (Whether it starts a sentence is tokens.ts's startsSentence.)

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
