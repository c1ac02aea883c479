// --fix never damages a real draft: a copy of every codefor-de draft (CC BY 4.0, Open Knowledge Foundation Deutschland / Code for Germany), fixed under a
// spec that makes many fixes, each pass held to the mdast oracle (see fix-safety.ts). One file per
// corpus, so that the two run side by side.

import { describe, it } from 'vitest';
import { GERMAN, fixCorpus } from './fix-safety.js';
import { needsCorpora } from './helpers.js';

const corpora = needsCorpora();

describe.skipIf(corpora.skip)(`every fix keeps the Markdown structure of the real drafts${corpora.note}`, () => {
  it('codefor-de: every pass of --fix changes only the text of its fixed spans, and one run fixes all there is', () => fixCorpus('codefor-de', 'content', GERMAN, 523), 180_000);
});
