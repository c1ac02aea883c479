// German compounds with a multi-word name: "Brisa-Bikes-Händler", not "Brisa Bikes Händler"
// nor "Brisa Bikes-Händler" (Durchkopplung).

import type { Token } from '../../analysis/tokens.js';
import type { Language } from '../../languages/index.js';

// Legal forms and the like follow a name without forming a compound with it (the language adds its own words).
const NOT_A_COMPOUND = new Set(['GmbH', 'AG', 'SE', 'KG', 'KGaA', 'OHG', 'UG', 'GbR', 'eG', 'e.V', 'Inc', 'Ltd', 'LLC', 'Co', 'Corp', 'Group', 'Holding'].map((word) => word.toLowerCase()));

export interface CompoundProblem {
  /** End of the span to replace (its start is the name's start). */
  end: number;
  expected: string;
}

/**
 * Checks the word after a name found at `tokens` in `text`: a capitalised noun joined by a space,
 * or by a hyphen while the name's own words stay apart, makes an unhyphenated compound.
 */
export function unhyphenatedCompound(text: string, tokens: readonly Token[], { notAfterName }: NonNullable<Language['compounds']>): CompoundProblem | undefined {
  const last = tokens[tokens.length - 1]!;
  const next = /^([ \u00a0]|-)(\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*)/u.exec(text.slice(last.end));
  if (!next) return undefined;
  const [whole, joiner, noun] = next as unknown as [string, string, string];
  const innerSpaces = tokens.slice(1).some((token, i) => text.slice(tokens[i]!.end, token.start) !== '-');
  if (joiner === '-' && !innerSpaces) return undefined;
  if (joiner !== '-' && (NOT_A_COMPOUND.has(noun.toLowerCase()) || notAfterName.has(noun.toLowerCase()))) return undefined;
  const name = tokens.map((token) => token.text).join('-');
  return { end: last.end + whole.length, expected: `${name}-${noun}` };
}
