// `onevoice coverage`: which drafts convey which core message, by channel, team and campaign.

import type { Corpus } from './check.js';
import { requires } from './drafts/select.js';
import type { Draft } from './drafts/types.js';
import { analyseMessages } from './analysis/messages/messages.js';
import { positionAt } from './markdown/positions.js';
import { sourceOffset } from './markdown/prose.js';

export interface ConveyingDraft {
  file: string;
  line: number;
  column: number;
  team?: string;
  channel?: string;
  campaign?: string;
  lang: string;
  /** Through the text, an approved variant, or a paraphrase of either. */
  how: 'text' | 'variant' | 'paraphrase';
  score: number;
}

export interface Tally {
  drafts: number;
  conveying: number;
  /** Drafts that the message's `required_in` selects, and how many of those convey it: where none must, a cell is no gap. */
  required: number;
  requiredConveying: number;
}

export interface MessageCoverage {
  id: string;
  text: string;
  conveyedBy: ConveyingDraft[];
  driftedIn: { file: string; line: number; column: number }[];
  /** Drafts that `required_in` selects, and whether each conveys the message. */
  required: { file: string; conveyed: boolean }[];
  channels: Record<string, Tally>;
  teams: Record<string, Tally>;
  campaigns: Record<string, Tally>;
}

export interface CoverageReport {
  spec: string;
  drafts: number;
  channels: string[];
  teams: string[];
  campaigns: string[];
  messages: MessageCoverage[];
}

const locate = (draft: Draft, at: { block: Parameters<typeof sourceOffset>[0]; start: number }) => positionAt(draft.lineStarts, sourceOffset(at.block, at.start));

export function coverage(corpus: Corpus, displayPath: (file: string) => string): CoverageReport {
  const { spec, checked } = corpus;
  const drafts = [...checked].sort((a, b) => (a.file < b.file ? -1 : 1));
  const ids = (pick: (d: Draft) => string | undefined, declared: Iterable<string>) => [...new Set([...declared, ...drafts.map(pick).filter((v): v is string => v !== undefined)])];
  const channels = ids((d) => d.channel, spec.channels.keys());
  const teams = ids((d) => d.team, spec.teams.keys());
  const campaigns = ids((d) => d.campaign, spec.campaigns.keys());

  const messages = spec.messages.map((message): MessageCoverage => {
    const result: MessageCoverage = {
      id: message.id,
      text: message.text[spec.language] ?? Object.values(message.text)[0]!,
      conveyedBy: [],
      driftedIn: [],
      required: [],
      channels: Object.fromEntries(channels.map((c) => [c, { drafts: 0, conveying: 0, required: 0, requiredConveying: 0 }])),
      teams: Object.fromEntries(teams.map((t) => [t, { drafts: 0, conveying: 0, required: 0, requiredConveying: 0 }])),
      campaigns: Object.fromEntries(campaigns.map((c) => [c, { drafts: 0, conveying: 0, required: 0, requiredConveying: 0 }])),
    };
    for (const draft of drafts) {
      const analysis = analyseMessages(spec, draft).find((r) => r.message === message);
      const conveyed = analysis?.status === 'conveyed';
      const required = requires(message, draft);
      for (const [key, tally] of [
        [draft.channel, result.channels],
        [draft.team, result.teams],
        [draft.campaign, result.campaigns],
      ] as const) {
        if (key === undefined) continue;
        const cell = tally[key]!;
        cell.drafts++;
        if (conveyed) cell.conveying++;
        if (required) cell.required++;
        if (required && conveyed) cell.requiredConveying++;
      }
      if (required) result.required.push({ file: displayPath(draft.file), conveyed });
      if (analysis?.status === 'conveyed' && analysis.at && analysis.form) {
        const { line, column } = locate(draft, analysis.at);
        result.conveyedBy.push({
          file: displayPath(draft.file),
          line,
          column,
          ...(draft.team === undefined ? {} : { team: draft.team }),
          ...(draft.channel === undefined ? {} : { channel: draft.channel }),
          ...(draft.campaign === undefined ? {} : { campaign: draft.campaign }),
          lang: draft.lang,
          how: analysis.score >= 0.95 ? analysis.form.kind : 'paraphrase',
          score: Math.round(analysis.score * 100) / 100,
        });
      }
      // A draft that conveys the message is listed as conveying it, never also as drifting from it.
      if (!conveyed) for (const drift of analysis?.drifts ?? []) result.driftedIn.push({ file: displayPath(draft.file), ...locate(draft, drift.at) });
    }
    return result;
  });
  return { spec: displayPath(spec.file), drafts: drafts.length, channels, teams, campaigns, messages };
}
