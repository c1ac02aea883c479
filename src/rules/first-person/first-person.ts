// first-person: with `first_person: quotes-only`, "we" and "I" stand only in quoted speech.

import type { DraftRule } from '../../engine/rule.js';
import { firstPersonWords } from './pronouns.js';
import { isQuoted } from '../../analysis/quotes.js';
import { voiceSetting } from '../../analysis/voice.js';

const rule: DraftRule = {
  id: 'first-person',
  description: 'With `first_person: quotes-only` (press releases), first person (wir, uns, ich; we, our, I) stands only inside quotation marks.',
  scope: 'draft',
  // An error: a press release is copied by journalists as it stands, and a "we" outside a quote
  // makes the copy speak for the paper; the words counted are pronouns, so findings are sure.
  defaultSeverity: 'error',
  messages: {
    outside: 'First person `{{found}}` outside quotation marks; the voice keeps it to quotes',
  },
  check({ spec, draft, report }) {
    const setting = voiceSetting(spec, draft, 'first_person');
    if (setting?.value !== 'quotes-only') return;
    for (const block of draft.blocks) {
      for (const word of firstPersonWords(block, draft.lang)) {
        if (isQuoted(block, word.start, word.end)) continue;
        report({ messageId: 'outside', data: { found: word.text }, at: { block, start: word.start, end: word.end }, entry: setting });
      }
    }
  },
};

export default rule;
