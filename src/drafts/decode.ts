// Bytes of a draft file to text: UTF-8 (with or without a byte-order mark) or UTF-16 with its
// byte-order mark; anything else is reported for that file alone, never guessed at.

import { DraftError } from '../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

/** The text of a draft; a byte-order mark stays as U+FEFF, which parsing strips and --fix keeps. */
export function decodeDraft(bytes: Uint8Array, file: string): string {
  let decoder = utf8;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) decoder = utf16le;
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoder = utf16be;
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new DraftError('draft-read', `not valid ${decoder.encoding.toUpperCase()} text; save the draft as UTF-8`, file);
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) throw new DraftError('draft-read', `a binary file (a NUL character at offset ${nul}), not a Markdown draft`, file);
  return text;
}
