// number-format: counts and amounts group their thousands as the voice says for the draft's language.

import type { DraftRule } from '../../engine/rule.js';
import { decimalMarkFor, numerals, regroup, separatorClass } from './grouping.js';
import { thousandsSeparator } from '../../analysis/voice.js';

// From five digits on a number reads better grouped in both German (Duden, DIN 5008) and English
// style guides; four digits ("4800") may stand either way.
const GROUP_FROM_DIGITS = 5;

const rule: DraftRule = {
  id: 'number-format',
  description: "Numbers of a thousand and more use the thousands separator of the voice for the draft's language (4.800 / 4,800).",
  scope: 'draft',
  defaultSeverity: 'warning',
  messages: {
    separator: 'Thousands separator in `{{found}}`; expected `{{expected}}`',
    ungrouped: '`{{found}}` has no thousands separator; expected `{{expected}}`',
  },
  check({ spec, draft, report }) {
    const thousands = thousandsSeparator(spec, draft);
    if (!thousands) return;
    const decimalMark = decimalMarkFor(thousands.value, draft.lang);
    const ref = thousands.ref === undefined ? {} : { ref: thousands.ref };
    for (const block of draft.blocks) {
      for (const numeral of numerals(block, draft.lang, decimalMark)) {
        const expected = regroup(numeral, thousands.value, decimalMark);
        const at = { block, start: numeral.start, end: numeral.end };
        if (numeral.separator === undefined) {
          if (numeral.groups[0]!.length >= GROUP_FROM_DIGITS) report({ messageId: 'ungrouped', data: { found: numeral.raw, expected }, at, ...ref });
        } else if (separatorClass(numeral.separator) !== separatorClass(thousands.value)) {
          // Another separator is a rewrite without a guess; a number without one may be a code or a reference.
          report({ messageId: 'separator', data: { found: numeral.raw, expected }, at, ...ref, fix: expected });
        }
      }
    }
  },
};

export default rule;
