// message-drift: a sentence that is recognisably a core message but changes its content.

import type { DraftRule } from '../engine/rule.js';
import { analyseMessages } from '../analysis/messages/messages.js';
import { inForce } from '../drafts/select.js';

const rule: DraftRule = {
  id: 'message-drift',
  description: 'A core message restated with another number, a negation or a swapped key term.',
  scope: 'draft',
  defaultSeverity: 'error',
  messages: {
    number: 'Core message `{{id}}` says {{found}} instead of {{expected}}; approved: “{{text}}”',
    negation: 'Core message `{{id}}` is negated here ({{found}}); approved: “{{text}}”',
    'negation-dropped': 'Core message `{{id}}` drops its negation ({{expected}}); approved: “{{text}}”',
    term: 'Core message `{{id}}` says `{{found}}` instead of `{{expected}}`; approved: “{{text}}”',
  },
  check({ spec, draft, report }) {
    for (const { message, drifts } of analyseMessages(spec, draft)) {
      // A draft dated before a message's `since` was written before its wording: not held to it.
      if (!inForce(message, draft)) continue;
      for (const { at, form, drift } of drifts) {
        report({
          messageId: drift.kind === 'negation' && drift.found === '' ? 'negation-dropped' : drift.kind,
          data: { id: message.id, found: drift.found, expected: drift.expected, text: message.text[draft.lang] ?? form.text },
          at: { block: at.block, start: drift.start, end: drift.end },
          entry: message,
        });
      }
    }
  },
};

export default rule;
