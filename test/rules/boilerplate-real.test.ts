// boilerplate on real content: the rustup paragraph of the Rust release posts (the Rust blog,
// rust-lang/blog.rust-lang.org, MIT/Apache-2.0), with inline code, typographic apostrophes and
// what follows the paragraph in the post.

import { ruleNamed, ruleTester } from '../rule-tester.js';

const SPEC = `
version: 1
language: en
channels:
  release: { paths: ["posts/*-Rust-1.*.md"] }
boilerplate:
  - id: rustup
    required_in: [{ channel: release }]
    text: "If you'd like to help us out by testing future releases, you might consider updating locally to use the beta channel (\`rustup default beta\`) or the nightly channel (\`rustup default nightly\`). Please report any bugs you might come across!"
`;

const FILE = 'posts/2022-04-07-Rust-1.60.0.md';
// Rust 1.60.0's announcement, lines 17 to 20, as published.
const POST = `If you don't have it already, you can [get \`rustup\`][install]
from the appropriate page on our website, and check out the
[detailed release notes for 1.60.0][notes] on GitHub.
If you'd like to help us out by testing future releases, you might consider updating locally to use
the beta channel (\`rustup default beta\`) or the nightly channel (\`rustup default nightly\`). Please [report] any bugs you might come across!

[report]: https://github.com/rust-lang/rust/issues/new/choose
`;

ruleTester(ruleNamed('boilerplate'), {
  valid: [
    { spec: SPEC, file: FILE, name: 'reads the words of inline code as words, in the approved text and in the draft', text: POST },
    { spec: SPEC, file: FILE, name: 'reads a typographic apostrophe as the straight one', text: POST.replace("If you'd like", 'If you’d like') },
  ],
  invalid: [
    {
      spec: SPEC,
      file: FILE,
      name: 'names a word changed inside inline code',
      text: POST.replace('(`rustup default beta`)', '(`rustup default stable`)'),
      errors: [{ messageId: 'edited', line: 4, column: 1, message: 'Boilerplate `rustup` is edited: `stable` instead of `beta`' }],
    },
    {
      spec: SPEC,
      file: FILE,
      name: 'names only the words missing from the paragraph, not those of the heading and list after it',
      text: `${POST.replace(' Please [report] any bugs you might come across!', '')}\n## What's in 1.60.0 stable\n\n- Please report any regressions you might come across in the tracker.\n`,
      errors: [{ messageId: 'edited', line: 4, column: 1, endLine: 5, message: 'Boilerplate `rustup` is edited: `Please report any bugs you might come across` missing' }],
    },
  ],
});
