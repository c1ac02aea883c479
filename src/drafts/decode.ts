// Bytes of a draft file to text: UTF-8 (with or without a byte-order mark) or UTF-16 with its
// byte-order mark; anything else is reported for that file alone, at the first byte that is not
// text, never guessed at.

import { DraftError, type SourcePosition } from '../errors.js';
import { lineStarts, positionAt } from '../markdown/positions.js';

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
    const at = decoder === utf8 ? firstInvalidUtf8(bytes) : firstInvalidUtf16(bytes, decoder === utf16be);
    throw new DraftError('draft-read', `not valid ${decoder.encoding.toUpperCase()} text; save the draft as UTF-8`, file, positionOf(decoder.decode(bytes.subarray(0, at)), -1));
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) throw new DraftError('draft-read', `a binary file (a NUL character at offset ${nul}), not a Markdown draft`, file, positionOf(text, nul));
  return text;
}

/** Line and column (UTF-16 units, without a byte-order mark) of `offset` in `text`; -1: its end. */
function positionOf(text: string, offset: number): SourcePosition {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const at = offset < 0 ? source.length : offset - (source === text ? 0 : 1);
  return positionAt(lineStarts(source), Math.max(0, at));
}

/** The index of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < length; k++) {
      const byte = bytes[i + k];
      if (byte === undefined || byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return i;
}

/** The index of the first code unit of UTF-16 text that is a lone surrogate (or an odd last byte). */
function firstInvalidUtf16(bytes: Uint8Array, bigEndian: boolean): number {
  const unit = (i: number) => (bigEndian ? (bytes[i]! << 8) | bytes[i + 1]! : bytes[i]! | (bytes[i + 1]! << 8));
  let i = 0;
  for (; i + 1 < bytes.length; i += 2) {
    const code = unit(i);
    if (code >= 0xdc00 && code <= 0xdfff) return i;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = i + 3 < bytes.length ? unit(i + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    }
  }
  return i;
}
