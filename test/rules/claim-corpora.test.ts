// Claims that are not the draft's own claims, in short real sentences of the two corpora:
// rust-blog (the Rust blog, MIT/Apache-2.0) and codefor-de (Open Knowledge Foundation Deutschland /
// Code for Germany, CC BY 4.0). Each exemption has a trap beside it that is still flagged.

import { ruleNamed, ruleTester } from '../rule-tester.js';

const RUST = `
version: 1
language: en
claims:
  - { phrase: blazingly fast, reason: "a meme" }
  - { phrase: bug-free, reason: "no software is" }
  - { phrase: world-class, reason: "needs a source" }
  - { pattern: "\\\\bthe fastest\\\\b", reason: "a superlative needs a benchmark" }
`;

const CODE_FOR_GERMANY = `
version: 1
language: de
claims:
  - { phrase: Marktführer, reason: "Wir sind ein Ehrenamtsnetzwerk" }
  - { phrase: das erste, reason: "Erstmaligkeit nur mit Beleg" }
  - { pattern: "\\\\b100\\\\s?%", reason: "absolute Aussage: Beleg nennen" }
`;

const rust = { spec: RUST, file: 'posts/post.md' };
const okf = { spec: CODE_FOR_GERMANY, file: 'content/blog/post.md' };

ruleTester(ruleNamed('claim'), {
  valid: [
    // rust-blog posts/2018-07-06-security-advisory-for-rustdoc.md
    { ...rust, name: 'negated: "not … bug-free"', text: 'Rust code is not inherently secure, or bug-free.\n' },
    // After the codefor-de spec's own reason ("Wir sind ein Ehrenamtsnetzwerk, kein Marktteilnehmer").
    { ...okf, name: 'negated: "kein Marktführer"', text: 'Wir sind ein Ehrenamtsnetzwerk, kein Marktführer.\n' },
    // rust-blog posts/2018-11-29-a-new-look-for-rust-lang-org.md: the old slogan, in a block quote.
    { ...rust, name: 'quoted: an old slogan in a block quote', text: '> Rust is a systems programming language that runs blazingly fast, prevents\n> segfaults, and guarantees thread safety.\n' },
    // rust-blog posts/2022-02-15-Rust-Survey-2021.md
    { ...rust, name: 'quoted: words of others in quotation marks', text: 'The top answer was that it allowed users "to build relatively correct and bug-free software".\n' },
    // codefor-de content/presse.md: the TV channel "Das Erste".
    { ...okf, name: 'named: a capitalised title', text: '16.07.2014 - Das Erste\n' },
    { ...rust, name: 'named: a link text naming a page', text: 'Read [Blazingly Fast Builds](https://example.com/builds) first.\n' },
    // rust-blog posts/2024-02-19-2023-Rust-Annual-Survey-2023-results.md
    { ...rust, name: 'backed: a percentage in the sentence', text: 'The reason was the ability to build relatively correct and bug-free software at 86% — a 4pp increase.\n' },
    // rust-blog posts/2017-05-15-rust-at-two-years.md: a shortcut reference link to the benchmark.
    {
      ...rust,
      name: 'backed: a link to the measurement',
      text: 'A simple HTTP server using Tokio is among the fastest measured in the [TechEmpower]\nserver benchmarks.\n\n[TechEmpower]: https://www.techempower.com/benchmarks/\n',
    },
    // codefor-de content/blog/2024-06-14-out-in-the-open-mai-2024.md
    { ...okf, name: 'backed: a link to the source', text: 'Nach Kritik an fehlerhaften Angaben wurde schon das erste Update [nachgeschoben](https://www.heise.de/news/).\n' },
    // codefor-de content/blog/2023-08-04-out-in-the-open-july-2023.md and 2026-01-05-out-in-the-open-december-2025.md
    {
      ...okf,
      name: 'function words and cut-short words are other words: "das erst", "dass erst"',
      text: 'Auch das erst vor kurzem eingetragene Schlechtbeispiel. Ein Gutachten, dass erst jetzt öffentlich ist.\n',
    },
    // codefor-de content/blog/2017-09-23-mrmcd-2017-berliner-reisebericht.md
    { ...okf, name: 'counted: "das erste Mal" counts an occurrence', text: 'Da ich das erste Mal in Darmstadt war, folgen hier noch ein paar Impressionen.\n' },
    // codefor-de content/blog/2021-12-10-recap-code-for-germany-community-summit-2021.md
    { ...okf, name: 'counted: one of a set', text: 'Aktuell hat das Team schon das erste von insgesamt 31 Kapiteln katalogisiert.\n' },
    // codefor-de content/blog/2015-08-31-stadtgeschichte-parkenDD-dresden.md: a heading of a story's steps.
    { ...okf, name: 'counted: a step of a story, no scope it ranks in', text: '## Das erste Hindernis\n\nDie Stadt veröffentlicht zwar die Zahlen.\n' },
    // codefor-de content/blog/2025-10-06-out-in-the-open-september-2025.md: the clause after the comma scopes nothing.
    { ...okf, name: 'counted: a scope beyond the clause does not count', text: 'Nun ist das erste Foto aufgetaucht, das Jens Spahn in Leipzig zeigt.\n' },
    // codefor-de content/blog/2020-04-24-Netzstreik-fuers-Klima.md: another organisation's demands.
    {
      ...okf,
      name: 'targeted: a target for a year',
      text: 'Für Deutschland heißt das:\n\n* den Kohleausstieg bis 2030 zu verwirklichen,\n* 100% erneuerbare Energieversorgung bis 2035 sicherzustellen.\n',
    },
  ],
  invalid: [
    // rust-blog posts/2018-12-06-Rust-1.31-and-rust-2018.md
    {
      ...rust,
      name: 'a claim of the draft’s own stands',
      text: '* The WebAssembly group has been shipping a ton of world-class tooling for using Rust with wasm.\n',
      errors: [{ messageId: 'forbidden', line: 1, column: 52, ref: 'claims[2]' }],
    },
    // codefor-de content/blog/2022-06-28-kickoff-kaiserslautern.md: the link names the subject, not a source.
    {
      ...okf,
      name: 'a link that opens the sentence backs nothing',
      text: '[*Code for Kaiserslautern*](/kaiserslautern) ist das erste Lab in Rheinland-Pfalz.\n',
      errors: [{ messageId: 'forbidden', line: 1, column: 50, ref: 'claims[1]' }],
    },
    {
      ...okf,
      name: 'a first-ness claim ranks in a scope: a place or a kind after its noun',
      text: 'Damit ist der Weg für das erste OK Lab in Rheinland-Pfalz geebnet. Es war das erste Treffen seiner Art.\n',
      errors: [
        { messageId: 'forbidden', line: 1, column: 23, ref: 'claims[1]' },
        { messageId: 'forbidden', line: 1, column: 75, ref: 'claims[1]' },
      ],
    },
    {
      ...okf,
      name: 'a year in the sentence that is no target leaves the claim standing',
      text: 'Seit 2035 liefern wir 100% Ökostrom.\n',
      errors: [{ messageId: 'forbidden', line: 1, column: 23, ref: 'claims[2]' }],
    },
    {
      ...okf,
      name: 'a negation in another clause does not turn the claim around',
      text: 'Das ist nicht neu: wir sind Marktführer.\n',
      errors: [{ messageId: 'forbidden', line: 1, column: 29, ref: 'claims[0]' }],
    },
    {
      spec: RUST.replace('reason: "no software is" }', 'reason: "no software is", exempt: [negated] }'),
      file: 'posts/post.md',
      name: 'each claim chooses its exemptions: quoted claims flagged',
      text: 'The top answer was that it allowed users "to build relatively correct and bug-free software".\n',
      errors: [{ messageId: 'forbidden', line: 1, column: 75, ref: 'claims[1]' }],
    },
  ],
});
