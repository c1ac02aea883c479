// Statements of facts on sentences of the real corpora. Rust blog sentences: MIT/Apache-2.0, the
// Rust blog (rust-lang/blog.rust-lang.org). Code for Germany sentences: CC BY 4.0, Open Knowledge
// Foundation Deutschland / Code for Germany (codefor.de). Traps beside each fix are edited from them.

import { describe, expect, it } from 'vitest';
import { boundsOf, figuresAgree } from '../../src/analysis/facts.js';
import { ruleNamed, ruleTester } from '../rule-tester.js';

const RUST = `
version: 1
language: en
brand: Rust
facts:
  - id: rust-1-0
    value: 2015-05-15
    context: [Rust 1.0]
  - id: release-cadence
    value: 6
    context: [weeks, release train]
  - id: attendees
    value: 1024
    context: [attendees]
`;

const CODEFOR = `
version: 1
language: de
brand: Code for Germany
facts:
  - id: labs
    context: [regionale Gruppen, OK Labs, Labs]
  - id: community
    value: 300
    context: [Communitymitglieder, Mitglieder]
  - id: founded
    value: 2014
    context: [Code for Germany gegründet, gestartet]
  - id: council
    value: 7
    context: [Community-Rat, Rat]
  - id: delivery
    value: 6
    unit: Wochen
    context: [Lieferzeit]
  - id: groups
    value: 20
    kind: count
    context: [Gruppen]
`;

ruleTester(ruleNamed('fact-mismatch'), {
  valid: [
    {
      spec: RUST,
      name: 'a span since an event, a range, a version and a meeting cadence are not the release cadence or the 1.0 date',
      text: [
        '---\nlang: en\n---',
        'This is the first Rust point release since Rust 0.3.1, all the way back in 2012, and marks 72 weeks since Rust 1.0, when we established our six week release cadence.',
        'This means that there is a 6-12 week delay between a bug fix being merged and being released.',
        'As planned, we recently merged the feature-complete Rust 2024 edition to the release train for Rust 1.85.',
        // posts/2015-02-13-Final-1.0-timeline.md, posts/2014-12-12-1.0-Timeline.md, posts/2025-03-03-Project-Goals-Feb-Update.md
        'Rust 1.0-beta is due on Apr 3.',
        'Rust 1.0.0-beta1 ships in the week of Feb 16, 2015.',
        "May 15, 2025 marks the 10-year anniversary of Rust's 1.0 release.",
        'These meetings take place on Zulip and are open to all. Every 4 weeks, we do a planning meeting.',
        'Rust 1.0 was cut to beta on April 3, 2015, and released on May 16, 2015.',
      ].join('\n\n'),
    },
    {
      spec: RUST,
      name: 'a qualified figure is a range: "more than 1,000" agrees with 1,024',
      text: '---\nlang: en\n---\nThe conference drew more than 1,000 attendees.\n',
    },
    {
      spec: CODEFOR,
      name: 'members of one lab taking part, a start of some other project and a count of something else are not facts',
      text: [
        'Am 17. März haben 4 Mitglieder des OK Labs in Gießen (Martin, Vincent, Florian und Julian) am Event teilgenommen.',
        'Es war der Startschuss für das OK Lab Münster, das einen festen Kern von etwa zehn Mitgliedern hat.',
        'Wikidata, einst 2012 gestartet, um Fakten sprachunabhängig zu haben, wird inzwischen breit genutzt.',
        'Vor fast fünf Jahren ist Code for Germany mit 8 Labs gestartet.',
        'Wir haben rund 20 regionale Gruppen, die sich regelmäßig treffen.',
        'Das Berliner OK Lab ist das größte der dreizehn Labs mit knapp dreißig Mitgliedern.',
      ].join('\n\n'),
    },
  ],
  invalid: [
    {
      spec: RUST,
      name: 'a duration in the context unit, in a clause that names the thing',
      text: '---\nlang: en\n---\nThe release train leaves every eight weeks.\n',
      errors: [{ messageId: 'mismatch', line: 4, column: 32, message: 'Fact `release-cadence` is stated as eight; approved is 6' }],
    },
    {
      spec: RUST,
      // posts/2015-05-15-Rust-1.0.md, the date edited; the anniversary and beta sentences above are the traps beside it
      name: 'the date of the release itself, also where a version follows the name',
      text: '---\nlang: en\n---\nWe are very proud to announce the 1.0 release of Rust.\n\nRust 1.0.0 was released on May 16, 2015.\n',
      errors: [{ messageId: 'mismatch', line: 6, column: 28, message: 'Fact `rust-1-0` is stated as May 16, 2015; approved is May 15, 2015' }],
    },
    {
      spec: RUST,
      // posts/2014-10-30-Stability.md and inside-rust/2023-11-15-spec-vision.md, the figure edited
      name: 'a figure hyphenated to its unit measures as one apart from it',
      text: '---\nlang: en\n---\nWe will move to a 8-week release train. A seven-week release train follows.\n',
      errors: [
        { messageId: 'mismatch', line: 4, column: 19, message: 'Fact `release-cadence` is stated as 8; approved is 6' },
        { messageId: 'mismatch', line: 4, column: 43, message: 'Fact `release-cadence` is stated as seven; approved is 6' },
      ],
    },
    {
      spec: RUST,
      name: 'a lower bound above the approved value disagrees',
      text: '---\nlang: en\n---\nThe conference drew more than 2,000 attendees.\n',
      errors: [{ messageId: 'mismatch', line: 4, column: 31 }],
    },
    {
      spec: CODEFOR,
      name: 'a year of the brand, a predicate count, a duration and a rounded figure that does not round to the approved value',
      text: [
        'Code for Germany ist 2013 gestartet.',
        'Der Rat besteht aus 5 Personen.',
        'Die Lieferzeit beträgt 8 Wochen.',
        'Es gibt rund 30 Gruppen.',
        'Wir sind ein Netzwerk mit rund 400 Communitymitgliedern in Deutschland.',
      ].join('\n\n'),
      errors: [
        { messageId: 'mismatch', line: 1, column: 22, message: 'Fact `founded` is stated as 2013; approved is 2014' },
        { messageId: 'mismatch', line: 3, column: 21, message: 'Fact `council` is stated as 5; approved is 7' },
        { messageId: 'mismatch', line: 5, column: 24, message: 'Fact `delivery` is stated as 8; approved is 6 Wochen' },
        { messageId: 'mismatch', line: 7, column: 14, message: 'Fact `groups` is stated as 30; approved is 20' },
        { messageId: 'mismatch', line: 9, column: 32, message: 'Fact `community` is stated as 400; approved is 300' },
      ],
    },
  ],
});

const FOUNDED = `
version: 1
language: de
brand: Kiezstrom
facts:
  - id: founded
    value: 2012
    context: [gegründete GmbH, gegründet, founded]
`;

ruleTester(ruleNamed('fact-mismatch'), {
  valid: [{ spec: FOUNDED, name: 'a year of some other founding is not the fact', text: 'Die Genossenschaft Elbstrom wurde 2009 gegründet.\n' }],
  invalid: [
    {
      spec: FOUNDED,
      name: 'a year is a figure when the fact is a year',
      text: 'Die 2011 gegründete GmbH gehört zu Kiezstrom.\n\n---\n\nKiezstrom was founded in 2010.\n',
      errors: [
        { messageId: 'mismatch', line: 1, column: 5, message: 'Fact `founded` is stated as 2011; approved is 2012' },
        { messageId: 'mismatch', line: 5, column: 26 },
      ],
    },
  ],
});

ruleTester(ruleNamed('fact-conflict'), {
  valid: [
    {
      spec: CODEFOR,
      name: 'new labs, labs taking part and meetup dates at a lab are not the number of labs',
      drafts: {
        'blog/2016-01-18-neue-labs.md': 'Wir starten in das dritte Jahr Code for Germany und begrüßen 5 neue OK Labs!\n',
        'blog/2018-09-11-lab-workshop.md': 'Dafür kamen Teilnehmer*innen aus 10 Labs zusammen.\n',
        'blog/2019-04-10-fuenf-jahre.md': 'Mittlerweile ist das Netzwerk auf ganze 26 Labs gewachsen.\n',
        'blog/2014-06-21-ok-lab.md': 'Um diese Frage drehte sich alles bei unserem OK-Lab am 18. Juni in Berlin.\n',
        'blog/2022-06-09-out-in-the-open.md': '* 20.06.: **Kick-off Treffen fürs neue OK Lab Kaiserslautern**\n',
      },
    },
    {
      spec: CODEFOR,
      // content/blog/2016-04-12-digital-refugee-labs.md and its copy of 2016-11-04: the excerpt says "Vier Labs" before the text names them as a part
      name: 'labs of the network named as a part, labs one works with and labs at the start are not the labs there are, also where the draft repeats the figure',
      drafts: {
        'blog/2016-04-12-digital-refugee-labs.md': [
          '---\nexcerpt: Vier Labs arbeiten dieses Jahr verstärkt am Thema Flucht und Asyl und unterstützen Hilfsorganisationen\n---',
          'Vier Labs aus dem Code for Germany Netzwerk machen sich dieses Jahr das Thema Flucht und Asyl zum Schwerpunkt.',
        ].join('\n'),
        'blog/2016-11-04-digital-refugee-labs.md': 'Von März bis Ende Oktober haben wir gemeinsam mit vier Labs und deren Lab Leads die Digital Refugee Labs organisiert.\n',
        // content/archiv/launch/index.md:10 and content/blog/2019-04-10-Fuenf-Jahre-Code-for-Germany.md:19: the count at the start.
        'archiv/launch.md': 'Nach dem erfolgreichen Start von Code for Germany mit 13 aktiven OK Labs in ganz Deutschland feiern wir.\n',
        'blog/2019-04-10-fuenf-jahre-start.md': 'Gestartet ist das Programm mit sieben Labs, unter anderem in München, Berlin, Hamburg und Ulm.\n',
        'blog/2019-04-10-fuenf-jahre.md': 'Mittlerweile ist das Netzwerk auf ganze 26 Labs gewachsen.\n',
      },
    },
  ],
  invalid: [
    {
      spec: CODEFOR,
      name: 'counts of labs that disagree are tallied by drafts, with the years they were written',
      drafts: {
        '_index.md': 'Wir haben rund 20 regionale Gruppen, die sich regelmäßig in lokalen Labs treffen.\n',
        'blog/2019-04-10-fuenf-jahre.md': 'Mittlerweile ist das Netzwerk auf ganze 26 Labs gewachsen.\n',
        'blog/2020-08-03-matrix.md': 'Unsere Community ist deutschlandweit auf 26 Labs verteilt.\n',
        'archiv/launch.md': 'Heute gibt es 13 aktive OK Labs in ganz Deutschland.\n',
        'blog/2014-06-21-ok-lab.md': 'Um diese Frage drehte sich alles bei unserem OK-Lab am 18. Juni in Berlin.\n',
        // A definite article makes the figure all of them: the network's labs, not some.
        'blog/2015-01-20-netzwerk.md': 'Die 14 Labs aus dem Code for Germany Netzwerk treffen sich in Berlin.\n',
      },
      errors: [
        { file: '_index.md', messageId: 'conflict', line: 1, column: 16, message: 'Fact `labs` is stated as 20 here; the drafts state 26 (2 drafts, 2019–2020), 14 (1, 2015), rund 20 (1), 13 (1)' },
        { file: 'archiv/launch.md', messageId: 'conflict', line: 1, column: 15 },
        { file: 'blog/2015-01-20-netzwerk.md', messageId: 'conflict', line: 1, column: 5 },
      ],
    },
  ],
});

describe('figures as ranges', () => {
  it('reads a rounded figure as what rounds to it, a bound as one side', () => {
    expect(boundsOf({ value: 20, qualifier: 'rund' })).toEqual({ low: 15, high: 25 });
    expect(boundsOf({ value: 4800, qualifier: 'about' })).toEqual({ low: 4750, high: 4850 });
    expect(boundsOf({ value: 1000, qualifier: 'more than' })).toEqual({ low: 1000, high: Infinity });
    expect(figuresAgree({ value: 1000, qualifier: 'more than' }, { value: 1024 })).toBe(true);
    expect(figuresAgree({ value: 20, qualifier: 'rund' }, { value: 26 })).toBe(false);
    expect(figuresAgree({ value: 20, qualifier: 'rund' }, { value: 13 })).toBe(false);
  });
});
