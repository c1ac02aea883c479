// date-format: complete dates in running text are written as the voice says (long, numeric or ISO).

import type { DraftRule } from '../../engine/rule.js';
import { rewritable, writeDate, writtenDates, type DateStyle } from './dates.js';
import { dateStyle } from '../../analysis/voice.js';
import { languageOf } from '../../languages/index.js';

const NAMES: Record<DateStyle, string> = { long: 'long', numeric: 'numeric', iso: 'ISO' };

const ISO_DATE = /\d{4}-\d{2}-\d{2}/u;
const ISO_IN_CODE_SPAN = /`[^`\n]*\d{4}-\d{2}-\d{2}[^`\n]*`/u;
const FENCE = /^ {0,3}(`{3,}|~{3,})/u;

/** Whether the source writes an ISO date in code: in an inline code span or a fenced code block ("`cargo bisect-rustc --end=2019-10-02`"). */
function writesIsoDatesInCode(source: string): boolean {
  if (!ISO_DATE.test(source)) return false;
  if (ISO_IN_CODE_SPAN.test(source)) return true;
  let fence: string | undefined;
  for (const line of source.split('\n')) {
    const marker = FENCE.exec(line)?.[1];
    if (fence === undefined) fence = marker;
    else if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
    else if (ISO_DATE.test(line)) return true;
  }
  return false;
}

const rule: DraftRule = {
  id: 'date-format',
  description: 'Dates in running text follow the voice: long (12. Mai 2026 / May 12, 2026), numeric (12.05.2026 / 05/12/2026) or ISO (2026-05-12).',
  scope: 'draft',
  defaultSeverity: 'warning',
  messages: {
    format: 'Date `{{found}}` is {{style}}; the voice writes dates {{expected_style}}: `{{expected}}`',
  },
  check({ spec, draft, report }) {
    const setting = dateStyle(spec, draft);
    if (!setting) return;
    // A draft whose code writes ISO dates (toolchains, commands) may name them so in its prose, as the reader types them.
    let isoInCode: boolean | undefined;
    for (const block of draft.blocks) {
      for (const written of writtenDates(block, draft.lang)) {
        if (written.style === setting.value) continue;
        if (written.style === 'iso' && (isoInCode ??= writesIsoDatesInCode(draft.source))) continue;
        // "On 2020-02-20 at 21:28 UTC" → "On February 20, 2020, at 21:28 UTC": the year's comma where the sentence goes on.
        const goesOn = /^[ \t\u00a0]+[\p{L}\p{N}]/u.test(block.text.slice(written.end));
        const comma = setting.value === 'long' && languageOf(draft.lang).dates.commaAfterYear && goesOn ? ',' : '';
        const expected = writeDate(written.date, setting.value, draft.lang) + comma;
        report({
          messageId: 'format',
          data: { found: written.raw, style: NAMES[written.style], expected_style: NAMES[setting.value], expected },
          at: { block, start: written.start, end: written.end },
          entry: setting,
          ...(rewritable(block.text, written, draft.lang) ? { fix: expected } : {}),
        });
      }
    }
  },
};

export default rule;
