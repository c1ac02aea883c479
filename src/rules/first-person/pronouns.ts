// First-person words in German and English prose (wir, uns, unser…, ich; we, us, our, I), without
// "US" the country, "I" as a Roman numeral or list marker, and names such as "the My Brisa app".

import type { Lang } from '../../spec/types.js';
import { inCompound, wordAfter, wordBefore } from '../../analysis/capitals.js';
import { languageOf } from '../../languages/index.js';
import type { ProseBlock } from '../../markdown/prose.js';
import { startsSentence, tokensOf, type Token } from '../../analysis/tokens.js';

// Words before "I" that make it a numeral: "Phase I", "Part I", "World War I", "Teil I".
const NUMERAL_CARRIERS =
  /^(?:phase|part|chapter|stage|level|tier|type|class|act|volume|vol|book|round|season|series|title|article|annex|appendix|schedule|grade|step|war|teil|kapitel|band|stufe|klasse|typ|anhang|artikel|runde|staffel)$/iu;

/** Whether "I" is the pronoun: not a Roman numeral ("Phase I", "I. Introduction") or a marker ("I)"). */
function isPronounI(text: string, token: Token): boolean {
  const after = text.slice(token.end, token.end + 2);
  // "I)", "I/O", "I-95"; "I." opening a line is a list marker.
  if (/^[)/\]-]/u.test(after) || (after.startsWith('.') && startsSentence(text, token.start))) return false;
  const before = wordBefore(text, token.start);
  if (before !== undefined && (NUMERAL_CARRIERS.test(before) || (/^\p{Lu}/u.test(before) && !startsSentence(text, text.lastIndexOf(before, token.start))))) return false;
  const next = wordAfter(text, token.end);
  return next === undefined || /^\p{Ll}/u.test(next) || /^[,.!?;]/u.test(after.trim());
}

/** German "meinen" as a verb ("Kritiker meinen, …", "Was meinen Sie?") rather than "my". */
function isVerbMeinen(text: string, token: Token): boolean {
  if (token.lower !== 'meinen' && token.lower !== 'meine') return false;
  const next = wordAfter(text, token.end);
  if (next === undefined || next === 'Sie' || next === 'wir' || /^(?:es|das|damit|dazu|auch|nicht|ja|doch|wohl|dass)$/u.test(next)) return true;
  return token.lower === 'meine' && /^(?:ich)$/iu.test(wordBefore(text, token.start) ?? '');
}

/** The first-person words of a prose block in the language. */
export function firstPersonWords(block: ProseBlock, lang: Lang): Token[] {
  const words = languageOf(lang).firstPerson;
  if (!words) return [];
  const { text } = block;
  return tokensOf(block, lang).filter((token) => {
    if (!words.has(token.lower) || inCompound(text, token.start, token.end)) return false;
    if (token.lower === 'i') return token.text === 'I' && isPronounI(text, token);
    if (token.lower.startsWith('i’') || token.lower.startsWith("i'")) return true;
    // All capitals: "US" the country, "ME" the state, "WIR" in a shouted headline is rare enough.
    if (token.text.length > 1 && token.text === token.text.toUpperCase()) return false;
    // A capital mid-sentence names something: "the My Brisa app", "Raumstation Mir", "das Ich".
    if (/^\p{Lu}/u.test(token.text) && !startsSentence(text, token.start)) return false;
    return !isVerbMeinen(text, token);
  });
}
