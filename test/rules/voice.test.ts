// The voice rules on German and English snippets: address-form, inclusive-language, number-format,
// date-format, first-person, and the voice resolution and quoted speech they share.

import { describe, expect, it } from 'vitest';
import { quotedSpans } from '../../src/analysis/quotes.js';
import { ruleNamed, ruleTester } from '../rule-tester.js';

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

const en = (body: string) => `---\nlang: en\n---\n${body}`;

ruleTester(ruleNamed('address-form'), {
  valid: [
    {
      spec: SPEC,
      file: 'pr/blog/a.md',
      name: 'is not fooled by sie (they), words that contain du, or du in a French name',
      text: 'Das Produkt für Industrie und Handel gibt es jetzt auch in Dubai. Die Techniker:innen holen das Rad ab, wenn sie Zeit haben. Treffpunkt ist das Café du Monde.\n',
    },
    {
      spec: SPEC,
      file: 'marketing/social/story.md',
      name: 'reads a sentence-initial Sie with a singular verb as "she" and leaves an ambiguous one alone in a du-draft',
      text: 'Lena und Jonas pendeln seit März mit Brisa. Sie sind begeistert. Sie fährt jeden Tag 12 Kilometer. Hast du auch Lust?\n',
    },
    {
      spec: SPEC,
      file: 'marketing/social/zitat.md',
      name: 'leaves quoted speech and block quotes alone',
      text: '„Kommen Sie gut an?“, fragt die Fahrerin. Dann lacht sie.\n\n> Wir danken Ihnen für Ihr Vertrauen.\n\nDu kannst das auch.\n',
    },
    { spec: SPEC, file: 'pr/blog/en.md', name: 'checks German drafts only', text: en('Du Pont and Dubai. Sie is a name, and so is Ihr.\n') },
  ],
  invalid: [
    {
      spec: SPEC,
      file: 'pr/blog/abo.md',
      name: 'flags du-forms and informal imperatives where the voice is formal, with the team ref',
      text: 'Testen Sie das Abo vier Wochen lang. Hol dir dann dein Wunschrad beim Brisa-Bikes-Händler.\n',
      errors: [
        { messageId: 'informal', line: 1, column: 38, endColumn: 45, ref: 'teams.communications.voice.address', severity: 'error', message: 'Informal address `Hol dir`; the voice is formal (Sie)' },
        { messageId: 'informal', line: 1, column: 51, endColumn: 55, ref: 'teams.communications.voice.address' },
      ],
    },
    {
      spec: SPEC,
      file: 'pr/social/post.md',
      name: 'lets the channel voice win over the team voice and flags Sie-forms where it is informal',
      text: 'Du willst los? Dann buch dir eine Probefahrt. Wir bringen Ihnen das Rad vorbei.\n',
      errors: [{ messageId: 'formal', line: 1, column: 59, ref: 'channels.social.voice.address' }],
    },
    {
      spec: SPEC,
      file: 'pr/blog/a.md',
      name: 'flags du, but not du in a French name',
      text: 'Die Tour du Mont Blanc ist lang. Weißt du Bescheid?\n',
      errors: [{ messageId: 'informal', line: 1, column: 40 }],
    },
    {
      spec: SPEC,
      file: 'marketing/social/einladung.md',
      name: 'counts a sentence-initial Sie in a draft that is plainly polite elsewhere',
      text: 'Kommen Sie am Samstag vorbei! Sie sind herzlich eingeladen.\n',
      errors: [
        { messageId: 'formal', line: 1, column: 8 },
        { messageId: 'formal', line: 1, column: 31 },
      ],
    },
    {
      spec: SPEC,
      file: 'pr/blog/a.md',
      name: 'tells the informal plural "ihr" from "her", "their" and the polite "Ihr"',
      text: 'Habt ihr Fragen? Dann schreibt uns. Ihr Rad ist fertig. Sie holte ihr Rad gestern ab und gab ihr recht. Es gilt für Ihr aktuell benutztes Gerät.\n',
      errors: [{ messageId: 'informal', line: 1, column: 6 }],
    },
    {
      spec: SPEC,
      file: 'pr/blog/a.md',
      name: 'takes imperatives that are nouns only before an object, and not before "gerade"',
      text: '## Teste das E-Bike vier Wochen\n\nProbier es aus! Test des Monats: das Brisa Commuter. Start der Aktion ist im April. Teste gerade die neue App, schreibt eine Kundin.\n',
      errors: [
        { messageId: 'informal', line: 1, column: 4 },
        { messageId: 'informal', line: 3, column: 1 },
      ],
    },
    {
      spec: SPEC,
      file: 'marketing/blog/a.md',
      name: 'without a setting, reports the kind fewer sentences use, related to the first form of the other',
      text: 'Mit dem Abo zahlen Sie keinen Kaufpreis. Ihr Rad wird jedes Jahr gewartet.\n\nFrag doch mal in deinem Team nach.\n',
      errors: [
        {
          messageId: 'mixed',
          line: 3,
          column: 1,
          message: 'Address `Frag` (du) in a draft that mostly says Sie',
          related: [{ file: 'marketing/blog/a.md', line: 1, column: 20, message: 'first Sie-form here' }],
          ref: undefined,
        },
        { messageId: 'mixed', line: 3, column: 18 },
      ],
    },
    {
      spec: SPEC,
      file: 'marketing/blog/a.md',
      name: 'on a tie, lets the form the draft opens with set the tone',
      text: 'Hast du schon gebucht? Dann bringen wir Ihnen das Rad.\n',
      errors: [{ messageId: 'mixed', line: 1, column: 41 }],
    },
  ],
});

ruleTester(ruleNamed('inclusive-language'), {
  valid: [
    {
      spec: SPEC,
      file: 'marketing/blog/a.md',
      name: 'leaves LinkedIn, CheckIn and words that only end like a pair alone',
      text: 'Folgt uns auf LinkedIn und beim CheckIn. Wir beginnen und enden in Berlin und Berliner Umland. Innen und außen sauber. Mitarbeiter:innen.\n',
    },
    { spec: SPEC, file: 'marketing/social/a.md', name: 'allows every style with `any`', text: 'Unsere Kund:innen und Pendler*innen.\n' },
    { spec: BARE, file: 'marketing/a.md', name: 'checks German drafts only', text: en('Our Kund*innen and Pendler:innen.\n') },
    {
      spec: SPEC,
      file: 'marketing/blog/a.md',
      // codefor-de, content/blog/2025-04-14-out-in-the-open-march-2025.md (CC BY 4.0, Open Knowledge Foundation Deutschland / Code for Germany)
      name: 'leaves quoted speech to the document quoted',
      text: 'Im Koalitionsvertrag steht nun: "Das Informationsfreiheitsgesetz in der bisherigen Form wollen wir mit einem Mehrwert für Bürgerinnen und Bürger und Verwaltung reformieren".\n\n> Alle Kund*innen fahren mit.\n',
    },
    {
      spec: SPEC,
      file: 'marketing/blog/a.md',
      // codefor-de, content/blog/2024-12-09-out-in-the-open-november-2024.md:169 (CC BY 4.0, Open Knowledge Foundation Deutschland / Code for Germany)
      name: "leaves an organisation's name, up to its legal form, to the organisation",
      text: 'Für Rainer Rehak vom [Forum InformatikerInnen für Frieden und gesellschaftliche Verantwortung (FIfF e.V.)](https://www.fiff.de/) müssen schon Kinder lernen. Die Bürger*innen Stiftung GmbH hilft.\n',
    },
  ],
  invalid: [
    {
      spec: SPEC,
      file: 'marketing/blog/a.md',
      name: 'flags every other style than the configured colon and gives the colon form',
      text: 'Alle Kund*innen, Pendler_innen und PartnerInnen sind eingeladen, auch Bürgerinnen und Bürger. Ärztinnen und Ärzte fahren mit. Kund:innen sowieso.\n',
      errors: [
        { messageId: 'style', line: 1, column: 6, endColumn: 16, message: '`Kund*innen` uses the gender star; the voice uses the colon: `Kund:innen`', severity: 'warning', ref: 'voice.inclusive' },
        { messageId: 'style', line: 1, column: 18, endColumn: 31, message: '`Pendler_innen` uses the underscore; the voice uses the colon: `Pendler:innen`' },
        { messageId: 'style', line: 1, column: 36, endColumn: 48, message: '`PartnerInnen` uses the internal I; the voice uses the colon: `Partner:innen`' },
        { messageId: 'style', line: 1, column: 71, endColumn: 93, message: '`Bürgerinnen und Bürger` uses the pair form; the voice uses the colon: `Bürger:innen`' },
        { messageId: 'style', line: 1, column: 95, endColumn: 114, message: '`Ärztinnen und Ärzte` uses the pair form; the voice uses the colon: `Ärzt:innen`' },
      ],
    },
    {
      spec: SPEC,
      file: 'marketing/blog/a.md',
      name: 'a gender form in a clause that merely goes on to a name with its legal form is the draft’s own',
      text: 'Die Entwickler*innen arbeiten für die Stadtwerke; das Netz betreibt die Stromnetz Berlin GmbH.\n',
      errors: [{ messageId: 'style', line: 1, column: 5, endColumn: 21 }],
    },
    {
      spec: SPEC,
      file: 'marketing/blog/a.md',
      name: 'finds gender stars that Markdown took for emphasis',
      text: 'Alle Kund*innen und Pendler*innen fahren mit.\n',
      errors: [
        { messageId: 'style', line: 1, column: 6 },
        { messageId: 'style', line: 1, column: 21 },
      ],
    },
    {
      spec: SPEC,
      file: 'pr/blog/a.md',
      name: 'follows the team voice (star)',
      text: 'Unsere Kund:innen und Pendler*innen.\n',
      errors: [{ messageId: 'style', line: 1, column: 8, message: '`Kund:innen` uses the colon; the voice uses the gender star: `Kund*innen`', ref: 'teams.communications.voice.inclusive' }],
    },
    {
      spec: BARE,
      file: 'marketing/a.md',
      name: 'without a setting, reports the styles other than the one most forms use',
      text: 'Unsere Kund:innen und Pendler:innen.\n\nAuch alle Mitarbeiter*innen und Händlerinnen und Händler.\n',
      errors: [
        { messageId: 'mixed', line: 3, column: 11, related: [{ line: 1, column: 8 }] },
        { messageId: 'mixed', line: 3, column: 33, message: '`Händlerinnen und Händler` uses the pair form, while this draft mostly uses the colon' },
      ],
    },
  ],
});

ruleTester(ruleNamed('number-format'), {
  valid: [
    {
      spec: SPEC,
      file: 'marketing/blog/a.md',
      name: 'leaves postcodes in addresses, phone numbers, identifiers and code alone',
      text: 'Brisa Bikes GmbH, Karl-Heine-Straße 12, 04229 Leipzig, Telefon: +49 341 55501-20. Filiale: Lindenstraße 85, 10969 Berlin. Bestellnummer 2026123456, Ticket #48213, `12 345`.\n',
    },
  ],
  invalid: [
    {
      spec: SPEC,
      file: 'marketing/blog/a.md',
      name: 'flags other separators, other-language grouping and long ungrouped numbers in German',
      text: 'Schon 4 800 Kund:innen, 4.800 im Vorjahr, 4,8 Prozent mehr. Seit 2019 über 2,500,000 Kilometer und 25000 Fahrten; Version 2.10.1, Tel. 0341 123 456, HRB 39876, 04229 Leipzig. Kosten: 1 234,56 Euro, sonst 1.234,56 Euro.\n',
      errors: [
        { messageId: 'separator', line: 1, column: 7, endColumn: 12, ref: 'voice.numbers.thousands.de', message: 'Thousands separator in `4 800`; expected `4.800`', severity: 'warning' },
        { messageId: 'separator', line: 1, column: 76, endColumn: 85, ref: 'voice.numbers.thousands.de', message: 'Thousands separator in `2,500,000`; expected `2.500.000`' },
        { messageId: 'ungrouped', line: 1, column: 100, endColumn: 105, ref: 'voice.numbers.thousands.de', message: '`25000` has no thousands separator; expected `25.000`' },
        { messageId: 'separator', line: 1, column: 184, endColumn: 192, ref: 'voice.numbers.thousands.de', message: 'Thousands separator in `1 234,56`; expected `1.234,56`' },
      ],
      output:
        'Schon 4.800 Kund:innen, 4.800 im Vorjahr, 4,8 Prozent mehr. Seit 2019 über 2.500.000 Kilometer und 25000 Fahrten; Version 2.10.1, Tel. 0341 123 456, HRB 39876, 04229 Leipzig. Kosten: 1.234,56 Euro, sonst 1.234,56 Euro.\n',
    },
    {
      spec: SPEC,
      file: 'marketing/blog/en.md',
      name: 'reads English numbers with the English separator of the map',
      text: en('Over 4 800 customers, 4,800 last year, 2.500.000 kilometres, 4.8 percent, ZIP 94103, $1,234.56 and 1 234.56.\n'),
      errors: [
        { messageId: 'separator', line: 4, column: 6, message: 'Thousands separator in `4 800`; expected `4,800`', ref: 'voice.numbers.thousands.en' },
        { messageId: 'separator', line: 4, column: 40, message: 'Thousands separator in `2.500.000`; expected `2,500,000`', ref: 'voice.numbers.thousands.en' },
        { messageId: 'separator', line: 4, column: 100, message: 'Thousands separator in `1 234.56`; expected `1,234.56`', ref: 'voice.numbers.thousands.en' },
      ],
      output: en('Over 4,800 customers, 4,800 last year, 2,500,000 kilometres, 4.8 percent, ZIP 94103, $1,234.56 and 1,234.56.\n'),
    },
    {
      spec: SPEC,
      name: 'applies a string to drafts in the spec language only; any space width is a space',
      drafts: {
        'pr/blog/de.md': 'Schon 4.800 Kund:innen, 4\u202f800 Fahrten und 12 000 Kilometer.\n',
        'pr/blog/en.md': en('Over 4,800 customers and 4 800 rides.\n'),
      },
      errors: [
        { file: 'pr/blog/de.md', messageId: 'separator', line: 1, column: 7, message: 'Thousands separator in `4.800`; expected `4 800`', ref: 'teams.communications.voice.numbers.thousands' },
        { file: 'pr/blog/en.md', messageId: 'separator', line: 4, column: 26, message: 'Thousands separator in `4 800`; expected `4,800`', ref: 'voice.numbers.thousands.en' },
      ],
      output: { 'pr/blog/de.md': 'Schon 4 800 Kund:innen, 4\u202f800 Fahrten und 12 000 Kilometer.\n', 'pr/blog/en.md': en('Over 4,800 customers and 4,800 rides.\n') },
    },
    {
      spec: BARE,
      name: 'keeps each language convention without a setting, and names no spec entry',
      drafts: { 'marketing/de.md': 'Schon 4 800 Kund:innen.\n', 'marketing/en.md': en('Over 4.800.000 rides and 4 800 customers.\n') },
      errors: [
        { file: 'marketing/de.md', messageId: 'separator', line: 1, column: 7, message: 'Thousands separator in `4 800`; expected `4.800`', ref: undefined },
        { file: 'marketing/en.md', messageId: 'separator', line: 4, column: 6, message: 'Thousands separator in `4.800.000`; expected `4,800,000`', ref: undefined },
        { file: 'marketing/en.md', messageId: 'separator', line: 4, column: 26, message: 'Thousands separator in `4 800`; expected `4,800`', ref: undefined },
      ],
      output: { 'marketing/de.md': 'Schon 4.800 Kund:innen.\n', 'marketing/en.md': en('Over 4,800,000 rides and 4,800 customers.\n') },
    },
    {
      spec: SPEC,
      file: 'marketing/blog/a.md',
      name: 'reads a five-digit number after a short word as a count, not as a postcode after a US state',
      text: 'Das Abo gibt es in 25000 Haushalten, an 12000 Schulen und in CA 94105.\n',
      errors: [
        { messageId: 'ungrouped', line: 1, column: 20 },
        { messageId: 'ungrouped', line: 1, column: 41 },
      ],
    },
  ],
});

ruleTester(ruleNamed('date-format'), {
  valid: [{ spec: BARE, file: 'marketing/a.md', name: 'checks nothing without a setting', text: 'Am 23.05.2026 und am 2026-05-23.\n' }],
  invalid: [
    {
      spec: SPEC,
      name: 'flags numeric and ISO dates where the voice is long, with the long form in each language',
      drafts: {
        'marketing/blog/de.md': 'Die Brisa Days am 23.05.2026 in Leipzig, Anmeldung bis 2026-05-16, Marktstart am 14. April 2026. Treffen am 13.05. und im Mai 2026. Datei 2026-03-14-fruehling.md.\n',
        'marketing/blog/en.md': en('Brisa Days on 05/23/2026, launch April 14, 2026 or 14 April 2026, sign up by 2026-05-16.\n'),
      },
      errors: [
        {
          file: 'marketing/blog/de.md',
          messageId: 'format',
          line: 1,
          column: 19,
          endColumn: 29,
          message: 'Date `23.05.2026` is numeric; the voice writes dates long: `23. Mai 2026`',
          ref: 'voice.dates',
          severity: 'warning',
        },
        { file: 'marketing/blog/de.md', messageId: 'format', line: 1, column: 56, endColumn: 66, message: 'Date `2026-05-16` is ISO; the voice writes dates long: `16. Mai 2026`' },
        { file: 'marketing/blog/en.md', messageId: 'format', line: 4, column: 15, endColumn: 25, message: 'Date `05/23/2026` is numeric; the voice writes dates long: `May 23, 2026`' },
        { file: 'marketing/blog/en.md', messageId: 'format', line: 4, column: 78, endColumn: 88, message: 'Date `2026-05-16` is ISO; the voice writes dates long: `May 16, 2026`' },
      ],
      output: {
        'marketing/blog/de.md':
          'Die Brisa Days am 23. Mai 2026 in Leipzig, Anmeldung bis 16. Mai 2026, Marktstart am 14. April 2026. Treffen am 13.05. und im Mai 2026. Datei 2026-03-14-fruehling.md.\n',
        'marketing/blog/en.md': en('Brisa Days on May 23, 2026, launch April 14, 2026 or 14 April 2026, sign up by May 16, 2026.\n'),
      },
    },
    {
      spec: SPEC,
      name: 'writes numeric dates day first in German and month first in English',
      drafts: { 'pr/blog/de.md': 'Am 23. Mai 2026 und am 23.05.2026.\n', 'pr/blog/en.md': en('On May 23, 2026 and 05/23/2026.\n') },
      errors: [
        {
          file: 'pr/blog/de.md',
          messageId: 'format',
          line: 1,
          column: 4,
          message: 'Date `23. Mai 2026` is long; the voice writes dates numeric: `23.05.2026`',
          ref: 'teams.communications.voice.dates',
        },
        {
          file: 'pr/blog/en.md',
          messageId: 'format',
          line: 4,
          column: 4,
          message: 'Date `May 23, 2026` is long; the voice writes dates numeric: `05/23/2026`',
          ref: 'teams.communications.voice.dates',
        },
      ],
      output: { 'pr/blog/de.md': 'Am 23.05.2026 und am 23.05.2026.\n', 'pr/blog/en.md': en('On 05/23/2026 and 05/23/2026.\n') },
    },
    {
      spec: SPEC,
      file: 'pr/social/a.md',
      name: 'follows the channel voice (iso) over the team voice',
      text: 'Am 23. Mai 2026 und am 2026-05-23.\n',
      errors: [{ messageId: 'format', line: 1, column: 4, message: 'Date `23. Mai 2026` is long; the voice writes dates ISO: `2026-05-23`', ref: 'channels.social.voice.dates' }],
      output: 'Am 2026-05-23 und am 2026-05-23.\n',
    },
  ],
});

// Dates and numbers in real content (issue 15, patterns 3 and 11). German lines are from codefor.de
// (CC BY 4.0, Open Knowledge Foundation Deutschland / Code for Germany), English ones from the Rust
// blog (MIT/Apache-2.0, the Rust project).
const CORPUS_SPEC = `
version: 1
language: de
voice: { dates: long, numbers: { thousands: { de: ".", en: "," } } }
`;

ruleTester(ruleNamed('date-format'), {
  valid: [
    {
      spec: CORPUS_SPEC,
      file: 'blog/termine.md',
      name: 'leaves schedule entries, deadline lists, labels and press-list entries alone',
      text:
        '## Veranstaltungen\n\n' +
        '* Freitag, 07.04.2023 - Sonntag, 10.04.2023, Kampnagel (Jarrestraße 20, 22303 Hamburg): EasterHegg20\n' +
        '* Freitag, 23.02.2024, bis Sonntag, 25.02.2024, WIR-Haus, Wilhelmstr. 189, 42489 Wülfrath: **Hack im Pott**\n' +
        '* Dienstag, 09.07.2024, bis Samstag, 13.07.2024, III. Koppelweg 6, Gifhorn: **Hacken Open Air 2::24**\n' +
        '* Donnerstag, 19.06.2025, 18:00-22:00, Mitten in Hamburg (die genaue Location erhaltet Ihr nach Anmeldung), Hamburg: **Public Sector & Friends**\n' +
        '* Call for Paper: Datenspuren, 20.09.2024 bis 22.09.2024, Einreichungen bis 31.07.2024\n' +
        '  * Anmeldeschluss: Mittwoch, 25.09.2024\n' +
        '* Sichert euch jetzt 500 € zur Finanzierung eurer Programmierveranstaltung!, Bewerbungsfrist, 30.09.2024\n\n' +
        '21.01.15 - Westfälische Nachrichten\\\n[2014 deutlich weniger neue Wohnungen](https://www.wn.de/)\n\n' +
        'Start 16.06.2021 | 09:00 Uhr\n\n' +
        'Die Regelung: "Die Umsatzsteuer für Speisen in der Gastronomie wird zum 01.01.2026 dauerhaft auf sieben Prozent reduziert."\n\n' +
        '> Die Anwendung „Wahlhelfer-DB” war in unserem Wahlamt bis zum\nOktober 2014 im Einsatz. Am 29.10.2014 wurde die zentrale Anwendung eingeführt.\n',
    },
    {
      spec: CORPUS_SPEC,
      file: 'blog/en.md',
      name: 'leaves timelines, timestamps, bylines, builds, versions and tables alone in English',
      text: en(
        '- 2020-07-11 20:56 - The issue is acknowledged, the leads of the crates.io team were notified\n' +
          '* 2021-09-14: the date for the embargo lift is communicated to us.\n\n' +
          '<a href="https://github.com/rust-lang/rust-project-goals/issues/105">Comment by @tmandry posted on 2025-02-26:</a><br>\n\n' +
          'This is available to use as of nightly 2024-06-09.\n\n' +
          '* Debian 6 (glibc 2.11, kernel 2.6.32), Debian 7 (glibc 2.13, kernel 3.2.41)\n\n' +
          '| 2024-03-21 | 1.77        | 1.78      | 1.79         | available on beta |\n',
      ),
    },
    {
      spec: CORPUS_SPEC,
      file: 'blog/bisect.md',
      // rust-blog posts/inside-rust/2019-12-18-bisecting-rust-compiler.md:56-60
      name: 'ISO dates in the prose of a draft whose code writes them so: the toolchain dates the reader types',
      text: en("Then we run `cargo bisect-rustc --end=2019-10-02`.\n\nSince this bug was fixed on 2019-10-03, we're using 2019-10-02 as the\nend date.\n\n```text\nchecking nightly-2019-10-02\n```\n"),
    },
  ],
  invalid: [
    {
      spec: CORPUS_SPEC,
      name: 'an ISO date in prose between code blocks that write none is flagged',
      drafts: {
        'blog/en.md': en('```sh\ncargo build\n```\n\nThe fix landed on 2019-10-03.\n\n```sh\ncargo test\n```\n'),
      },
      errors: [{ file: 'blog/en.md', messageId: 'format', line: 8, column: 19, message: 'Date `2019-10-03` is ISO; the voice writes dates long: `October 3, 2019`' }],
      output: { 'blog/en.md': en('```sh\ncargo build\n```\n\nThe fix landed on October 3, 2019.\n\n```sh\ncargo test\n```\n') },
    },
    {
      spec: CORPUS_SPEC,
      name: 'flags dates in sentences, also in list items and beside a listing',
      drafts: {
        'blog/de.md':
          'Am 26.01.2017 wurde im Gemeinderat Heilbronn einstimmig ein Antrag angenommen.\n\n' +
          '* Prototype Fund Förderrunde 14: bis zum 31.3.23 könnt ihr eure Projektidee einreichen\n' +
          '* HackathOERn vom 28. bis 30. April in Göttingen, Ideen können bis Sonntag, 23.03.2025, eingereicht werden\n',
        'blog/en.md': en(
          'Rust 2024 will enter the beta channel on 2025-01-09.\n\n* 2021-09-14: the date for the embargo lift (2021-11-01) is communicated to us.\n\nOn 2020-02-20 at 21:28 UTC we noticed it.\n',
        ),
      },
      errors: [
        { file: 'blog/de.md', messageId: 'format', line: 1, column: 4, message: 'Date `26.01.2017` is numeric; the voice writes dates long: `26. Januar 2017`' },
        { file: 'blog/de.md', messageId: 'format', line: 3, column: 42 },
        { file: 'blog/de.md', messageId: 'format', line: 4, column: 77 },
        { file: 'blog/en.md', messageId: 'format', line: 4, column: 42, message: 'Date `2025-01-09` is ISO; the voice writes dates long: `January 9, 2025`' },
        { file: 'blog/en.md', messageId: 'format', line: 6, column: 46 },
        // rust-blog posts/inside-rust/2020-02-26-crates-io-incident-report.md:8: the sentence goes on after the year.
        { file: 'blog/en.md', messageId: 'format', line: 8, column: 4, message: 'Date `2020-02-20` is ISO; the voice writes dates long: `February 20, 2020,`' },
      ],
      output: {
        // A two-digit year ("31.3.23") names its century only by assumption: no fix.
        'blog/de.md':
          'Am 26. Januar 2017 wurde im Gemeinderat Heilbronn einstimmig ein Antrag angenommen.\n\n' +
          '* Prototype Fund Förderrunde 14: bis zum 31.3.23 könnt ihr eure Projektidee einreichen\n' +
          '* HackathOERn vom 28. bis 30. April in Göttingen, Ideen können bis Sonntag, 23. März 2025, eingereicht werden\n',
        'blog/en.md': en(
          'Rust 2024 will enter the beta channel on January 9, 2025.\n\n* 2021-09-14: the date for the embargo lift (November 1, 2021) is communicated to us.\n\nOn February 20, 2020, at 21:28 UTC we noticed it.\n',
        ),
      },
    },
    {
      spec: `
version: 1
language: de
teams:
  marketing:      { paths: ["marketing/**"], voice: { dates: { en: numeric } } }
voice: { dates: { de: long, en: iso } }
`,
      name: 'reads voice.dates per language, the team layer passing on for a language it does not name',
      drafts: {
        'marketing/de.md': 'Die Brisa Days steigen am 23.05.2026 in Leipzig.\n',
        'marketing/en.md': en('Brisa Days take place on 2026-05-23 in Leipzig.\n'),
        'pr/en.md': en('Brisa Days take place on May 23, 2026 in Leipzig.\n'),
      },
      errors: [
        { file: 'marketing/de.md', messageId: 'format', line: 1, column: 27, ref: 'voice.dates.de', message: 'Date `23.05.2026` is numeric; the voice writes dates long: `23. Mai 2026`' },
        { file: 'marketing/en.md', messageId: 'format', line: 4, column: 26, ref: 'teams.marketing.voice.dates.en', message: 'Date `2026-05-23` is ISO; the voice writes dates numeric: `05/23/2026`' },
        { file: 'pr/en.md', messageId: 'format', line: 4, column: 26, ref: 'voice.dates.en', message: 'Date `May 23, 2026` is long; the voice writes dates ISO: `2026-05-23`' },
      ],
      output: {
        'marketing/de.md': 'Die Brisa Days steigen am 23. Mai 2026 in Leipzig.\n',
        'marketing/en.md': en('Brisa Days take place on 05/23/2026 in Leipzig.\n'),
        'pr/en.md': en('Brisa Days take place on 2026-05-23 in Leipzig.\n'),
      },
    },
  ],
});

ruleTester(ruleNamed('number-format'), {
  valid: [
    {
      spec: CORPUS_SPEC,
      file: 'blog/en.md',
      name: 'leaves issue and PR numbers, footnote labels, number links and tables alone',
      text: en(
        'are represented in the type system[^107421]. This allowed us.\n\n' +
          '[^107421]: stabilized in <https://github.com/rust-lang/rust/issues/107421>\n\n' +
          '- [Fix ICE 132920 in duplicate-crate diagnostics.](https://github.com/rust-lang/rust/pull/133304/)\n' +
          '- Get rid of `doctree::Impl` [79312](https://github.com/rust-lang/rust/pull/79312), see issue 123456 and PR 145678\n\n' +
          '|    2022    |      11 482 |         9 433 |               81.3% |    25 581 |\n',
      ),
    },
    // rust-blog posts/2024-02-19-2023-Rust-Annual-Survey-2023-results.md:20 and posts/2017-09-05-Rust-2017-Survey-Results.md:26
    {
      spec: CORPUS_SPEC,
      file: 'blog/en.md',
      name: 'leaves a GFM table and an image’s alt text alone: neither is running text',
      text: en(
        '| **Survey** | **Started** | **Completed** |\n|:----------:|------------:|--------------:|\n|    2023    |      11 950 |         9 710 |\n\n' +
          '![Chart: 36.5% less 1000 lines, 46.3% 1000 to 10000 lines, 2.1% over 100000](size_of_rust_projects.png)\n',
      ),
    },
    {
      spec: CORPUS_SPEC,
      file: 'blog/de.md',
      name: 'leaves district keys alone',
      text: 'die ersten 5 Stellen als Wert für den Parameter "kreis" setzen (z.B. [11000](https://heatview.de/?kreis=11000) für Berlin), Gemeindeschlüssel 11000.\n',
    },
  ],
  invalid: [
    {
      spec: CORPUS_SPEC,
      name: 'flags counts in running text',
      drafts: {
        'blog/de.md': 'Die rund 27 600 Redebeiträge wurden mit den Plenarprotokollen synchronisiert.\n',
        'blog/en.md': en('That PR does pass the full 15000+ tests in our suite.\n'),
      },
      errors: [
        { file: 'blog/de.md', messageId: 'separator', line: 1, column: 10, message: 'Thousands separator in `27 600`; expected `27.600`' },
        { file: 'blog/en.md', messageId: 'ungrouped', line: 4, column: 28, message: '`15000` has no thousands separator; expected `15,000`' },
      ],
      output: { 'blog/de.md': 'Die rund 27.600 Redebeiträge wurden mit den Plenarprotokollen synchronisiert.\n' },
    },
  ],
});

ruleTester(ruleNamed('first-person'), {
  valid: [{ spec: SPEC, file: 'pr/blog/a.md', name: 'allows first person where the voice does not say quotes-only', text: 'Wir freuen uns auf unsere Kund:innen.\n' }],
  invalid: [
    {
      spec: SPEC,
      file: 'pr/press/start.md',
      name: 'flags first person outside quotation marks in a German press release',
      text: 'Brisa Bikes bringt das Abo nach Dresden. Wir freuen uns auf die neuen Städte.\n\n„Mit unserem Abo kostet der Umstieg weniger. Um alles andere kümmern wir uns“, sagt Lena Hartmann. Expert:innen meinen, das Abo sei günstig. Was meinen Sie?\n\n> Ich fahre jeden Tag.\n\nMehr zu unseren Städten.\n',
      errors: [
        {
          messageId: 'outside',
          line: 1,
          column: 42,
          endColumn: 45,
          ref: 'channels.press.voice.first_person',
          message: 'First person `Wir` outside quotation marks; the voice keeps it to quotes',
          severity: 'error',
        },
        { messageId: 'outside', line: 1, column: 53, endColumn: 56, ref: 'channels.press.voice.first_person' },
        { messageId: 'outside', line: 7, column: 9, endColumn: 16, ref: 'channels.press.voice.first_person' },
      ],
    },
    {
      spec: SPEC,
      file: 'pr/press/en.md',
      name: 'knows the US, Roman numerals, list markers and apostrophes in English',
      text: en(
        "Brisa Bikes enters the US market. Phase I starts in May, after World War I memorial rides. Our technicians pick it up. “We take care of everything,” said Lena. Leipzig's mayor said: 'we ride'. I think it works.\n\nI. Introduction\n",
      ),
      errors: [
        { messageId: 'outside', line: 4, column: 92, message: 'First person `Our` outside quotation marks; the voice keeps it to quotes' },
        { messageId: 'outside', line: 4, column: 194, message: 'First person `I` outside quotation marks; the voice keeps it to quotes' },
      ],
    },
  ],
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
