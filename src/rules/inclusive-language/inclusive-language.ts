// inclusive-language: German drafts write gender-inclusive forms in the configured style, one style a draft.

import type { DraftRule } from '../../engine/rule.js';
import { genderForms, restyle, styleName } from './gender-forms.js';
import { isQuoted } from '../../analysis/quotes.js';
import { inOrganisationName } from '../../analysis/organisations.js';
import { prevailing, voiceSetting } from '../../analysis/voice.js';

const rule: DraftRule = {
  id: 'inclusive-language',
  description: 'German gender-inclusive forms follow the configured style (Kund:innen, Kund*innen, …), and a draft keeps to one.',
  scope: 'draft',
  // A warning: every style is readable and none changes what a sentence says; it is house style.
  defaultSeverity: 'warning',
  messages: {
    style: '`{{found}}` uses the {{style}}; the voice uses the {{expected_style}}: `{{expected}}`',
    mixed: '`{{found}}` uses the {{style}}, while this draft mostly uses the {{other}}',
  },
  check({ spec, draft, report }) {
    // Quoted speech keeps the words of the person or document quoted, an organisation's name its own spelling.
    const forms = genderForms(spec, draft).filter((form) => !isQuoted(form.block, form.start, form.end) && !inOrganisationName(form.block.text, form.end));
    if (forms.length === 0) return;
    const setting = voiceSetting(spec, draft, 'inclusive');
    if (setting) {
      if (setting.value === 'any') return;
      const expected = setting.value;
      for (const form of forms) {
        if (form.style === expected) continue;
        report({
          messageId: 'style',
          data: { found: form.text, style: styleName(form.style), expected_style: styleName(expected), expected: restyle(form, expected) },
          at: form,
          entry: setting,
        });
      }
      return;
    }
    const main = prevailing(forms, (f) => f.style);
    if (!main) return;
    for (const form of main.others) {
      report({
        messageId: 'mixed',
        data: { found: form.text, style: styleName(form.style), other: styleName(main.kind) },
        at: form,
        related: [{ draft, at: main.first, message: `first ${styleName(main.kind)} here` }],
      });
    }
  },
};

export default rule;
