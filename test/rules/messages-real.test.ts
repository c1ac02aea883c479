// Core messages on real sentences: each wrong finding of message-drift and missing-message seen on
// the two real corpora, with a true finding beside it.
// Sentences from the Rust blog (https://github.com/rust-lang/blog.rust-lang.org, MIT/Apache-2.0)
// and from codefor.de (CC BY 4.0, Open Knowledge Foundation Deutschland / Code for Germany); the
// traps beside them change one word of a real sentence.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { abbreviates, versionsIn } from '../../src/analysis/messages/messages.js';
import { runCli } from '../helpers.js';
import { ruleNamed, ruleTester } from '../rule-tester.js';

const RUST = `
version: 1
language: en
brand: Rust
channels:
  release: { paths: ["posts/*-Rust-1.*.md"] }
  inside:  { paths: ["posts/inside-rust/**"] }
messages:
  - id: roof
    text: "Rust empowers everyone to build reliable and efficient software."
    required_in: [{ channel: inside }]
  - id: thanks
    text: "Many people came together to create Rust 1.85.0. We couldn't have done it without all of you."
    required_in: [{ channel: release }]
`;

const CODEFOR = `
version: 1
language: de
brand: Code for Germany
channels:
  presse:    { paths: ["content/presse/**"] }
  community: { paths: ["content/community/**"] }
messages:
  - id: roof
    text: "Code for Germany ist ein Netzwerk von ehrenamtlich engagierten Menschen, die sich für eine gemeinwohlorientierte digitale Zukunft einsetzen."
    required_in: [{ channel: community }]
  - id: okf
    text: "Code for Germany ist ein Projekt der Open Knowledge Foundation Deutschland."
    required_in: [{ channel: presse }]
  - id: labs
    text: "Wir treffen uns in lokalen Labs und online."
terms:
  - { use: Open Knowledge Foundation Deutschland, avoid: [Open Knowledge Foundation Germany] }
`;

const PHONE = `
version: 1
language: en
messages:
  - id: privacy
    text: "Your ride data never leaves your phone."
`;

// posts/2025-01-09-Rust-1.84.0.md
const THANKS_1_84 = "Many people came together to create Rust 1.84.0. We couldn't have done it without all of you. [Thanks!](https://thanks.rust-lang.org/rust/1.84.0/)\n";

ruleTester(ruleNamed('message-drift'), {
  valid: [
    { spec: RUST, file: 'posts/2025-01-09-Rust-1.84.0.md', name: 'reads a message of two sentences as a whole, whatever the release', text: THANKS_1_84 },
    {
      spec: RUST,
      file: 'posts/inside-rust/2023-04-12-trademark-policy-draft-feedback.md',
      name: 'leaves a long sentence alone that uses a few of the message’s words in passing',
      text: 'Back when the Rust Foundation was created, one of the first things to happen was Mozilla transferring its ownership of the Rust trademark to the newly created foundation. An update to the existing policy was needed, and project leadership was asked to help many people in the project get it done without delay.\n',
    },
    {
      spec: CODEFOR,
      file: 'content/blog/2017-10-02-stellenausschreibung-community-organizer.md',
      name: 'reads an abbreviation of a name as the same name',
      // The real sentence says "Programm"; with "Projekt" it is the message under an abbreviation.
      text: 'Code for Germany ist ein Projekt der <a href="https://okfn.de">Open Knowledge Foundation (OKF DE)</a>.\n',
    },
    {
      spec: CODEFOR,
      file: 'content/blog/2017-11-08-mrmcd-2017-ulmer-reisebericht.md',
      name: 'leaves a sentence alone that shares two words with the message',
      text: 'Es war wirklich toll, ihn und viele andere Gesichter einmal live zu treffen, da ich die meisten Teilnehmer bisher nur online kannte.\n',
    },
    {
      spec: CODEFOR,
      file: 'content/labs/flensburg.md',
      name: 'leaves a longer sentence alone that says the message in other words',
      text: 'Das OK Lab Flensburg ist Teil der "Code for Germany"-Initiative, die von der Open Knowledge Foundation Deutschland initiiert wurde.\n',
    },
    {
      spec: CODEFOR,
      file: 'content/blog/2024-09-09-out-in-the-open-august-2024.md',
      name: 'takes no date for a swapped word',
      text: '* Köln: jeden zweiten Montag, 19:00 (2.9. Hackländerstr. 2 (Wikipedia Lokal K), 23.9. online)\n',
    },
  ],
  invalid: [
    {
      spec: RUST,
      file: 'posts/2025-01-09-Rust-1.84.0.md',
      name: 'reports a two-sentence message whose negation is dropped',
      text: 'Many people came together to create Rust 1.84.0. We could have done it without all of you.\n',
      errors: [{ messageId: 'negation-dropped', line: 1, column: 1, ref: 'thanks' }],
    },
    {
      spec: CODEFOR,
      file: 'content/grundsaetze.md',
      name: 'reports a name swapped for another',
      text: 'Code for Germany ist ein Projekt der Open Knowledge Foundation Schweiz.\n',
      errors: [
        {
          messageId: 'term',
          line: 1,
          column: 64,
          ref: 'okf',
          data: { id: 'okf', found: 'Schweiz', expected: 'Deutschland', text: 'Code for Germany ist ein Projekt der Open Knowledge Foundation Deutschland.' },
        },
      ],
    },
    {
      spec: PHONE,
      name: 'reports a noun swapped for another where the sentence is the message with that word changed (the issue’s example)',
      text: 'Your ride data never leaves our servers.\n',
      errors: [{ messageId: 'term', line: 1, column: 33, data: { id: 'privacy', found: 'servers', expected: 'phone', text: 'Your ride data never leaves your phone.' } }],
    },
  ],
});

ruleTester(ruleNamed('missing-message'), {
  valid: [
    { spec: RUST, file: 'posts/2025-01-09-Rust-1.84.0.md', name: 'takes the thanks line of another release as the message', text: THANKS_1_84 },
    {
      spec: RUST,
      file: 'posts/inside-rust/2022-04-19-imposter-syndrome.md',
      name: 'lets a draft of the brand’s own speak of it unnamed',
      text: 'It isn\'t an accident that our motto is "A language empowering everyone to build reliable and efficient software."\n',
    },
    {
      spec: RUST,
      file: 'posts/inside-rust/2021-05-15-six-years-of-rust.md',
      name: 'accepts the message inside a longer sentence',
      text: 'With the formation of the Rust foundation, Rust has been in a better position to build a sustainable open source ecosystem empowering everyone to build reliable and efficient software.\n',
    },
    {
      spec: CODEFOR,
      file: 'content/community/_index.md',
      name: 'accepts a paraphrase that leaves out a few words of a long message',
      text: 'Code for Germany verbindet Menschen aus unterschiedlichen Bereichen, die sich für eine gemeinwohlorientierte digitale Zukunft einsetzen.\n',
    },
    {
      spec: CODEFOR,
      file: 'content/presse/grundsaetze.md',
      name: 'accepts the message inside a longer sentence of its own',
      text: 'Code for Germany ist ein Projekt der Open Knowledge Foundation Deutschland, in dem sich Gruppen ehrenamtlicher Freiwilliger in lokalen Labs engagieren.\n',
    },
  ],
  invalid: [
    {
      spec: CODEFOR,
      file: 'content/presse/launch.md',
      name: 'does not take names alone for the message',
      text: '* Julia Kloiber (Projektleitung Code for Germany, <a href="http://okfn.de/">Open Knowledge Foundation</a>)\n',
      errors: [{ messageId: 'draft', line: 1, column: 1, ref: 'okf' }],
    },
    {
      spec: CODEFOR,
      file: 'content/presse/wahlsalons.md',
      name: 'does not take the message’s words in another order and sense for the message',
      text: 'Die Wahlsalons sind ein gemeinsames Projekt der Open Knowledge Foundation, des OK Labs Köln, Google, Code for Germany und hack.institute.\n',
      errors: [{ messageId: 'draft', line: 1, column: 1, ref: 'okf' }],
    },
    {
      spec: CODEFOR,
      file: 'content/presse/jedeschule.md',
      name: 'does not take the message without the brand where it relates the brand to another name',
      text: '[jedeschule.de](https://jedeschule.de/) startete 2015 als Projekt der Open Knowledge Foundation Deutschland in Zusammenarbeit mit dem Verein Datenschule.\n',
      errors: [{ messageId: 'draft', line: 1, column: 1, ref: 'okf' }],
    },
    {
      spec: RUST,
      file: 'posts/2017-03-16-Rust-1.16.md',
      name: 'offers the closest sentence as a variant',
      text: '### Contributors to 1.16.0\n\nMany people came together to create Rust 1.16. Thank you so much!\n',
      errors: [
        {
          messageId: 'closest',
          line: 1,
          column: 1,
          ref: 'thanks',
          message:
            "Core message `thanks` is not conveyed; approved: “Many people came together to create Rust 1.85.0. We couldn't have done it without all of you.”; if “Many people came together to create Rust 1.16.” says the same, add it to the message’s variants",
        },
      ],
    },
  ],
});

describe('names and versions in messages', () => {
  it('reads abbreviations of a name as the name', () => {
    const okf = ['Open', 'Knowledge', 'Foundation', 'Deutschland'];
    expect(abbreviates('OKF DE', okf)).toBe(true);
    expect(abbreviates('OKF', okf)).toBe(true);
    expect(abbreviates('OKFN', okf)).toBe(false);
    expect(abbreviates('Source', okf)).toBe(false);
    expect(abbreviates('Schweiz', okf)).toBe(false);
  });

  it('finds version numbers, not decimals', () => {
    const text = 'create Rust 1.85.0, Rust 1.16 and v2.1; 4.8 Tage';
    expect(versionsIn(text).map(([from, to]) => text.slice(from, to))).toEqual(['1.85.0', '1.16', 'v2.1']);
  });
});

describe('coverage of a message of two sentences', () => {
  it('lists a draft that quotes it as conveying it, never also as drifting from it', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'onevoice-thanks-'));
    mkdirSync(path.join(folder, 'posts'));
    writeFileSync(path.join(folder, 'onevoice.yaml'), RUST);
    writeFileSync(path.join(folder, 'posts', '2025-01-09-Rust-1.84.0.md'), THANKS_1_84);
    // And a draft whose restatement drops the negation: drifted, not conveying.
    writeFileSync(path.join(folder, 'posts', '2025-02-20-Rust-1.85.0.md'), 'Many people came together to create Rust 1.85.0. We could have done it without all of you.\n');
    const { stdout } = await runCli(['coverage', '--format', 'json'], folder);
    const thanks = (JSON.parse(stdout) as { messages: { id: string; conveyedBy: { file: string }[]; driftedIn: { file: string }[] }[] }).messages.find((m) => m.id === 'thanks')!;
    expect(thanks.conveyedBy.map((d) => d.file)).toEqual(['posts/2025-01-09-Rust-1.84.0.md']);
    expect(thanks.driftedIn.map((d) => d.file)).toEqual(['posts/2025-02-20-Rust-1.85.0.md']);
  });
});
