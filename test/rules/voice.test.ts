// The voice rules on German and English snippets: address-form, inclusive-language, number-format,
// date-format, first-person, and the voice resolution and quoted speech they share.

import { describe, expect, it } from 'vitest';
import { quotedSpans } from '../../src/analysis/quotes.js';
import { at, lintDrafts } from '../helpers.js';

const SPEC = `
version: 1
language: de
teams:
  marketing:      { paths: ["marketing/**"] }
  communications: { paths: ["pr/**"], voice: { address: formal, inclusive: star, numbers: { thousands: " " }, dates: numeric } }
channels:
  press:  { paths: ["**/press/**"], voice: { first_person: quotes-only } }
  social: { paths: ["**/social/**"], voice: { address: informal, inclusive: any, dates: iso } }
  blog:   { paths: ["**/blog/**"] }
voice: { inclusive: colon, dates: long, numbers: { thousands: { de: ".", en: "," } } }
`;

// No voice at all: only mixing is flagged, and numbers keep each language's convention.
const BARE = `
version: 1
language: de
teams:
  marketing: { paths: ["marketing/**"] }
`;

const lint = (rule: string, drafts: Record<string, string>, spec = SPEC) => lintDrafts(spec, drafts, [rule]);
const en = (body: string) => `---\nlang: en\n---\n${body}`;

describe('address-form', () => {
  const check = (file: string, text: string, spec = SPEC) => lint('address-form', { [file]: text }, spec);

  it('flags du-forms and informal imperatives where the voice is formal, with the team ref', () => {
    const findings = check('pr/blog/abo.md', 'Testen Sie das Abo vier Wochen lang. Hol dir dann dein Wunschrad beim Brisa-Bikes-Händler.\n');
    expect(findings.map((f) => [f.ruleId, f.messageId, f.line, f.column, f.endColumn, f.ref])).toEqual([
      ['address-form', 'informal', 1, 38, 45, 'teams.communications.voice.address'],
      ['address-form', 'informal', 1, 51, 55, 'teams.communications.voice.address'],
    ]);
    expect(findings[0]?.message).toBe('Informal address `Hol dir`; the voice is formal (Sie)');
    expect(findings[0]?.severity).toBe('error');
  });

  it('lets the channel voice win over the team voice and flags Sie-forms where it is informal', () => {
    const findings = check('pr/social/post.md', 'Du willst los? Dann buch dir eine Probefahrt. Wir bringen Ihnen das Rad vorbei.\n');
    expect(findings.map((f) => [f.line, f.column, f.messageId, f.ref])).toEqual([[1, 59, 'formal', 'channels.social.voice.address']]);
  });

  it('is not fooled by sie (they), words that contain du, or du in a French name', () => {
    const text = 'Das Produkt für Industrie und Handel gibt es jetzt auch in Dubai. Die Techniker:innen holen das Rad ab, wenn sie Zeit haben. Treffpunkt ist das Café du Monde.\n';
    expect(check('pr/blog/a.md', text)).toEqual([]);
    expect(at(check('pr/blog/a.md', 'Die Tour du Mont Blanc ist lang. Weißt du Bescheid?\n'))).toEqual([[1, 40, 'informal']]);
  });

  it('reads a sentence-initial Sie with a singular verb as "she" and leaves an ambiguous one alone in a du-draft', () => {
    const text = 'Lena und Jonas pendeln seit März mit Brisa. Sie sind begeistert. Sie fährt jeden Tag 12 Kilometer. Hast du auch Lust?\n';
    expect(check('marketing/social/story.md', text)).toEqual([]);
  });

  it('counts a sentence-initial Sie in a draft that is plainly polite elsewhere', () => {
    expect(at(check('marketing/social/einladung.md', 'Kommen Sie am Samstag vorbei! Sie sind herzlich eingeladen.\n'))).toEqual([
      [1, 8, 'formal'],
      [1, 31, 'formal'],
    ]);
  });

  it('leaves quoted speech and block quotes alone', () => {
    const text = '„Kommen Sie gut an?“, fragt die Fahrerin. Dann lacht sie.\n\n> Wir danken Ihnen für Ihr Vertrauen.\n\nDu kannst das auch.\n';
    expect(check('marketing/social/zitat.md', text)).toEqual([]);
  });

  it('tells the informal plural "ihr" from "her", "their" and the polite "Ihr"', () => {
    const text = 'Habt ihr Fragen? Dann schreibt uns. Ihr Rad ist fertig. Sie holte ihr Rad gestern ab und gab ihr recht.\n';
    expect(at(check('pr/blog/a.md', text))).toEqual([[1, 6, 'informal']]);
  });

  it('takes imperatives that are nouns only before an object, and not before "gerade"', () => {
    const text = '## Teste das E-Bike vier Wochen\n\nProbier es aus! Test des Monats: das Brisa Commuter. Start der Aktion ist im April. Teste gerade die neue App, schreibt eine Kundin.\n';
    expect(at(check('pr/blog/a.md', text))).toEqual([
      [1, 4, 'informal'],
      [3, 1, 'informal'],
    ]);
  });

  it('without a setting, reports the kind fewer sentences use, related to the first form of the other', () => {
    const text = 'Mit dem Abo zahlen Sie keinen Kaufpreis. Ihr Rad wird jedes Jahr gewartet.\n\nFrag doch mal in deinem Team nach.\n';
    const findings = check('marketing/blog/a.md', text);
    expect(at(findings)).toEqual([
      [3, 1, 'mixed'],
      [3, 18, 'mixed'],
    ]);
    expect(findings[0]?.message).toBe('Address `Frag` (du) in a draft that mostly says Sie');
    expect(findings[0]?.related).toEqual([{ file: expect.stringContaining('a.md'), line: 1, column: 20, message: 'first Sie-form here' }]);
    expect(findings[0]?.ref).toBeUndefined();
  });

  it('on a tie, lets the form the draft opens with set the tone', () => {
    expect(at(check('marketing/blog/a.md', 'Hast du schon gebucht? Dann bringen wir Ihnen das Rad.\n'))).toEqual([[1, 41, 'mixed']]);
  });

  it('checks German drafts only', () => {
    expect(check('pr/blog/en.md', en('Du Pont and Dubai. Sie is a name, and so is Ihr.\n'))).toEqual([]);
  });
});

describe('inclusive-language', () => {
  const check = (file: string, text: string, spec = SPEC) => lint('inclusive-language', { [file]: text }, spec);

  it('flags every other style than the configured colon and gives the colon form', () => {
    const text = 'Alle Kund*innen, Pendler_innen und PartnerInnen sind eingeladen, auch Bürgerinnen und Bürger. Ärztinnen und Ärzte fahren mit. Kund:innen sowieso.\n';
    const findings = check('marketing/blog/a.md', text);
    expect(findings.map((f) => [f.ruleId, f.messageId, f.line, f.column, f.endColumn])).toEqual([
      ['inclusive-language', 'style', 1, 6, 16],
      ['inclusive-language', 'style', 1, 18, 31],
      ['inclusive-language', 'style', 1, 36, 48],
      ['inclusive-language', 'style', 1, 71, 93],
      ['inclusive-language', 'style', 1, 95, 114],
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      '`Kund*innen` uses the gender star; the voice uses the colon: `Kund:innen`',
      '`Pendler_innen` uses the underscore; the voice uses the colon: `Pendler:innen`',
      '`PartnerInnen` uses the internal I; the voice uses the colon: `Partner:innen`',
      '`Bürgerinnen und Bürger` uses the pair form; the voice uses the colon: `Bürger:innen`',
      '`Ärztinnen und Ärzte` uses the pair form; the voice uses the colon: `Ärzt:innen`',
    ]);
    expect(findings[0]?.severity).toBe('warning');
    expect(findings[0]?.ref).toBe('voice.inclusive');
  });

  it('leaves LinkedIn, CheckIn and words that only end like a pair alone', () => {
    const text = 'Folgt uns auf LinkedIn und beim CheckIn. Wir beginnen und enden in Berlin und Berliner Umland. Innen und außen sauber. Mitarbeiter:innen.\n';
    expect(check('marketing/blog/a.md', text)).toEqual([]);
  });

  it('finds gender stars that Markdown took for emphasis', () => {
    expect(at(check('marketing/blog/a.md', 'Alle Kund*innen und Pendler*innen fahren mit.\n'))).toEqual([
      [1, 6, 'style'],
      [1, 21, 'style'],
    ]);
  });

  it('follows the team voice (star) and allows every style with `any`', () => {
    const findings = check('pr/blog/a.md', 'Unsere Kund:innen und Pendler*innen.\n');
    expect(findings.map((f) => [f.column, f.message, f.ref])).toEqual([[8, '`Kund:innen` uses the colon; the voice uses the gender star: `Kund*innen`', 'teams.communications.voice.inclusive']]);
    expect(check('marketing/social/a.md', 'Unsere Kund:innen und Pendler*innen.\n')).toEqual([]);
  });

  it('without a setting, reports the styles other than the one most forms use', () => {
    const findings = check('marketing/a.md', 'Unsere Kund:innen und Pendler:innen.\n\nAuch alle Mitarbeiter*innen und Händlerinnen und Händler.\n', BARE);
    expect(at(findings)).toEqual([
      [3, 11, 'mixed'],
      [3, 33, 'mixed'],
    ]);
    expect(findings[1]?.message).toBe('`Händlerinnen und Händler` uses the pair form, while this draft mostly uses the colon');
    expect(findings[0]?.related?.map((r) => [r.line, r.column])).toEqual([[1, 8]]);
  });

  it('checks German drafts only', () => {
    expect(check('marketing/a.md', en('Our Kund*innen and Pendler:innen.\n'), BARE)).toEqual([]);
  });
});

describe('number-format', () => {
  const check = (drafts: Record<string, string>, spec = SPEC) => lint('number-format', drafts, spec);

  it('flags other separators, other-language grouping and long ungrouped numbers in German', () => {
    const text =
      'Schon 4 800 Kund:innen, 4.800 im Vorjahr, 4,8 Prozent mehr. Seit 2019 über 2,500,000 Kilometer und 25000 Fahrten; Version 2.10.1, Tel. 0341 123 456, HRB 39876, 04229 Leipzig. Kosten: 1 234,56 Euro, sonst 1.234,56 Euro.\n';
    const findings = check({ 'marketing/blog/a.md': text });
    expect(findings.map((f) => [f.ruleId, f.messageId, f.line, f.column, f.endColumn, f.ref])).toEqual([
      ['number-format', 'separator', 1, 7, 12, 'voice.numbers.thousands.de'],
      ['number-format', 'separator', 1, 76, 85, 'voice.numbers.thousands.de'],
      ['number-format', 'ungrouped', 1, 100, 105, 'voice.numbers.thousands.de'],
      ['number-format', 'separator', 1, 184, 192, 'voice.numbers.thousands.de'],
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      'Thousands separator in `4 800`; expected `4.800`',
      'Thousands separator in `2,500,000`; expected `2.500.000`',
      '`25000` has no thousands separator; expected `25.000`',
      'Thousands separator in `1 234,56`; expected `1.234,56`',
    ]);
    expect(findings[0]?.severity).toBe('warning');
  });

  it('reads English numbers with the English separator of the map', () => {
    const text = en('Over 4 800 customers, 4,800 last year, 2.500.000 kilometres, 4.8 percent, ZIP 94103, $1,234.56 and 1 234.56.\n');
    expect(check({ 'marketing/blog/en.md': text }).map((f) => [f.line, f.column, f.message, f.ref])).toEqual([
      [4, 6, 'Thousands separator in `4 800`; expected `4,800`', 'voice.numbers.thousands.en'],
      [4, 40, 'Thousands separator in `2.500.000`; expected `2,500,000`', 'voice.numbers.thousands.en'],
      [4, 100, 'Thousands separator in `1 234.56`; expected `1,234.56`', 'voice.numbers.thousands.en'],
    ]);
  });

  it('applies a string to drafts in the spec language only; any space width is a space', () => {
    const findings = check({
      'pr/blog/de.md': 'Schon 4.800 Kund:innen, 4\u202f800 Fahrten und 12 000 Kilometer.\n',
      'pr/blog/en.md': en('Over 4,800 customers and 4 800 rides.\n'),
    });
    expect(findings.map((f) => [f.file, f.line, f.column, f.message, f.ref])).toEqual([
      ['pr/blog/de.md', 1, 7, 'Thousands separator in `4.800`; expected `4 800`', 'teams.communications.voice.numbers.thousands'],
      ['pr/blog/en.md', 4, 26, 'Thousands separator in `4 800`; expected `4,800`', 'voice.numbers.thousands.en'],
    ]);
  });

  it('keeps each language convention without a setting, and names no spec entry', () => {
    const findings = check({ 'marketing/de.md': 'Schon 4 800 Kund:innen.\n', 'marketing/en.md': en('Over 4.800.000 rides and 4 800 customers.\n') }, BARE);
    expect(findings.map((f) => [f.file, f.column, f.message, f.ref])).toEqual([
      ['marketing/de.md', 7, 'Thousands separator in `4 800`; expected `4.800`', undefined],
      ['marketing/en.md', 6, 'Thousands separator in `4.800.000`; expected `4,800,000`', undefined],
      ['marketing/en.md', 26, 'Thousands separator in `4 800`; expected `4,800`', undefined],
    ]);
  });

  it('reads a five-digit number after a short word as a count, not as a postcode after a US state', () => {
    expect(at(check({ 'marketing/blog/a.md': 'Das Abo gibt es in 25000 Haushalten, an 12000 Schulen und in CA 94105.\n' }))).toEqual([
      [1, 20, 'ungrouped'],
      [1, 41, 'ungrouped'],
    ]);
  });

  it('leaves postcodes in addresses, phone numbers, identifiers and code alone', () => {
    const text = 'Brisa Bikes GmbH, Karl-Heine-Straße 12, 04229 Leipzig, Telefon: +49 341 55501-20. Filiale: Lindenstraße 85, 10969 Berlin. Bestellnummer 2026123456, Ticket #48213, `12 345`.\n';
    expect(check({ 'marketing/blog/a.md': text })).toEqual([]);
  });
});

describe('date-format', () => {
  const check = (drafts: Record<string, string>) => lint('date-format', drafts);

  it('flags numeric and ISO dates where the voice is long, with the long form in each language', () => {
    const findings = check({
      'marketing/blog/de.md': 'Die Brisa Days am 23.05.2026 in Leipzig, Anmeldung bis 2026-05-16, Marktstart am 14. April 2026. Treffen am 13.05. und im Mai 2026. Datei 2026-03-14-fruehling.md.\n',
      'marketing/blog/en.md': en('Brisa Days on 05/23/2026, launch April 14, 2026 or 14 April 2026, sign up by 2026-05-16.\n'),
    });
    expect(findings.map((f) => [f.ruleId, f.messageId, f.file, f.line, f.column, f.endColumn])).toEqual([
      ['date-format', 'format', 'marketing/blog/de.md', 1, 19, 29],
      ['date-format', 'format', 'marketing/blog/de.md', 1, 56, 66],
      ['date-format', 'format', 'marketing/blog/en.md', 4, 15, 25],
      ['date-format', 'format', 'marketing/blog/en.md', 4, 78, 88],
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      'Date `23.05.2026` is numeric; the voice writes dates long: `23. Mai 2026`',
      'Date `2026-05-16` is ISO; the voice writes dates long: `16. Mai 2026`',
      'Date `05/23/2026` is numeric; the voice writes dates long: `May 23, 2026`',
      'Date `2026-05-16` is ISO; the voice writes dates long: `May 16, 2026`',
    ]);
    expect(findings[0]?.ref).toBe('voice.dates');
    expect(findings[0]?.severity).toBe('warning');
  });

  it('writes numeric dates day first in German and month first in English', () => {
    const findings = check({ 'pr/blog/de.md': 'Am 23. Mai 2026 und am 23.05.2026.\n', 'pr/blog/en.md': en('On May 23, 2026 and 05/23/2026.\n') });
    expect(findings.map((f) => [f.file, f.column, f.message, f.ref])).toEqual([
      ['pr/blog/de.md', 4, 'Date `23. Mai 2026` is long; the voice writes dates numeric: `23.05.2026`', 'teams.communications.voice.dates'],
      ['pr/blog/en.md', 4, 'Date `May 23, 2026` is long; the voice writes dates numeric: `05/23/2026`', 'teams.communications.voice.dates'],
    ]);
  });

  it('follows the channel voice (iso) over the team voice', () => {
    const findings = check({ 'pr/social/a.md': 'Am 23. Mai 2026 und am 2026-05-23.\n' });
    expect(findings.map((f) => [f.column, f.message, f.ref])).toEqual([[4, 'Date `23. Mai 2026` is long; the voice writes dates ISO: `2026-05-23`', 'channels.social.voice.dates']]);
  });

  it('checks nothing without a setting', () => {
    expect(lint('date-format', { 'marketing/a.md': 'Am 23.05.2026 und am 2026-05-23.\n' }, BARE)).toEqual([]);
  });
});

describe('first-person', () => {
  const check = (file: string, text: string) => lint('first-person', { [file]: text });

  it('flags first person outside quotation marks in a German press release', () => {
    const text =
      'Brisa Bikes bringt das Abo nach Dresden. Wir freuen uns auf die neuen Städte.\n\n„Mit unserem Abo kostet der Umstieg weniger. Um alles andere kümmern wir uns“, sagt Lena Hartmann. Expert:innen meinen, das Abo sei günstig. Was meinen Sie?\n\n> Ich fahre jeden Tag.\n\nMehr zu unseren Städten.\n';
    const findings = check('pr/press/start.md', text);
    expect(findings.map((f) => [f.ruleId, f.messageId, f.line, f.column, f.endColumn, f.ref])).toEqual([
      ['first-person', 'outside', 1, 42, 45, 'channels.press.voice.first_person'],
      ['first-person', 'outside', 1, 53, 56, 'channels.press.voice.first_person'],
      ['first-person', 'outside', 7, 9, 16, 'channels.press.voice.first_person'],
    ]);
    expect(findings[0]?.message).toBe('First person `Wir` outside quotation marks; the voice keeps it to quotes');
    expect(findings[0]?.severity).toBe('error');
  });

  it('knows the US, Roman numerals, list markers and apostrophes in English', () => {
    const text = en(
      "Brisa Bikes enters the US market. Phase I starts in May, after World War I memorial rides. Our technicians pick it up. “We take care of everything,” said Lena. Leipzig's mayor said: 'we ride'. I think it works.\n\nI. Introduction\n",
    );
    expect(check('pr/press/en.md', text).map((f) => [f.line, f.column, f.message])).toEqual([
      [4, 92, 'First person `Our` outside quotation marks; the voice keeps it to quotes'],
      [4, 194, 'First person `I` outside quotation marks; the voice keeps it to quotes'],
    ]);
  });

  it('allows first person where the voice does not say quotes-only', () => {
    expect(check('pr/blog/a.md', 'Wir freuen uns auf unsere Kund:innen.\n')).toEqual([]);
  });
});

describe('quoted speech', () => {
  const quoted = (text: string) => quotedSpans(text).map(([s, e]) => text.slice(s, e));

  it('finds German, English, French and straight quotation marks, nested ones too', () => {
    expect(quoted('Sie sagt: „Wir fahren ‚immer‘ mit.“ Er: »Ja.« Sie: “We ride.” Und "wir" auch, «nous» aussi.')).toEqual([
      '„Wir fahren ‚immer‘ mit.“',
      '‚immer‘',
      '»Ja.«',
      '“We ride.”',
      '"wir"',
      '«nous»',
    ]);
  });

  it('takes apostrophes for apostrophes, and runs an unclosed double quote to the end of the paragraph', () => {
    expect(quoted("Leipzig's mayor and Andreas' bike, geht’s 'ok'?")).toEqual(["'ok'"]);
    expect(quoted('Sie sagt: „Wir fahren weiter')).toEqual(['„Wir fahren weiter']);
    expect(quoted('Ein 27" Monitor')).toEqual([]);
  });
});
