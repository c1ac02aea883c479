// duplicate on real content: templates repeated on purpose, entries carried over between issues of
// a series, declared templates, and drafts named apart. Sentences from the Rust blog
// (rust-lang/blog.rust-lang.org, MIT/Apache-2.0) and from codefor.de (CC BY 4.0, Open Knowledge
// Foundation Deutschland / Code for Germany).

import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../src/index.js';
import { ruleNamed, ruleTester } from '../rule-tester.js';

const RUST = `
version: 1
language: en
teams:
  main:   { paths: ["posts/*.md"] }
  inside: { paths: ["posts/inside-rust/**"] }
`;

// The opening of every Rust release post since 1.32.0 (the Rust blog).
const intro = (version: string) =>
  `The Rust team is happy to announce a new version of Rust, ${version}. Rust is a programming language that is empowering everyone to build reliable and efficient software.\n`;
// The openings of the 1.34.1, 1.56.0 and 1.85.0 release posts (the Rust blog): each says its core
// message in other words after an opening sentence that differs from the others'.
const OPENINGS = {
  'posts/2019-04-25-Rust-1.34.1.md':
    "The Rust team is happy to announce a new version of Rust, 1.34.1, and a new version of rustup, 1.18.1.\nRust is a programming language that is empowering everyone to build reliable and efficient software.\n\nIf you have a previous version of Rust installed via rustup,\ngetting Rust 1.34.1 and rustup 1.18.1 is as easy as:\n\n```console\n$ rustup update stable\n```\n\nIf you don't have it already, you can [get `rustup`][install] from the appropriate page on our website.\n\n[install]: https://www.rust-lang.org/install.html\n",
  'posts/2021-10-21-Rust-1.56.0.md':
    "The Rust team is happy to announce a new version of Rust, 1.56.0. This stabilizes the 2021 edition as well.\nRust is a programming language empowering everyone to build reliable and efficient software.\n\nIf you have a previous version of Rust installed via rustup, getting Rust 1.56.0 is as easy as:\n\n```console\n$ rustup update stable\n```\n\nIf you don't have it already, you can [get `rustup`][install]\nfrom the appropriate page on our website, and check out the\n[detailed release notes for 1.56.0][notes] on GitHub.\n\n[install]: https://www.rust-lang.org/install.html\n",
  'posts/2025-02-20-Rust-1.85.0.md':
    "The Rust team is happy to announce a new version of Rust, 1.85.0. This stabilizes the 2024 edition as well.\nRust is a programming language empowering everyone to build reliable and efficient software.\n\nIf you have a previous version of Rust installed via `rustup`, you can get 1.85.0 with:\n\n```console\n$ rustup update stable\n```\n\nIf you don't have it already, you can [get `rustup`](https://www.rust-lang.org/install.html) from the appropriate page on our website, and check out the [detailed release notes for 1.85.0](https://doc.rust-lang.org/stable/releases.html#version-1850-2025-02-20).\n\nIf you'd like to help us out by testing future releases, you might consider updating locally to use the beta channel (`rustup default beta`) or the nightly channel (`rustup default nightly`). Please [report](https://github.com/rust-lang/rust/issues/new/choose) any bugs you might come across!\n\n",
};

// A passage of the 2023 and 2024 "electing new project directors" posts (the Rust blog).
const DIRECTORS =
  'We want to make sure the Project Directors can effectively represent the project as a whole, so we are soliciting input from the whole project. The elections process will go through two phases: Candidate Gathering and Election.\n';

// The 2018 roadmap (March) and "What is Rust 2018?" (July), which quotes it (the Rust blog).
const ROADMAP =
  'We will continue to publish releases every six weeks as usual. But we will\ndesignate a release in the latter third of the year (Rust 1.29 - 1.31) as *Rust\n2018*. This new "edition" of Rust will be the culmination of feature\nstabilization throughout the year, and will ship with polished documentation,\ntooling, and libraries that tie in to those features.\n';
const quoted = (text: string) =>
  text
    .split('\n')
    .map((line) => (line === '' ? '' : `> ${line}`))
    .join('\n');

// The sign-off of the Project Directors' monthly updates, December 2024 to February 2025 (the Rust
// blog): each issue copies the last one's, changed a little, so December's and February's are
// alike only through January's.
const EMAIL = 'email all of the project directors via project-directors at rust-lang.org or join us in [the\n#foundation channel on the Rust Zulip][foundation-zulip]';
const SIGN_OFF = {
  december: `That’s it for this month’s update! If you have any comments, questions, or suggestions, please\n${EMAIL}. Have a great holiday season; I’ll post\nagain in 2025!\n`,
  january: `As always, if you have any comments, questions, or suggestions, please\n${EMAIL}. Have a great holiday season; I’ll post\nagain in 2025!\n`,
  february: `As always, if you have any comments, questions, or suggestions, please\n${EMAIL}.\n`,
};

// The closing request of the annual survey's launch posts, 2023 and 2024, and of the embedded
// working group's micro survey (Inside Rust, August 2024), which copies it (the Rust blog).
const SPREAD = 'Please help us spread the word by sharing the survey link via your social media networks, at meetups, with colleagues, and in any other community that makes sense to you.\n';

const CODEFOR = `
version: 1
language: de
teams:
  netzwerk: { paths: ["content/blog/**"] }
  labs:     { paths: ["content/labs/**"] }
`;

// Article 5 of the EU AI Act as the newsletter quotes it (codefor.de).
const AI_ACT = 'die Datenbanken zur Gesichtserkennung durch das ungezielte Auslesen von Gesichtsbildern aus dem Internet oder von Überwachungsaufnahmen erstellen oder erweitern';
// An entry of the "Out in the Open" newsletter's event calendar, February and March 2025 (codefor.de).
const EVENT =
  '* Donnerstag, 03.04.2025, 10:00-18:30, Technologiestiftung Berlin - CityLAB, Platz der Luftbrücke 4, 12101 Berlin: **Girls Day 2025 im CityLAB – Zukunftsjobs mit Daten!**\n  * https://citylab-berlin.org/de/events/\n';
const issue = (heading: string, body: string) => `## Open Data\n\nNeues aus der Welt der offenen Daten.\n\n## ${heading}\n\n${body}`;
// The opening of an OK Lab's page, standing on most of them (codefor.de).
const LAB =
  'Wir sind eine Gruppe von ehrenamtlich Aktiven, die sich für Offene Daten, Freie und Offene Software und Open Government interessiert. Unser OK Lab setzt sich lokal für eine Verbesserung der Transparenz von Staat und Verwaltungen ein.\n';

ruleTester(ruleNamed('duplicate'), {
  valid: [
    {
      spec: `${RUST}duplicates:\n  allow:\n    - "The Rust team is happy to announce a new version of Rust, 1.85.0. Rust is a programming language that is empowering everyone to build reliable and efficient software."\n`,
      name: 'leaves a declared template alone, whatever version number each copy carries',
      drafts: { 'posts/2019-01-17-Rust-1.32.0.md': intro('1.32.0'), 'posts/2019-02-28-Rust-1.33.0.md': intro('1.33.0'), 'posts/inside-rust/2019-03-01-notes.md': intro('1.33.0') },
    },
    {
      spec: `${RUST}messages:\n  - id: roof\n    text: "Rust empowers everyone to build reliable and efficient software."\n`,
      name: 'counts a sentence that conveys a core message in other words as approved text: without it the opening is too short',
      drafts: { 'posts/2019-01-17-Rust-1.32.0.md': intro('1.32.0'), 'posts/2019-02-28-Rust-1.33.0.md': intro('1.33.0'), 'posts/inside-rust/2019-03-01-notes.md': intro('1.33.0') },
    },
    {
      spec: `${RUST}messages:\n  - id: roof\n    text: "Rust empowers everyone to build reliable and efficient software."\n`,
      name: 'drops what is left of an opening without its core message, rather than joining it to the next paragraph',
      drafts: OPENINGS,
    },
    {
      spec: `${RUST}duplicates:\n  allow:\n    - paths: ["posts/*-Rust-1.*.md"]\n`,
      name: 'leaves drafts of declared paths alone',
      drafts: { 'posts/2019-01-17-Rust-1.32.0.md': intro('1.32.0'), 'posts/2019-02-28-Rust-1.33.0.md': intro('1.33.0') },
    },
    {
      spec: CODEFOR,
      name: "leaves an event carried from one newsletter's calendar into the next, under a heading three issues share",
      drafts: {
        'content/blog/2025-03-10-out-in-the-open-february-2025.md': issue('Veranstaltungen ([Kalendar/Karte](https://events.codeforleipzig.de))', EVENT),
        'content/blog/2025-04-14-out-in-the-open-march-2025.md': issue('Veranstaltungen', EVENT),
        'content/blog/2025-05-05-out-in-the-open-april-2025.md': issue('Veranstaltungen', '* Samstag, 10.05.2025: **Tag der offenen Tür**\n'),
      },
    },
    {
      spec: RUST,
      name: 'leaves a block quote of another draft alone: quoting is not writing the same again',
      drafts: { 'posts/2018-03-12-roadmap.md': ROADMAP, 'posts/2018-07-27-what-is-rust-2018.md': `The roadmap said:\n\n${quoted(ROADMAP)}` },
    },
    {
      spec: CODEFOR,
      // Out in the Open, June and October 2025 (codefor.de): the same article of the EU AI Act quoted twice.
      name: 'leaves a sentence quoted in two drafts alone: a quotation cites its source',
      drafts: {
        'content/blog/2025-07-04-out-in-the-open-june-2025.md': `Der EU AI Act verbietet KI-Systeme, "${AI_ACT}", und Verstöße werden mit empfindlichen Geldstrafen geahndet.\n`,
        'content/blog/2025-11-10-out-in-the-open-october-2025.md': `Der EU AI Act verbietet KI-Systeme, "${AI_ACT}", und Verstöße werden mit empfindlichen Geldstrafen geahndet.\n`,
      },
    },
    {
      spec: RUST,
      // The 2024 election post says it follows "[last year's post](…/2023/08/30/electing-new-project-directors.html)".
      name: "leaves a team's follow-up that links to the post it repeats",
      drafts: {
        'posts/2023-08-30-electing-new-project-directors.md': DIRECTORS,
        'posts/2024-09-06-electing-new-project-directors.md': `This is mostly copy-pasted from [last year's post](https://blog.rust-lang.org/2023/08/30/electing-new-project-directors.html).\n\n${DIRECTORS}`,
      },
    },
    {
      spec: RUST,
      name: "leaves another team's follow-up that links to the post it repeats: its writers know of the copy",
      drafts: {
        'posts/2023-08-30-electing-new-project-directors.md': DIRECTORS,
        'posts/inside-rust/2024-09-06-electing-new-project-directors.md': `This is mostly copy-pasted from [last year's post](https://blog.rust-lang.org/2023/08/30/electing-new-project-directors.html).\n\n${DIRECTORS}`,
      },
    },
    {
      spec: RUST,
      // The 2024 election post repeats the 2023 one's paragraph on the process.
      name: "leaves a team's dated post that repeats its own earlier post: the team reuses its published text",
      drafts: { 'posts/2023-08-30-electing-new-project-directors.md': DIRECTORS, 'posts/2024-09-06-electing-new-project-directors.md': DIRECTORS },
    },
    {
      spec: CODEFOR,
      name: 'leaves an event carried from one newsletter into the next, under a heading fewer than three issues share',
      drafts: {
        'content/blog/2025-03-10-out-in-the-open-february-2025.md': issue('Veranstaltungen', EVENT),
        'content/blog/2025-04-14-out-in-the-open-march-2025.md': issue('Veranstaltungen', EVENT),
      },
    },
  ],
  invalid: [
    {
      spec: CODEFOR,
      name: 'reports the same sentence written twice without quotation marks',
      drafts: {
        'content/blog/2025-07-04-out-in-the-open-june-2025.md': `Der EU AI Act verbietet KI-Systeme, ${AI_ACT}, und Verstöße werden mit empfindlichen Geldstrafen geahndet.\n`,
        'content/labs/berlin.md': `Der EU AI Act verbietet KI-Systeme, ${AI_ACT}, und Verstöße werden mit empfindlichen Geldstrafen geahndet.\n`,
      },
      errors: [
        { file: 'content/blog/2025-07-04-out-in-the-open-june-2025.md', messageId: 'cross-team', line: 1, column: 1 },
        { file: 'content/labs/berlin.md', messageId: 'cross-team', line: 1, column: 1 },
      ],
    },
    {
      spec: RUST,
      name: 'reports the passage copied without quoting once, at the later draft, as one finding for the paragraph',
      drafts: { 'posts/2018-03-12-roadmap.md': ROADMAP, 'posts/inside-rust/2018-07-27-what-is-rust-2018.md': `The roadmap said:\n\n${ROADMAP}` },
      errors: [
        {
          file: 'posts/inside-rust/2018-07-27-what-is-rust-2018.md',
          messageId: 'cross-team',
          line: 3,
          column: 1,
          endLine: 7,
          message: 'Passage of 62 words stands identical in 2018-03-12-roadmap.md, a draft of main: two teams keep the same text',
          related: [{ file: 'posts/2018-03-12-roadmap.md', line: 1, column: 1 }],
        },
      ],
    },
    {
      spec: RUST,
      name: 'reports a passage in three drafts of one team once, at its first draft, as a template (info)',
      drafts: {
        'posts/2019-01-17-Rust-1.32.0.md': `Intro.\n\n${intro('1.32.0')}`,
        'posts/2019-02-28-Rust-1.33.0.md': intro('1.33.0'),
        'posts/2019-04-11-Rust-1.34.0.md': intro('1.34.0'),
      },
      errors: [
        {
          file: 'posts/2019-01-17-Rust-1.32.0.md',
          messageId: 'template',
          line: 3,
          column: 1,
          severity: 'info',
          message: 'Passage of 30 words stands in 3 drafts of main, this one first: a template; declare it in the spec (`duplicates.allow`) or reword the copies',
          related: [
            { file: 'posts/2019-02-28-Rust-1.33.0.md', line: 1, column: 1 },
            { file: 'posts/2019-04-11-Rust-1.34.0.md', line: 1, column: 1 },
          ],
        },
      ],
    },
    {
      spec: RUST,
      name: 'counts copies of copies: a sign-off changed a little from issue to issue is one template',
      drafts: {
        'posts/inside-rust/2024-12-17-project-director-update.md': SIGN_OFF.december,
        'posts/inside-rust/2025-01-30-project-director-update.md': SIGN_OFF.january,
        'posts/inside-rust/2025-02-24-project-director-update.md': SIGN_OFF.february,
      },
      errors: [{ file: 'posts/inside-rust/2024-12-17-project-director-update.md', messageId: 'template', line: 1, column: 1, severity: 'info', message: /stands in 3 drafts of inside/ }],
    },
    {
      spec: RUST,
      name: "keeps a copy in another team's draft beside a template a warning",
      drafts: {
        'posts/2019-01-17-Rust-1.32.0.md': intro('1.32.0'),
        'posts/2019-02-28-Rust-1.33.0.md': intro('1.33.0'),
        'posts/2019-04-11-Rust-1.34.0.md': intro('1.34.0'),
        'posts/inside-rust/2019-04-12-notes.md': intro('1.34.0'),
      },
      errors: [
        { file: 'posts/2019-01-17-Rust-1.32.0.md', messageId: 'template', line: 1, column: 1, severity: 'info' },
        {
          file: 'posts/inside-rust/2019-04-12-notes.md',
          messageId: 'cross-team',
          line: 1,
          column: 1,
          severity: 'warning',
          message: 'Passage of 30 words stands identical in 2019-04-11-Rust-1.34.0.md and 2 more, a draft of main: two teams keep the same text',
        },
      ],
    },
    {
      spec: RUST,
      name: "reports another team's copy that does not say where it comes from",
      drafts: {
        'posts/2023-08-30-electing-new-project-directors.md': DIRECTORS,
        'posts/inside-rust/2024-09-06-electing-new-project-directors.md': `This is the second round of slots.\n\n${DIRECTORS}`,
      },
      errors: [{ file: 'posts/inside-rust/2024-09-06-electing-new-project-directors.md', messageId: 'cross-team', line: 3, column: 1 }],
    },
    {
      spec: `${RUST}duplicates: { min_words: 20 }\n`,
      name: "reports another team's copy at the copy alone, naming the original; the team's own later post reuses its text",
      drafts: {
        'posts/2023-12-18-survey-launch.md': SPREAD,
        'posts/inside-rust/2024-08-22-embedded-wg-micro-survey.md': SPREAD,
        'posts/2024-12-05-annual-survey-2024-launch.md': SPREAD,
      },
      errors: [
        {
          file: 'posts/inside-rust/2024-08-22-embedded-wg-micro-survey.md',
          messageId: 'cross-team',
          line: 1,
          column: 1,
          message: 'Passage of 30 words stands identical in 2023-12-18-survey-launch.md, a draft of main: two teams keep the same text',
          related: [{ file: 'posts/2023-12-18-survey-launch.md', line: 1, column: 1 }],
        },
      ],
    },
    {
      spec: CODEFOR,
      name: 'keeps a copy between two undated pages of one team a warning on both sides',
      drafts: { 'content/labs/bonn.md': LAB, 'content/labs/koeln.md': `# OK Lab Köln\n\n${LAB}` },
      errors: [
        { file: 'content/labs/bonn.md', messageId: 'same-team', line: 1, column: 1, severity: 'warning', message: 'Passage of 36 words stands identical in koeln.md' },
        { file: 'content/labs/koeln.md', messageId: 'same-team', line: 3, column: 1, severity: 'warning' },
      ],
    },
    {
      spec: `${RUST}duplicates:\n  allow:\n    - paths: ["posts/*-Rust-1.*.md"]\n`,
      name: "reports another team's copy of declared drafts' passage, however many declared drafts hold it",
      drafts: {
        'posts/2019-01-17-Rust-1.32.0.md': intro('1.32.0'),
        'posts/2019-02-28-Rust-1.33.0.md': intro('1.33.0'),
        'posts/2019-04-11-Rust-1.34.0.md': intro('1.34.0'),
        'posts/2019-04-12-notes.md': intro('1.34.0'),
        'posts/inside-rust/2019-04-12-notes.md': intro('1.34.0'),
      },
      errors: [{ file: 'posts/inside-rust/2019-04-12-notes.md', messageId: 'cross-team', line: 1, column: 1, message: /stands identical in 2019-01-17-Rust-1\.32\.0\.md and 3 more, a draft of main/ }],
    },
    {
      spec: CODEFOR,
      name: 'names a draft by the end of its path that tells it apart, where every page is index.md',
      drafts: { 'content/labs/bonn/index.md': LAB, 'content/blog/index.md': LAB },
      errors: [
        {
          file: 'content/labs/bonn/index.md',
          messageId: 'cross-team',
          line: 1,
          column: 1,
          message: 'Passage of 36 words stands identical in blog/index.md, a draft of netzwerk: two teams keep the same text',
        },
        { file: 'content/blog/index.md', messageId: 'cross-team', line: 1, column: 1, message: /stands identical in bonn\/index\.md,/ },
      ],
    },
  ],
});

describe('the spec’s duplicates section', () => {
  it('reads template_min and allow, passages and globs apart', () => {
    const spec = parseSpec('version: 1\nduplicates:\n  template_min: 4\n  allow:\n    - "Rust is a programming language"\n    - paths: ["posts/*-Rust-1.*.md"]\n', '/x/onevoice.yaml');
    expect(spec.duplicates).toEqual({ minWords: 25, threshold: 0.8, templateMin: 4, allow: { texts: ['Rust is a programming language'], paths: ['posts/*-Rust-1.*.md'] } });
  });

  it('refuses an allow entry that is neither a passage nor paths, naming the entry', () => {
    expect(() => parseSpec('version: 1\nduplicates:\n  allow:\n    - { glob: "posts/**" }\n', '/x/onevoice.yaml')).toThrow(/unknown key "glob" in duplicates\.allow\[0\]/);
    expect(() => parseSpec('version: 1\nduplicates: { template_min: 1 }\n', '/x/onevoice.yaml')).toThrow(/template_min/);
  });
});
