// boilerplate: a required block of approved text missing from a draft, or present but edited.

import { requires } from '../../drafts/select.js';
import type { DraftRule } from '../../engine/rule.js';
import { describeEdits, findBoilerplate, PRESENT } from './match.js';
import { sourceOffset } from '../../markdown/prose.js';

const rule: DraftRule = {
  id: 'boilerplate',
  description: 'Required boilerplate stands in every draft that needs it, word for word.',
  scope: 'draft',
  defaultSeverity: 'error',
  messages: {
    missing: 'Boilerplate `{{id}}` is missing',
    edited: 'Boilerplate `{{id}}` is edited: {{changes}}',
  },
  check({ spec, draft, report }) {
    for (const block of spec.boilerplate) {
      if (!requires(block, draft)) continue;
      const text = block.text[draft.lang] ?? block.text[spec.language];
      if (text === undefined) continue;
      const match = findBoilerplate(draft, text, draft.lang);
      if (!match || match.similarity < PRESENT) {
        report({ messageId: 'missing', data: { id: block.id }, at: { line: 1, column: 1 }, entry: block });
        continue;
      }
      const changes = describeEdits(match);
      if (changes.length === 0) continue;
      // The finding spans the copy, from its first to its last word.
      const first = match.words[0]!;
      const last = match.words[match.words.length - 1]!;
      report({
        messageId: 'edited',
        data: { id: block.id, changes: changes.join(', ') },
        at: { offset: first.code?.from ?? sourceOffset(first.block, first.token.start), end: last.code?.to ?? sourceOffset(last.block, last.token.end, true) },
        entry: block,
      });
    }
  },
};

export default rule;
