// JSON text with the characters past a limit written as \u escapes: text that V8 keeps in one byte
// per character, and that reads back from a file as latin1, without decoding UTF-8.

const PAST_ASCII = /[\u007f-\uffff]/g;
const PAST_LATIN1 = /[\u0100-\uffff]/g;
const escape = (character: string) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** JSON in ASCII: written to a file, it reads back as latin1 several times faster than as UTF-8. */
export function asciiJson(data: unknown): string {
  return JSON.stringify(data).replace(PAST_ASCII, escape);
}

/**
 * JSON in one byte per character, half the memory of two: V8 keeps a string two bytes wide when it
 * holds a character past Latin-1 (escaped here), and also when it was made from such a string (an
 * excerpt of a draft with one „ in it), so the text is copied.
 */
export function latin1Json(data: unknown): string {
  return Buffer.from(JSON.stringify(data).replace(PAST_LATIN1, escape), 'latin1').toString('latin1');
}
