import { ruleNamed, ruleTester } from '../rule-tester.js';

const SPEC = `
version: 1
language: de
teams:
  marketing: { paths: ["marketing/**"] }
terms:
  - use: Brisa Bikes
    avoid: [BrisaBikes, BRISA Bikes]
    case_sensitive: true
    compound: hyphenate
  - use: kostenfrei
    avoid: [kostenlos, gratis]
  - use: E-Bike
    avoid: [Ebike, E-bike, eBike]
  - use: subscription
    avoid: [rental plan]
    severity: warning
`;

const RUST = 'version: 1\nlanguage: en\nterms:\n  - use: Rust\n    case_sensitive: true\n';

/** A German blog post of the marketing team. */
const blog = { spec: SPEC, file: 'marketing/blog/post.md' };

ruleTester(ruleNamed('term'), {
  valid: [
    { ...blog, name: 'leaves words that merely start like an avoid form alone', text: 'Gratisproben gibt es nicht. Die Kostenlosigkeitsdebatte auch nicht.\n' },
    {
      ...blog,
      name: 'never matches code, URLs, HTML tags, attributes and code elements, or front matter but its prose keys',
      text: '---\nauthor: gratis\ntags: [gratis]\ntitle: Probefahrt\n---\n\nSiehe `gratis` und [hier](https://example.com/gratis).\n\n```\nBrisaBikes gratis\n```\n\n<p class="gratis"><code>gratis</code></p>\n',
    },
    { ...blog, name: 'accepts the right casing with an inflection ending', text: 'Die Räder von Brisa Bikes sind da.\n' },
    {
      ...blog,
      name: 'accepts a hyphenated compound, a legal form and a following verb',
      text: 'Der Brisa-Bikes-Händler der Brisa Bikes GmbH. Brisa Bikes liefert. Mit Brisa Bikes Sie fahren?\n',
    },
    { spec: SPEC, file: 'a.md', name: 'does not apply German compounding to English drafts', text: '---\nlang: en\n---\nAsk a Brisa Bikes Dealer.\n' },
    { spec: RUST, file: 'a.md', name: 'leaves repository names, tools and issue references alone', text: 'Try rust-analyzer and see rust-lang/rust, rust#95513 or @rust today.\n' },
  ],
  invalid: [
    {
      ...blog,
      name: 'flags an avoid form with position, message, ref, fix and team',
      text: 'Heute ist alles gratis.\n',
      errors: [{ messageId: 'avoid', line: 1, column: 17, endLine: 1, endColumn: 23, severity: 'error', message: 'Unexpected `gratis`, expected `kostenfrei`', ref: 'terms[1]', team: 'marketing' }],
      output: 'Heute ist alles kostenfrei.\n',
    },
    {
      ...blog,
      name: 'flags inflected forms and carries the ending over to the fix',
      text: 'Die kostenlosen Probefahrten und ein kostenloses Abo.\n',
      errors: [
        { messageId: 'avoid', line: 1, column: 5 },
        { messageId: 'avoid', line: 1, column: 38 },
      ],
      output: 'Die kostenfreien Probefahrten und ein kostenfreies Abo.\n',
    },
    {
      ...blog,
      name: 'flags the front matter title and description at their place, and fixes them there',
      text: '---\ntitle: Jetzt gratis testen\nauthor: gratis\ndescription: "Die erste Fahrt ist gratis"\n---\n\nText.\n',
      errors: [
        { messageId: 'avoid', line: 2, column: 14, endColumn: 20 },
        { messageId: 'avoid', line: 4, column: 35, endColumn: 41 },
      ],
      output: '---\ntitle: Jetzt kostenfrei testen\nauthor: gratis\ndescription: "Die erste Fahrt ist kostenfrei"\n---\n\nText.\n',
    },
    {
      ...blog,
      name: 'capitalises the fix at the start of a sentence',
      text: 'Gratis: die erste Fahrt.\n',
      errors: [{ messageId: 'avoid', line: 1, column: 1 }],
      output: 'Kostenfrei: die erste Fahrt.\n',
    },
    {
      spec: SPEC,
      file: 'a.md',
      name: 'matches hyphenated and multi-word avoid forms, in English drafts too',
      text: '---\nlang: en\n---\nOur rental plans and the eBike.\n',
      errors: [
        { messageId: 'avoid', line: 4, column: 5, message: 'Unexpected `rental plans`, expected `subscriptions`', severity: 'warning' },
        { messageId: 'avoid', line: 4, column: 26, message: 'Unexpected `eBike`, expected `E-Bike`', severity: 'error' },
      ],
      output: '---\nlang: en\n---\nOur subscriptions and the E-Bike.\n',
    },
    {
      ...blog,
      name: 'tells an avoid form that differs only in casing from the term by its casing',
      text: 'Das E-Bike ist da, das E-bike auch.\n',
      errors: [{ messageId: 'avoid', line: 1, column: 24 }],
      output: 'Das E-Bike ist da, das E-Bike auch.\n',
    },
    {
      ...blog,
      name: 'flags another casing of the term and fixes it',
      text: 'Wir fahren brisa bikes. BRISA BIKES auch.\n',
      errors: [
        { messageId: 'casing', line: 1, column: 12 },
        { messageId: 'casing', line: 1, column: 25 },
      ],
      output: 'Wir fahren Brisa Bikes. Brisa Bikes auch.\n',
    },
    {
      ...blog,
      name: 'reports an avoid form once, not also as a wrong casing',
      text: 'Das ist BRISA Bikes.\n',
      errors: [{ messageId: 'avoid', line: 1, column: 9 }],
      output: 'Das ist Brisa Bikes.\n',
    },
    {
      ...blog,
      name: 'flags unhyphenated and half-hyphenated German compounds',
      text: 'Ein Brisa Bikes Händler und das Brisa Bikes-Abo.\n',
      errors: [
        { messageId: 'compound', line: 1, column: 5, endColumn: 24 },
        { messageId: 'compound', line: 1, column: 33, endColumn: 48 },
      ],
      output: 'Ein Brisa-Bikes-Händler und das Brisa-Bikes-Abo.\n',
    },
    {
      spec: RUST,
      file: 'a.md',
      name: 'still flags the word in prose, outside identifiers',
      text: 'We love rust. The rust compiler.\n',
      errors: [
        { messageId: 'casing', line: 1, column: 9 },
        { messageId: 'casing', line: 1, column: 19 },
      ],
      output: 'We love Rust. The Rust compiler.\n',
    },
  ],
});
