// --fix never damages a real draft: a copy of every rust-blog draft (MIT/Apache-2.0, the Rust project), fixed under a
// spec that makes many fixes, each pass held to the mdast oracle (see fix-safety.ts). One file per
// corpus, so that the two run side by side.

import { describe, it } from 'vitest';
import { ENGLISH, fixCorpus } from './fix-safety.js';
import { needsCorpora } from './helpers.js';

const corpora = needsCorpora();

describe.skipIf(corpora.skip)(`every fix keeps the Markdown structure of the real drafts${corpora.note}`, () => {
  it('rust-blog: every pass of --fix changes only the text of its fixed spans, and one run fixes all there is', () => fixCorpus('rust-blog', 'posts', ENGLISH, 584), 180_000);
});
