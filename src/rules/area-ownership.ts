// area-ownership: a draft in an area that another team owns, without sign-off from an owner or reviewer.

import type { DraftRule } from '../engine/rule.js';

const rule: DraftRule = {
  id: 'area-ownership',
  description: 'A draft in an area owned by another team carries `reviewed_by` from an owner or reviewer.',
  scope: 'draft',
  defaultSeverity: 'error',
  messages: {
    'not-owner': 'Area `{{area}}` is owned by {{owners}}; a draft of {{team}} needs `reviewed_by: {{signers}}`',
    'unknown-area': 'Area `{{area}}` is not declared in the spec (declared: {{declared}})',
  },
  check({ spec, draft, report }) {
    if (draft.area === undefined) return;
    const at = draft.frontMatterKeys.area ?? { line: 1, column: 1 };
    const area = spec.areas.get(draft.area);
    if (!area) {
      report({ messageId: 'unknown-area', data: { area: draft.area, declared: [...spec.areas.keys()].join(', ') || 'none' }, at, ref: 'areas' });
      return;
    }
    // A draft whose team is unknown cannot be judged: no team, no other team.
    if (draft.team === undefined || area.owners.includes(draft.team)) return;
    // A team does not sign off its own draft, even where it reviews the area for others.
    const signers = [...area.owners, ...area.reviewers].filter((team) => team !== draft.team);
    if (draft.reviewedBy.some((team) => signers.includes(team))) return;
    report({
      messageId: 'not-owner',
      data: { area: area.id, owners: area.owners.join(' and '), team: draft.team, signers: signers.join(' or ') },
      at,
      ref: `areas.${area.id}`,
    });
  },
};

export default rule;
