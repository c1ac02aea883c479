// missing-message: a required core message that a draft does not convey, and a campaign
// message that none of the campaign's drafts conveys.

import { selectsAny } from '../drafts/select.js';
import type { CorpusRule } from '../engine/rule.js';
import { analyseMessages } from '../text/messages.js';

const rule: CorpusRule = {
  id: 'missing-message',
  description: 'Every draft conveys the core messages required for it; every campaign conveys its messages.',
  scope: 'corpus',
  defaultSeverity: 'error',
  messages: {
    draft: 'Core message `{{id}}` is not conveyed; approved: “{{text}}”',
    campaign: 'Campaign `{{campaign}}` conveys core message `{{id}}` in none of its drafts ({{count}})',
  },
  check({ spec, drafts, isChecked, report }) {
    if (spec.messages.length === 0) return;
    for (const draft of drafts) {
      if (!isChecked(draft)) continue;
      for (const result of analyseMessages(spec, draft)) {
        const { message } = result;
        // A drifted sentence is message-drift's to report: the message was attempted, not left out.
        if (result.status !== 'absent' || !selectsAny(message.requiredIn, draft)) continue;
        report(draft, {
          messageId: 'draft',
          data: { id: message.id, text: message.text[draft.lang]! },
          at: { offset: 0, end: 0 },
          ref: message.ref,
          ...(message.severity ? { severity: message.severity } : {}),
        });
      }
    }

    for (const campaign of spec.campaigns.values()) {
      const members = drafts.filter((d) => d.campaign === campaign.id);
      // Reported when one of its drafts is checked, or on a full run of a campaign without drafts.
      if (members.length > 0 ? !members.some(isChecked) : !drafts.every(isChecked)) continue;
      for (const id of campaign.messages) {
        const conveyed = members.some((draft) => analyseMessages(spec, draft).some((r) => r.message.id === id && r.status === 'conveyed'));
        if (conveyed) continue;
        const message = spec.messages.find((m) => m.id === id)!;
        report(undefined, {
          messageId: 'campaign',
          data: { campaign: campaign.id, id, count: members.length },
          at: { spec: campaign.position },
          ref: campaign.ref,
          ...(message.severity ? { severity: message.severity } : {}),
        });
      }
    }
  },
};

export default rule;
