// claim: forbidden claims, as inflection-aware phrases or as regular expressions, with their reason.

import type { DraftRule } from '../../engine/rule.js';
import type { Claim, Lang, Spec } from '../../spec/types.js';
import { perLanguage } from '../../util/memo.js';
import { PhraseMatcher } from '../../analysis/phrases.js';
import { matchPatterns, PATTERN_BUDGET_MS } from './patterns.js';
import { tokensOf } from '../../analysis/tokens.js';
import { exemption } from './exemptions.js';

const matcherFor = perLanguage(
  (spec: Spec, lang: Lang) =>
    new PhraseMatcher<Claim>(
      spec.claims.flatMap((claim) => (claim.phrase === undefined ? [] : [{ text: claim.phrase, caseSensitive: false, payload: claim }])),
      lang,
    ),
);

const rule: DraftRule = {
  id: 'claim',
  description: 'No forbidden claims: superlatives, number-one and other claims that need proof.',
  scope: 'draft',
  defaultSeverity: 'error',
  messages: {
    forbidden: 'Forbidden claim `{{found}}`: {{reason}}',
    'pattern-timeout': 'Claim patterns took longer than {{ms}} ms on this draft and were stopped; simplify {{refs}}',
  },
  check({ spec, draft, report }) {
    if (spec.claims.length === 0) return;
    const matcher = matcherFor(spec, draft.lang);
    const found = (claim: Claim, block: (typeof draft.blocks)[number], start: number, end: number, phraseWords?: readonly string[]) => {
      if (exemption({ block, source: draft.source, lang: draft.lang, start, end, ...(phraseWords ? { phraseWords } : {}) }, claim.exempt)) return;
      report({
        messageId: 'forbidden',
        data: { found: block.text.slice(start, end), reason: claim.reason },
        at: { block, start, end },
        entry: claim,
      });
    };
    for (const block of draft.blocks) {
      for (const match of matcher.find(block.text, tokensOf(block, draft.lang)))
        found(
          match.phrase.payload,
          block,
          match.start,
          match.end,
          match.phrase.words.map((word) => word.text),
        );
    }
    const patterned = spec.claims.filter((claim) => claim.pattern !== undefined);
    const hits = matchPatterns(
      patterned.map((claim) => claim.pattern!),
      draft.blocks.map((block) => block.text),
    );
    if (!hits) {
      const refs = patterned.map((claim) => claim.ref).join(', ');
      report({ messageId: 'pattern-timeout', data: { ms: PATTERN_BUDGET_MS, refs }, at: { line: 1, column: 1 }, ref: refs });
      return;
    }
    for (const hit of hits) found(patterned[hit.pattern]!, draft.blocks[hit.text]!, hit.start, hit.end);
  },
};

export default rule;
