// How a German draft addresses its reader: du-forms (du, dir, dein…, euch, euer…, "ihr habt",
// imperatives such as "Teste", "Hol") and Sie-forms (Sie, Ihnen, Ihr… with a capital of their own).
// Quoted speech is left out; "sie" (she, they) and words that contain "du" never count.

import type { Draft } from '../../drafts/types.js';
import type { Lang, Spec } from '../../spec/types.js';
import { languageOf, words, type Language } from '../../languages/index.js';
import { inCompound, wordAfter, wordBefore } from '../../analysis/capitals.js';
import { perDraft } from '../../util/memo.js';
import type { ProseBlock } from '../../markdown/prose.js';
import { isQuoted } from '../../analysis/quotes.js';
import { sentencesOf } from '../../analysis/sentences.js';
import { startsSentence, tokensOf, type Token } from '../../analysis/tokens.js';

export type Address = 'informal' | 'formal';

export interface AddressForm {
  block: ProseBlock;
  start: number;
  end: number;
  address: Address;
  text: string;
  /** The sentence it stands in, numbered through the draft: how much of a draft says Sie or du. */
  sentence: number;
}

// Second person plural verbs: "ihr habt" / "habt ihr" make "ihr" the informal plural, not "her" or "their".
const PLURAL_AUXILIARIES = words(`
  seid habt könnt wollt dürft müsst sollt wisst werdet möchtet würdet hättet wärt wäret solltet
  könntet müsstet dürftet wolltet
`);
const PLURAL_AFTER_IHR = new Set([
  ...PLURAL_AUXILIARIES,
  'braucht',
  'findet',
  'kommt',
  'macht',
  'seht',
  'geht',
  'fahrt',
  'lest',
  'schreibt',
  'meldet',
  'bekommt',
  'erhaltet',
  'nutzt',
  'kennt',
  'wart',
  'tragt',
  'helft',
  'bringt',
  'zeigt',
  'sucht',
  'arbeitet',
  'entwickelt',
  'programmiert',
  'startet',
  'teilt',
]);
const PLURAL_BEFORE_IHR = new Set(PLURAL_AUXILIARIES);

// Informal imperatives that are no noun or adjective at the start of a sentence.
const IMPERATIVES = new Set(
  'teste probier probiere hol hole frag schreib schreibe melde meld lies nimm gib sieh hilf vergiss lass komm mach mache schau zeig zeige bleib bleibe hör höre fahr fahre spar spare starte wähl wähle nutz nutze abonniere registriere bestell bestelle entdecke erlebe erfahre klicke tippe lade buche sag sage denk denke informiere kontaktiere rufe leg lege stell stelle trag trage pack packe gönn gönne unterstütze schick schicke sende kaufe geh gehe lern lerne finde erstelle öffne schnapp schnappe tausch tausche entscheide bring bringe verpass verpasse guck bewirb erzähl erzähle antworte zieh ziehe'.split(
    ' ',
  ),
);
// Imperatives that are also nouns or other words ("Test", "Start", "Suche nach …", "Vergleiche mit
// …"): they count only before an object or particle that no noun takes ("Test es jetzt", "Folge uns").
const NOUN_IMPERATIVES = new Set('test start buch ruf teil teile besuch besuche folge check kauf suche frage versuch versuche vergleiche klick hab sei'.split(' '));
const IMPERATIVE_OBJECTS = new Set(
  'es ihn sie uns mir mich dir dich den die das dem doch mal jetzt gleich einfach gern gerne hier vorbei rein los noch schnell direkt sofort unsere unser unseren unserem ein eine einen dabei ruhig bitte heute deine dein deinen'.split(
    ' ',
  ),
);
// After these the verb is first person ("Teste gerade die App", "Teste ich"), not an imperative.
const NOT_IMPERATIVE_AFTER = new Set(['ich', 'wir', 'gerade', 'grad', 'gerad', 'Sie', 'er', 'man']);

// Third person singular verbs that end in neither -t nor -te: "Sie war", "Sie kann".
const SINGULAR_VERBS = new Set('war wurde kann will muss darf soll mag wird weiß kam sah ging fuhr gab nahm blieb fand stand las rief lief schrieb sprach trug zog'.split(' '));

// Verbs after a sentence-initial "Sie" that can only be "you": the reader's wishes and questions.
const FORMAL_VERBS = new Set(['möchten', 'wünschen', 'benötigen', 'erreichen', 'interessieren']);

interface Candidate extends AddressForm {
  /** A capital at the start of a sentence, which "they" would also have ("Sie sind …"). */
  ambiguous: boolean;
}

/**
 * "ihr"/"Ihr" as the informal plural ("ihr habt", "habt ihr", "Ihr auch?", "dass Ihr Euch …"),
 * not "her", "their" or the polite "Ihr Rad": the possessive is followed by a noun or an inflected
 * adjective, the pronoun by a verb, an adverb, another pronoun or punctuation.
 */
function isPluralIhr(text: string, token: Token): boolean {
  const before = wordBefore(text, token.start);
  if (before !== undefined && PLURAL_BEFORE_IHR.has(before.toLowerCase())) return true;
  const after = wordAfter(text, token.end);
  if (after !== undefined && PLURAL_AFTER_IHR.has(after)) return true;
  // Lowercase "ihr" is also "her" ("gab ihr recht"): only a verb of the list above tells.
  if (token.text !== 'Ihr') return false;
  if (after === undefined) return /^\s*[?!,]/u.test(text.slice(token.end, token.end + 3));
  if (/^(?:euch|uns|mich|dich|sich|es|alle|selbst)$/iu.test(after)) return true;
  if (!/^\p{Ll}/u.test(after) || /(?:e|en|er|es|em)$/u.test(after)) return false;
  // An adverb of an adjective's form between the possessive and its inflected adjective ("Ihr aktuell benutztes Gerät").
  const third = wordAfter(text, text.indexOf(after, token.end) + after.length) ?? '';
  return !(/(?:ell|lich|ig|isch|bar|sam|haft)$/u.test(after) && /^\p{Ll}+(?:e|en|er|es|em)$/u.test(third) && /^\s+\p{Lu}/u.test(text.slice(text.indexOf(third, token.end) + third.length)));
}

/**
 * A verb of the third person singular after "Sie" ("Sie war", "Sie bildete die Grundlage"): "she".
 * Polite "Sie" takes the plural ("Sie waren"); "heute", "bitte" and adjectives before a noun
 * ("machen Sie erste Schritte") end in -te without being verbs.
 */
function isSheVerb(text: string, token: Token): boolean {
  const next = wordAfter(text, token.end);
  if (next === undefined) return false;
  if (SINGULAR_VERBS.has(next)) return true;
  if (!/\p{Ll}te$/u.test(next) || next === 'heute' || next === 'bitte') return false;
  const nextEnd = text.indexOf(next, token.end) + next.length;
  return !/^\p{Lu}/u.test(wordAfter(text, nextEnd) ?? '');
}

/** A sentence-initial "Sie"/"Ihnen"/"Ihr…": she (skip), they or you (ambiguous), or plainly you. */
function initialSie(text: string, token: Token, sentenceEnd: number): 'skip' | 'ambiguous' | 'formal' {
  if (token.text !== 'Sie') return 'ambiguous';
  const next = wordAfter(text, token.end);
  if (next !== undefined && /^\p{Ll}/u.test(next)) {
    // "Sie fährt", "Sie arbeitet": third person singular, so "she".
    if (/t$/u.test(next) || isSheVerb(text, token)) return 'skip';
    if (FORMAL_VERBS.has(next)) return 'formal';
  }
  // "Sie haben Fragen?": a question in the order of a statement asks the reader.
  return /^[^.!]*\?/u.test(text.slice(token.end, sentenceEnd)) ? 'formal' : 'ambiguous';
}

function candidatesIn(block: ProseBlock, firstSentence: number, lang: Lang, pronouns: NonNullable<Language['address']>): Candidate[] {
  const { text } = block;
  const found: Candidate[] = [];
  const tokens = tokensOf(block, lang);
  let sentences: ReturnType<typeof sentencesOf> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // Most words are no form of address: the word alone tells, before its place in the block is looked at.
    if (!mayAddress(token, pronouns)) continue;
    if (isQuoted(block, token.start, token.end) || inCompound(text, token.start, token.end)) continue;
    sentences ??= sentencesOf(block, lang);
    const index = sentences.findIndex((s) => token.start < s.end);
    const sentence = index < 0 ? sentences.length : index;
    const add = (address: Address, ambiguous = false) => found.push({ block, start: token.start, end: token.end, address, text: token.text, ambiguous, sentence: firstSentence + sentence });
    const initial = startsSentence(text, token.start);
    if (pronouns.informal.has(token.lower) && token.text !== 'DU') {
      if (!(token.lower === 'du' && isNameParticle(text, tokens, i))) add('informal');
    } else if (token.lower === 'ihr' && isPluralIhr(text, token)) {
      add('informal');
    } else if (pronouns.formal.has(token.text)) {
      if (initial) {
        const kind = initialSie(text, token, sentences[sentence]?.end ?? text.length);
        if (kind !== 'skip') add('formal', kind === 'ambiguous');
      } else if (!(token.text === 'Sie' && isSheVerb(text, token))) {
        // Before a verb in the singular, "Sie" is "she", capitalised after a missing full stop.
        add('formal');
      }
    } else if (initial && /^\p{Lu}\p{Ll}+$/u.test(token.text) && isImperative(text, token)) {
      add('informal');
    }
  }
  return found;
}

/** Whether the word may be a form of address at all: a pronoun or a verb that can be an imperative. */
function mayAddress(token: Token, pronouns: NonNullable<Language['address']>): boolean {
  return (
    pronouns.informal.has(token.lower) ||
    token.lower === 'ihr' ||
    pronouns.formal.has(token.text) ||
    ((IMPERATIVES.has(token.lower) || NOUN_IMPERATIVES.has(token.lower)) && /^\p{Lu}\p{Ll}+$/u.test(token.text))
  );
}

function isImperative(text: string, token: Token): boolean {
  const next = wordAfter(text, token.end);
  if (next !== undefined && NOT_IMPERATIVE_AFTER.has(next)) return false;
  // "Sei es X oder Y": a concession, addressed to no one.
  if (token.lower === 'sei' && next === 'es') return false;
  if (IMPERATIVES.has(token.lower)) return true;
  return NOUN_IMPERATIVES.has(token.lower) && next !== undefined && IMPERATIVE_OBJECTS.has(next);
}

/** "du" in a French name ("Café du Monde", "Tour du Mont Blanc"), not the pronoun. */
function isNameParticle(text: string, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (tokens[i]!.text !== 'du' || !before || !after || !/^\p{Lu}/u.test(before.text) || !/^\p{Lu}/u.test(after.text)) return false;
  // "Weißt du Bescheid?": a verb in the second person before it makes it the pronoun.
  return !(startsSentence(text, before.start) && /[sßzx]t$/u.test(before.lower));
}

/** How many sentences the forms stand in. */
export function sentencesWith(forms: readonly AddressForm[]): number {
  return new Set(forms.map((f) => f.sentence)).size;
}

/**
 * The address forms of a German draft, merged where they stand side by side ("Hol dir").
 * A Sie-form at the start of a sentence that "they" would explain as well ("Sie sind schnell")
 * counts only when the draft leans polite: it has Sie-forms elsewhere that are plainly polite, and
 * no more du-forms than those.
 */
export const addressForms = perDraft((_spec: Spec, draft: Draft): AddressForm[] => {
  const candidates: Candidate[] = [];
  // Only languages that tell formal from informal address have forms to count.
  const pronouns = languageOf(draft.lang).address;
  if (pronouns) {
    // Sentences are numbered through the draft; a block never holds more sentences than characters.
    let sentence = 0;
    for (const block of draft.blocks) {
      candidates.push(...candidatesIn(block, sentence, draft.lang, pronouns));
      sentence += block.text.length + 1;
    }
  }
  // The draft leans polite: sentences with plain Sie-forms, and no more with du-forms than those.
  const polite = sentencesWith(candidates.filter((c) => c.address === 'formal' && !c.ambiguous));
  const leansPolite = polite > 0 && polite >= sentencesWith(candidates.filter((c) => c.address === 'informal'));
  const forms: AddressForm[] = [];
  for (const { ambiguous, ...form } of candidates) {
    if (ambiguous && !leansPolite) continue;
    const last = forms[forms.length - 1];
    if (last && last.block === form.block && last.address === form.address && /^[ \t\u00a0]+$/u.test(form.block.text.slice(last.end, form.start))) {
      last.end = form.end;
      last.text = form.block.text.slice(last.start, last.end);
    } else {
      forms.push(form);
    }
  }
  return forms;
});
