// missing-message: a required core message that a draft does not convey, and a campaign
// message that none of the campaign's drafts conveys.

import { requires } from '../drafts/select.js';
import type { CorpusRule } from '../engine/rule.js';
import { analyseMessages } from '../analysis/messages/messages.js';
import type { ProseSpan } from '../markdown/prose.js';

interface Summary {
  /**
   * The required messages the draft does not convey (nor attempt: drift is not absence), with the
   * sentence that comes closest, which the team may approve as a variant if it says the same.
   */
  missing: { id: string; closest?: string }[];
  /** Ids of the messages it conveys: what its campaign conveys. */
  conveyed: string[];
}

/** A sentence as a finding quotes it: on one line, and shortened where it runs long. */
function quoted({ block, start, end }: ProseSpan): string {
  const text = block.text.slice(start, end).replace(/\s+/g, ' ').trim();
  return text.length <= 160 ? text : `${text.slice(0, 160).replace(/\s+\S*$/, '')} …`;
}

const rule: CorpusRule<Summary> = {
  id: 'missing-message',
  description: 'Every draft conveys the core messages required for it; every campaign conveys its messages.',
  scope: 'corpus',
  defaultSeverity: 'error',
  messages: {
    draft: 'Core message `{{id}}` is not conveyed; approved: “{{text}}”',
    closest: 'Core message `{{id}}` is not conveyed; approved: “{{text}}”; if “{{closest}}” says the same, add it to the message’s variants',
    campaign: 'Campaign `{{campaign}}` conveys core message `{{id}}` in none of its drafts ({{count}})',
  },
  summarize({ spec, draft }) {
    const results = spec.messages.length === 0 ? [] : analyseMessages(spec, draft);
    return {
      // A drifted sentence is message-drift's to report: the message was attempted, not left out.
      missing: results.filter((r) => r.status === 'absent' && requires(r.message, draft)).map(({ message, closest }) => ({ id: message.id, ...(closest ? { closest: quoted(closest) } : {}) })),
      conveyed: results.filter((r) => r.status === 'conveyed').map((r) => r.message.id),
    };
  },
  check({ spec, drafts, isChecked, report }) {
    if (spec.messages.length === 0) return;
    const messages = new Map(spec.messages.map((m) => [m.id, m]));
    for (const { draft, summary } of drafts) {
      if (!isChecked(draft)) continue;
      for (const { id, closest } of summary.missing) {
        const message = messages.get(id)!;
        report(draft, {
          messageId: closest === undefined ? 'draft' : 'closest',
          data: { id: message.id, text: message.text[draft.lang]!, closest: closest ?? '' },
          at: { line: 1, column: 1 },
          entry: message,
        });
      }
    }

    for (const campaign of spec.campaigns.values()) {
      const members = drafts.filter((d) => d.draft.campaign === campaign.id);
      // Reported when one of its drafts is checked, or on a full run of a campaign without drafts.
      if (members.length > 0 ? !members.some((m) => isChecked(m.draft)) : !drafts.every((d) => isChecked(d.draft))) continue;
      for (const id of campaign.messages) {
        if (members.some((m) => m.summary.conveyed.includes(id))) continue;
        const message = messages.get(id)!;
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
