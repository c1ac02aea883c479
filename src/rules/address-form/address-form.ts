// address-form: German drafts address the reader as the voice says (Sie or du), and never both.

import type { DraftRule } from '../../engine/rule.js';
import { addressForms, sentencesWith, type Address } from './forms.js';
import { prevailing, voiceSetting } from '../../analysis/voice.js';

const NAMES: Record<Address, string> = { formal: 'Sie', informal: 'du' };

const rule: DraftRule = {
  id: 'address-form',
  description: 'German drafts address the reader with Sie or du as the voice says, and never switch between them.',
  scope: 'draft',
  // An error: a reader notices at once when a brand switches between Sie and du, and the forms
  // counted are pronouns and imperatives with little doubt (a "Sie" that may mean "they" counts
  // only where the draft is plainly polite elsewhere).
  defaultSeverity: 'error',
  messages: {
    informal: 'Informal address `{{found}}`; the voice is formal (Sie)',
    formal: 'Formal address `{{found}}`; the voice is informal (du)',
    mixed: 'Address `{{found}}` ({{kind}}) in a draft that mostly says {{other}}',
  },
  check({ spec, draft, report }) {
    const forms = addressForms(spec, draft);
    if (forms.length === 0) return;
    const setting = voiceSetting(spec, draft, 'address');
    if (setting) {
      for (const form of forms) {
        if (form.address === setting.value) continue;
        report({ messageId: form.address, data: { found: form.text }, at: form, entry: setting });
      }
      return;
    }
    // The kind fewer sentences use is the slip.
    const main = prevailing(forms, (f) => f.address, sentencesWith);
    if (!main) return;
    for (const form of main.others) {
      report({
        messageId: 'mixed',
        data: { found: form.text, kind: NAMES[form.address], other: NAMES[main.kind] },
        at: form,
        related: [{ draft, at: main.first, message: `first ${NAMES[main.kind]}-form here` }],
      });
    }
  },
};

export default rule;
