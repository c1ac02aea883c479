// double-work: drafts of different teams for the same campaign and channel.

import type { DraftInfo } from '../drafts/types.js';
import { draftNames } from '../drafts/names.js';
import type { CorpusRule } from '../engine/rule.js';

// Who writes what for which campaign is all in the draft's info: nothing to summarize.
const rule: CorpusRule<null> = {
  id: 'double-work',
  description: 'One draft per campaign and channel: two teams writing the same piece is double work.',
  scope: 'corpus',
  defaultSeverity: 'warning',
  // The related locations point at the other drafts' campaign keys.
  frontMatterKeys: ['campaign'],
  messages: {
    'double-work': 'Double work: {{others}} of {{otherTeams}} also write{{s}} the `{{channel}}` draft of campaign `{{campaign}}`',
  },
  summarize: () => null,
  check({ drafts, isChecked, report }) {
    const groups = new Map<string, DraftInfo[]>();
    for (const { draft } of drafts) {
      if (draft.campaign === undefined || draft.channel === undefined || draft.team === undefined) continue;
      const key = `${draft.campaign}\u0000${draft.channel}`;
      groups.set(key, [...(groups.get(key) ?? []), draft]);
    }
    for (const group of groups.values()) {
      for (const draft of group) {
        if (!isChecked(draft)) continue;
        const others = group.filter((other) => other.team !== draft.team);
        if (others.length === 0) continue;
        const teams = [...new Set(others.map((o) => o.team!))];
        // The campaign key in front matter says where the draft joined the campaign.
        const at = draft.frontMatterKeys.campaign ?? { line: 1, column: 1 };
        report(draft, {
          messageId: 'double-work',
          data: {
            others: others.map(draftNames(drafts)).join(', '),
            otherTeams: teams.join(', '),
            s: others.length === 1 ? 's' : '',
            channel: draft.channel!,
            campaign: draft.campaign!,
          },
          at,
          ref: `campaigns.${draft.campaign}`,
          related: others.map((other) => ({ draft: other, at: other.frontMatterKeys.campaign ?? { line: 1, column: 1 }, message: `${other.team} writes this ${draft.channel} draft too` })),
        });
      }
    }
  },
};

export default rule;
