// Scope: which drafts a requirement or rule holds (front matter, dates), which drafts and sections
// are no part of the corpus. The drafts' sentences are real: from the Rust blog (MIT/Apache-2.0,
// the Rust project) and codefor.de (CC BY 4.0, Open Knowledge Foundation Deutschland / Code for
// Germany), shortened where a test needs less.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftDate } from '../src/drafts/date.js';
import { resolveDraft } from '../src/drafts/load.js';
import { selects } from '../src/drafts/select.js';
import { SpecError } from '../src/errors.js';
import { check, parseSpec } from '../src/index.js';
import { parseDraft } from '../src/markdown/parse.js';
import { ruleNamed, ruleTester } from './rule-tester.js';
import { lintWith, VIRTUAL_ROOT } from './helpers.js';

function specError(yaml: string): string {
  try {
    parseSpec(yaml, '/specs/onevoice.yaml');
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    return `${error.position?.line}:${error.position?.column} ${error.message}`;
  }
  throw new Error('the spec loaded');
}

const draftOf = (specYaml: string, name: string, text: string) => {
  const spec = parseSpec(specYaml, path.join(VIRTUAL_ROOT, 'onevoice.yaml'));
  const file = path.join(VIRTUAL_ROOT, name);
  return { spec, draft: resolveDraft(spec, file, parseDraft(text, file)) };
};

describe('the spec keys of scope', () => {
  it('reads front_matter, since and until in selectors, on messages, boilerplate and rules', () => {
    const spec = parseSpec(
      `version: 1
ignore: ["archive/**", { front_matter: { draft: true } }]
ignore_sections: ["Contributors to *"]
messages:
  - id: thanks
    text: "We couldn't have done it without all of you."
    required_in: [{ front_matter: { release: true, tags: [release, security] }, until: 2030-12-31 }]
    since: 2017-04-27
boilerplate:
  - { id: b, text: "Please report any bugs you might come across!", until: 2024-01-01 }
rules:
  term: off
  claim: { severity: warning, since: 2022-01-01 }
  date-format: { since: 2020-01-01, until: 2024-12-31 }
`,
      '/specs/onevoice.yaml',
    );
    expect(spec.ignore).toEqual(['archive/**']);
    expect(spec.ignoreDrafts).toEqual([{ frontMatter: { draft: [true] } }]);
    expect(spec.messages[0]).toMatchObject({ since: '2017-04-27', requiredIn: [{ frontMatter: { release: [true], tags: ['release', 'security'] }, until: '2030-12-31' }] });
    expect(spec.boilerplate[0]).toMatchObject({ until: '2024-01-01' });
    expect(spec.rules).toEqual({ term: 'off', claim: 'warning' });
    expect(spec.ruleDates).toEqual({ claim: { since: '2022-01-01' }, 'date-format': { since: '2020-01-01', until: '2024-12-31' } });
  });

  it.each([
    ['a day that does not exist', 'version: 1\nmessages:\n  - { id: m, text: t, since: 2024-02-30 }\n', '3:30 messages[0].since "2024-02-30" is not a valid date'],
    ['a date in another format', 'version: 1\nrules:\n  claim: { since: 01.01.2022 }\n', '3:19 rules.claim.since must be a date (YYYY-MM-DD)'],
    [
      'until before since',
      'version: 1\nrules:\n  claim: { since: 2022-01-01, until: 2021-01-01 }\n',
      '3:38 rules.claim.until 2021-01-01 is before since 2022-01-01: no draft could be dated between them',
    ],
    ['an unknown rule in the long form', 'version: 1\nrules:\n  inclusive-langauge: { since: 2020-01-01 }\n', '3:3 unknown key "inclusive-langauge" in rules (did you mean "inclusive-language"?)'],
    ['an unknown key of a rule', 'version: 1\nrules:\n  claim: { severity: warning, from: 2020-01-01 }\n', '3:31 unknown key "from" in rules.claim'],
    ['a severity that is none', 'version: 1\nrules:\n  claim: { severity: warn }\n', '3:22 rules.claim.severity must be one of "error", "warning", "info", "off"'],
    ['a bad date in a selector', 'version: 1\nmessages:\n  - id: m\n    text: t\n    required_in: [{ until: 2023-13-01 }]\n', '5:28 messages[0].required_in[0].until "2023-13-01" is not a valid date'],
    [
      'a front-matter value that is a mapping',
      'version: 1\nignore:\n  - front_matter: { draft: { yes: 1 } }\n',
      '3:28 ignore[0].front_matter.draft must be a string or a number or true or false or a list',
    ],
    ['an unknown team in an ignore selector', 'version: 1\nteams: { web: {} }\nignore:\n  - team: blog\n', '4:11 unknown team "blog" in ignore[0].team'],
  ])('names the place of %s', (_name, yaml, expected) => {
    expect(specError(yaml)).toBe(expected);
  });
});

describe('a draft’s date', () => {
  it.each([
    ['a front-matter string with a time and zone: the day as written', { date: '2024-01-10T08:00:00+02:00' }, 'content/blog/x.md', '2024-01-10'],
    ['a front-matter string with a space before the time', { date: '2021-05-01 11:04:33' }, 'x.md', '2021-05-01'],
    ['a YAML date', { date: '2021-03-31' }, 'x.md', '2021-03-31'],
    ['a date object', { date: new Date('2021-03-31T00:00:00Z') }, 'x.md', '2021-03-31'],
    ['front matter before the file name', { date: '2021-06-01' }, 'content/blog/2021-05-31-out-in-the-open-mai-2021.md', '2021-06-01'],
    ['a dated file name', {}, 'content/blog/2021-03-31-out-in-the-open-maerz-2021.md', '2021-03-31'],
    ['a dated folder of an index.md', {}, 'posts/2020-07-16-Rust-1.45.0/index.md', '2020-07-16'],
    ['the file name where the front matter is no date', { date: 'tomorrow' }, 'posts/2016-03-02-Rust-1.7.md', '2016-03-02'],
    ['a year below 100', {}, 'content/blog/0001-01-01-mein-neuer-blogpost.md', '0001-01-01'],
    ['no day that exists', { date: '2023-02-29' }, 'posts/2023-02-30-x.md', undefined],
    ['a name with a date not at its start', {}, 'content/blog/out-in-the-open-2021-03-31.md', undefined],
    ['nothing', {}, 'content/grundsaetze.md', undefined],
  ])('%s', (_name, frontMatter, file, expected) => {
    expect(draftDate(frontMatter, file)).toBe(expected);
  });
});

describe('selectors by front matter and date', () => {
  const spec = 'version: 1\n';
  const release = draftOf(
    spec,
    'posts/2016-03-02-Rust-1.7.md',
    '---\ntitle: "Announcing Rust 1.7"\nrelease: true\ntags: [release, "1.7"]\n---\nThe Rust team is happy to announce the latest version of Rust, 1.7.\n',
  ).draft;
  const news = draftOf(spec, 'posts/inside-rust/update.md', '---\ntitle: "Inside Rust"\nrelease: "false"\n---\nText.\n').draft;

  it.each([
    ['a boolean', { frontMatter: { release: [true] } }, true, false],
    ['the text of a value', { frontMatter: { release: ['false'] } }, false, true],
    ['one of a list', { frontMatter: { release: [false, true] } }, true, true],
    ['a value in a front-matter list', { frontMatter: { tags: ['release'] } }, true, false],
    ['a number against its text', { frontMatter: { tags: [1.7] } }, true, false],
    ['a key the draft has not', { frontMatter: { draft: [true] } }, false, false],
    ['since, where an undated draft counts as current', { since: '2017-04-27' }, false, true],
    ['until, which leaves an undated draft out', { until: '2017-04-27' }, true, false],
    ['front matter and date together', { frontMatter: { release: [true] }, since: '2016-03-02' }, true, false],
  ])('%s', (_name, selector, selectsRelease, selectsNews) => {
    expect([selects(selector, release), selects(selector, news)]).toEqual([selectsRelease, selectsNews]);
  });
});

// Rust blog: the thanks line came with Rust 1.17 (2017-04-27); release posts say `release: true`.
const RUST = `version: 1
language: en
messages:
  - id: thanks
    text: "Many people came together to create Rust 1.85.0. We couldn't have done it without all of you."
    required_in: [{ front_matter: { release: true } }]
    since: 2017-04-27
boilerplate:
  - id: rustup
    required_in: [{ front_matter: { release: true } }]
    since: 2022-04-07
    text: "If you'd like to help us out by testing future releases, you might consider updating locally to use the beta channel (\`rustup default beta\`) or the nightly channel (\`rustup default nightly\`). Please report any bugs you might come across!"
`;
const RUST_1_7 =
  '---\ntitle: "Announcing Rust 1.7"\nrelease: true\n---\n\nThe Rust team is happy to announce the latest version of Rust, 1.7. Rust is a\nsystems programming language focused on safety, speed, and concurrency.\n';
const RUST_1_62_1 =
  '---\ntitle: "Announcing Rust 1.62.1"\nrelease: true\n---\n\nThe Rust team has published a new point release of Rust, 1.62.1. Rust is a\nprogramming language that is empowering everyone to build reliable and\nefficient software.\n';

ruleTester(ruleNamed('missing-message'), {
  valid: [
    { spec: RUST, file: 'posts/2016-03-02-Rust-1.7.md', name: 'leaves a release post dated before the message’s since alone', text: RUST_1_7 },
    { spec: RUST, file: 'posts/announcing.md', name: 'reads the date from front matter when the name has none', text: RUST_1_7.replace('release: true', 'release: true\ndate: 2016-03-02') },
    {
      spec: RUST,
      file: 'posts/2022-07-19-Rust-1.62.1.md',
      name: 'leaves a post whose front matter the selector does not name alone',
      text: RUST_1_62_1.replace('release: true\n', ''),
    },
  ],
  invalid: [
    { spec: RUST, file: 'posts/2022-07-19-Rust-1.62.1.md', name: 'holds a release post dated since then', text: RUST_1_62_1, errors: [{ messageId: 'draft', line: 1, column: 1, ref: 'thanks' }] },
    { spec: RUST, file: 'posts/announcing-rust-1.7.md', name: 'holds a release post without a date, as current', text: RUST_1_7, errors: [{ messageId: 'draft', line: 1, column: 1, ref: 'thanks' }] },
  ],
});

// A message's wording changed on a day: older drafts kept the old figure, as they were published.
const TRIAL = `version: 1
language: de
messages:
  - id: trial
    text: "Die Probefahrt ist 30 Tage lang kostenfrei."
    since: 2024-01-01
`;

ruleTester(ruleNamed('message-drift'), {
  valid: [{ spec: TRIAL, file: 'blog/2023-05-02-probefahrt.md', name: 'leaves a draft dated before the message’s since alone', text: 'Die Probefahrt ist 14 Tage lang kostenfrei.\n' }],
  invalid: [
    {
      spec: TRIAL,
      file: 'blog/2024-05-02-probefahrt.md',
      name: 'holds a draft dated since then',
      text: 'Die Probefahrt ist 14 Tage lang kostenfrei.\n',
      errors: [{ messageId: 'number', line: 1, column: 20, ref: 'trial' }],
    },
  ],
});

ruleTester(ruleNamed('boilerplate'), {
  valid: [{ spec: RUST, file: 'posts/2021-02-11-Rust-1.50.0.md', name: 'asks no release post before the block’s since for it', text: RUST_1_7 }],
  invalid: [
    { spec: RUST, file: 'posts/2022-07-19-Rust-1.62.1.md', name: 'asks a release post since then for it', text: RUST_1_62_1, errors: [{ messageId: 'missing', line: 1, column: 1, ref: 'rustup' }] },
  ],
});

// codefor.de: the colon came with 2020; posts up to 2019 use the star or the internal I.
const CODEFOR = `version: 1
language: de
voice: { inclusive: colon }
rules:
  inclusive-language: { severity: warning, since: 2020-01-01 }
`;

ruleTester(ruleNamed('inclusive-language'), {
  valid: [
    {
      spec: CODEFOR,
      file: 'content/blog/2018-08-22-Rueckblick-Code-for-America.md',
      name: 'leaves a post before the rule’s since alone',
      text: 'Lange Zeit haben sich Entwickler*innen kaum für Jobs in der öffentlichen Verwaltung interessiert.\n',
    },
  ],
  invalid: [
    {
      spec: CODEFOR,
      file: 'content/blog/2024-06-14-out-in-the-open-mai-2024.md',
      name: 'holds a post since then, at the severity the rule’s setting names',
      text: '---\ndate: 2024-06-14T08:00:00+02:00\n---\nEntwickler*innen können somit Diskriminierungsrisiken frühzeitig identifizieren und minimieren.\n',
      errors: [{ messageId: 'style', line: 4, column: 1, severity: 'warning' }],
    },
    {
      spec: CODEFOR,
      file: 'content/grundsaetze.md',
      name: 'holds a page without a date',
      text: 'Entwickler*innen können somit Diskriminierungsrisiken frühzeitig identifizieren und minimieren.\n',
      errors: [{ messageId: 'style', line: 1, column: 1, severity: 'warning' }],
    },
  ],
});

// codefor.de's newsletter lists other organisations' events under "Veranstaltungen", as they name them.
const SECTIONS = `version: 1
language: de
ignore_sections: ["Veranstaltungen*"]
terms:
  - { use: OK Lab, avoid: [OKLab] }
  - { use: Open Data, avoid: [OpenData] }
`;
const NEWSLETTER = `## Veranstaltungen ([Kalender/Karte](https://events.codeforleipzig.de))

### Berlin

* Montag, 10.10.2022: Im OKLab Berlin gibt es Einblicke in die Veröffentlichung von Gesundheitsdaten als Open Data.

## Und sonst so

Schleswig-Holstein ist im Dezember positiv mit seinem OpenData Adventskalender aufgefallen.
`;

ruleTester(ruleNamed('term'), {
  valid: [
    {
      spec: SECTIONS,
      file: 'content/blog/2022-10-17-out-in-the-open-september-2022.md',
      name: 'leaves the spellings of a left-out section alone',
      text: NEWSLETTER.slice(0, NEWSLETTER.indexOf('## Und sonst so')),
    },
  ],
  invalid: [
    {
      spec: SECTIONS,
      file: 'content/blog/2022-10-17-out-in-the-open-september-2022.md',
      name: 'reads no prose in a left-out section and its subsections, and all of the next section',
      text: NEWSLETTER,
      errors: [{ messageId: 'avoid', line: 9, column: 55 }],
      output: NEWSLETTER.replace('OpenData', 'Open Data'),
    },
    {
      spec: SECTIONS.replace('"Veranstaltungen*"', '"Veranstaltungen"'),
      file: 'content/blog/2022-10-17-out-in-the-open-september-2022.md',
      name: 'matches the whole heading: a pattern without * leaves out no heading that only begins so',
      text: NEWSLETTER,
      errors: [
        { messageId: 'avoid', line: 5, column: 26 },
        { messageId: 'avoid', line: 9, column: 55 },
      ],
      output: NEWSLETTER.replace('OKLab', 'OK Lab').replace('OpenData', 'Open Data'),
    },
  ],
});

describe('sections left out by heading', () => {
  it('drop the heading and what stands under it, up to a heading of the same or a higher level', () => {
    const { draft } = draftOf(
      'version: 1\nignore_sections: ["contributors to *", "The Basics of *"]\n',
      'posts/2025-02-20-Rust-1.85.0.md',
      [
        "## What's in 1.85.0 stable",
        'The Rust team is happy to announce a new version of Rust, 1.85.0.',
        '### Contributors to 1.85.0',
        "Many people came together to create Rust 1.85.0. We couldn't have done it without all of you.",
        '## The Basics of `match`',
        'A `match` expression takes a value.',
        '#### Patterns',
        'Each arm has a pattern.',
        '## Other changes',
        'Check out everything that changed in Rust, Cargo, and Clippy.',
      ].join('\n\n'),
    );
    expect(draft.blocks.map((b) => b.text)).toEqual([
      "What's in 1.85.0 stable",
      'The Rust team is happy to announce a new version of Rust, 1.85.0.',
      'Other changes',
      'Check out everything that changed in Rust, Cargo, and Clippy.',
    ]);
  });
});

describe('drafts that ignore selects', () => {
  // codefor.de's template for new posts: never published, and no part of the corpus.
  const spec = `version: 1
language: de
ignore:
  - front_matter: { draft: true }
terms:
  - { use: Open Data, avoid: [OpenData] }
duplicates: { min_words: 8 }
`;
  const template =
    '---\ntitle: Mein neuer Blogpost\nauthor: Oliver OpenData\ndraft: true # auf false setzen\n---\n\nEin bis zwei Sätze die den Blogpost beschreiben, mit OpenData. Wird für die Blogliste verwendet.\n';
  const post = '---\ntitle: Open Communities\ndraft: false\n---\n\nEin bis zwei Sätze die den Blogpost beschreiben, mit OpenData. Wird für die Blogliste verwendet.\n';

  it('are neither checked nor compared with', () => {
    const findings = lintWith(
      spec,
      { 'content/blog/0001-01-01-mein-neuer-blogpost.md': template, 'content/blog/2017-03-30-open-communities.md': post },
      { rules: [ruleNamed('term'), ruleNamed('duplicate')] },
    );
    expect(findings.map((f) => [f.file, f.line, f.column, f.ruleId])).toEqual([['content/blog/2017-03-30-open-communities.md', 6, 54, 'term']]);
  });

  it('are not counted as checked, nor reported on, in a run over a folder', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'onevoice-scope-'));
    try {
      mkdirSync(path.join(folder, 'content', 'blog'), { recursive: true });
      writeFileSync(path.join(folder, 'onevoice.yaml'), spec);
      writeFileSync(path.join(folder, 'content/blog/0001-01-01-mein-neuer-blogpost.md'), template);
      writeFileSync(path.join(folder, 'content/blog/2017-03-30-open-communities.md'), post);
      const result = await check({ cwd: folder, patterns: [] });
      expect(result.checked.map((d) => d.specPath)).toEqual(['content/blog/2017-03-30-open-communities.md']);
      expect(result.findings.map((f) => [path.relative(folder, f.file), f.ruleId])).toEqual([['content/blog/2017-03-30-open-communities.md', 'term']]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('are selected by date too', () => {
    const { draft } = draftOf(spec.replace('front_matter: { draft: true }', 'until: 2013-12-31'), 'content/projekte/2011-12-31-accessmap.md', 'Text.\n');
    expect(draft.ignored).toBe(true);
  });
});

describe('a rule’s dates on a cross-draft rule', () => {
  // A passage of 2015 repeated on a page without a date (a current page): the archive is compared
  // with, only not reported on.
  const spec = `version: 1
language: de
duplicates: { min_words: 12 }
rules:
  duplicate: { since: 2020-01-01 }
`;
  const passage =
    'Code for Germany ist eine deutschlandweite Community die sich mit den Themen Civic Tech, Open Data und Transparenz beschäftigt und digitale Werkzeuge für die Gesellschaft entwickelt.\n';

  it('reports the copy since then, naming the archive', () => {
    const findings = lintWith(spec, { 'content/blog/2015-02-20-open-data-day.md': passage, 'content/ueber-uns.md': passage }, { rules: [ruleNamed('duplicate')] });
    expect(findings.map((f) => [f.file, f.line, f.column, f.related?.map((r) => path.relative(VIRTUAL_ROOT, r.file))])).toEqual([
      ['content/ueber-uns.md', 1, 1, ['content/blog/2015-02-20-open-data-day.md']],
    ]);
  });
});
