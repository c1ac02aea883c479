import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { resolveDraft } from '../../src/drafts/load.js';
import { parseDraft } from '../../src/markdown/parse.js';
import { analyse } from '../../src/engine/lint.js';
import { parseSpec } from '../../src/index.js';
import { FIXTURES } from '../helpers.js';
import { ruleNamed, ruleTester } from '../rule-tester.js';

const SPEC = `
version: 1
language: de
teams:
  marketing:      { paths: ["marketing/**"] }
  communications: { paths: ["pr/**"] }
channels:
  press: { paths: ["**/press/**"] }
  blog:  { paths: ["**/blog/**"] }
areas:
  press:    { owner: communications }
  branding: { owner: communications, reviewers: [marketing] }
messages:
  - id: roof
    text: "Kiezstrom liefert Ökostrom aus Berliner Solardächern direkt in die Nachbarschaft, und zwar seit 2019 ohne Umwege über Großkraftwerke, Strombörsen oder Zwischenhändler aus anderen Bundesländern."
boilerplate:
  - id: about
    required_in: [{ channel: press }]
    text: "Über Kiezstrom: Die Kiezstrom eG ist eine Berliner Energiegenossenschaft mit über 12.500 Mitgliedern. Sie betreibt Solaranlagen auf 186 Dächern in Neukölln, Treptow und Kreuzberg."
campaigns:
  sommer: { unit: [marketing, communications] }
`;

const ABOUT = 'Über Kiezstrom: Die Kiezstrom eG ist eine Berliner Energiegenossenschaft mit über 12.500 Mitgliedern. Sie betreibt Solaranlagen auf 186 Dächern in Neukölln, Treptow und Kreuzberg.';
const ANSWER =
  'Der Wechsel dauert in der Regel drei bis sechs Wochen. Wir kündigen Ihren alten Vertrag für Sie, melden den Zähler beim Netzbetreiber an und informieren Sie per E-Mail, sobald der erste Kiezstrom durch Ihre Leitung fließt.';
const REWORDED =
  'Ein Wechsel dauert in der Regel drei bis sechs Wochen. Wir kündigen Ihren bisherigen Vertrag für Sie, melden Ihren Zähler beim Netzbetreiber an und informieren Sie per E-Mail, sobald der erste Kiezstrom durch Ihre Leitungen fließt.';

// A draft of core-message text, the boilerplate, a code block and a short sentence: nothing in it counts.
const MESSAGE =
  'Kiezstrom liefert Ökostrom aus Berliner Solardächern direkt in die Nachbarschaft, und zwar seit 2019 ohne Umwege über Großkraftwerke, Strombörsen oder Zwischenhändler aus anderen Bundesländern.';
const SHARED = `${MESSAGE}\n\n${ABOUT}\n\n\`\`\`\n${ANSWER}\n\`\`\`\n\nDer Wechsel dauert drei bis sechs Wochen.\n`;
const QUOTED = `„${ANSWER.slice(0, 54)}“ – ${ANSWER.slice(55)}`;

ruleTester(ruleNamed('duplicate'), {
  valid: [
    {
      spec: SPEC,
      name: 'never counts boilerplate, core-message text, code or passages shorter than min_words',
      drafts: { 'marketing/a.md': SHARED, 'pr/b.md': SHARED },
    },
    {
      spec: SPEC,
      name: 'leaves unrelated passages on the same subject alone',
      drafts: {
        'marketing/a.md': ANSWER,
        'pr/b.md':
          'Eine Solaranlage auf dem Dach lohnt sich meist schon nach zehn Jahren. Entscheidend sind Ausrichtung, Verschattung und Statik des Gebäudes, die unser Technikteam vor Ort prüft und bewertet.',
      },
    },
  ],
  invalid: [
    {
      spec: SPEC,
      name: "reports an identical passage in another team's draft on both sides, each with the other as related",
      drafts: { 'marketing/faq.md': `# FAQ\n\n${ANSWER}\n`, 'pr/faq.md': `# Fragen\n\nIntro.\n\n${ANSWER}\n` },
      errors: [
        {
          file: 'marketing/faq.md',
          messageId: 'cross-team',
          line: 3,
          column: 1,
          severity: 'warning',
          message: 'Passage of 37 words stands identical in pr/faq.md, a draft of communications: two teams keep the same text',
          related: [{ file: 'pr/faq.md', line: 5, column: 1, message: 'identical (communications)' }],
        },
        { file: 'pr/faq.md', messageId: 'cross-team', line: 5, column: 1, severity: 'warning' },
      ],
    },
    {
      spec: SPEC,
      name: "finds a reworded copy, and says when the copy is the same team's",
      drafts: { 'marketing/a.md': ANSWER, 'marketing/b.md': REWORDED },
      errors: [
        { file: 'marketing/a.md', messageId: 'same-team', line: 1, column: 1, message: /^Passage of 37 words stands [89]\d % alike in b\.md$/ },
        { file: 'marketing/b.md', messageId: 'same-team', line: 1, column: 1 },
      ],
    },
    {
      spec: SPEC,
      name: "keeps quotes and dashes in the finding's message and excerpt",
      drafts: { 'marketing/a.md': QUOTED, 'pr/b.md': `Vorab.\n\n${QUOTED}` },
      errors: [
        { file: 'marketing/a.md', messageId: 'cross-team', line: 1, column: 1, message: /stands identical in b\.md/, excerpt: QUOTED.slice(0, 200) },
        { file: 'pr/b.md', messageId: 'cross-team', line: 3, column: 1 },
      ],
    },
  ],
});

describe('duplicate', () => {
  it("keeps quotes and dashes through a draft's summary, which holds one byte a character", () => {
    const spec = parseSpec(SPEC, '/virtual/content/onevoice.yaml');
    const draft = resolveDraft(spec, '/virtual/content/pr/b.md', parseDraft(QUOTED, '/virtual/content/pr/b.md'));
    const { summaries } = analyse(spec, draft, [ruleNamed('duplicate')], false);
    expect((summaries!.duplicate as { details: { excerpts: string[] } }).details.excerpts).toEqual([QUOTED.slice(0, 200)]);
  });

  it('compares with the whole corpus but reports only on the checked drafts', async () => {
    const folder = path.join(FIXTURES, 'rules', 'duplicate');
    const result = await check({ cwd: folder, patterns: [], teams: ['communications'], rules: [ruleNamed('duplicate')] });
    expect(result.findings.map((f) => `${path.relative(folder, f.file)}:${f.line}`)).toEqual(['pr/faq/presse-faq.md:7']);
  });
});

ruleTester(ruleNamed('boilerplate'), {
  valid: [
    {
      spec: SPEC,
      file: 'pr/press/a.md',
      name: 'accepts the block word for word, whatever its markup and line breaks',
      text: 'Text.\n\n**Über Kiezstrom:** Die Kiezstrom eG ist eine Berliner\nEnergiegenossenschaft mit über 12.500 Mitgliedern. Sie betreibt Solaranlagen auf 186 Dächern in Neukölln, Treptow und Kreuzberg.\n',
    },
    { spec: SPEC, file: 'marketing/blog/a.md', name: 'asks for the block only where required_in selects the draft', text: 'Kein Absatz über uns.\n' },
  ],
  invalid: [
    {
      spec: SPEC,
      file: 'pr/press/a.md',
      name: 'names what an edited copy changed, at the copy',
      text: `Text.\n\n${ABOUT.replace('12.500', '13.000').replace('Treptow und ', '')}\n`,
      errors: [{ messageId: 'edited', line: 3, column: 1, ref: 'about', message: 'Boilerplate `about` is edited: `13.000` instead of `12.500`, `Treptow und` missing' }],
    },
    {
      spec: SPEC,
      file: 'pr/press/a.md',
      name: 'reports a missing block at line 1',
      text: '# Pressemitteilung\n\nKein Absatz über uns.\n',
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
  ],
});

ruleTester(ruleNamed('double-work'), {
  valid: [
    {
      spec: SPEC,
      name: 'leaves one team writing two channels of a campaign alone',
      drafts: { 'pr/blog/b.md': '---\ncampaign: sommer\n---\nB.\n', 'pr/press/c.md': '---\ncampaign: sommer\n---\nC.\n' },
    },
  ],
  invalid: [
    {
      spec: SPEC,
      name: "points each team's draft for the same campaign and channel at the other",
      drafts: {
        'marketing/blog/a.md': '---\ncampaign: sommer\n---\nA.\n',
        'pr/blog/b.md': '---\ntitle: B\ncampaign: sommer\n---\nB.\n',
        'pr/press/c.md': '---\ncampaign: sommer\n---\nC.\n',
      },
      errors: [
        {
          file: 'marketing/blog/a.md',
          messageId: 'double-work',
          line: 2,
          column: 1,
          message: 'Double work: b.md of communications also writes the `blog` draft of campaign `sommer`',
          related: [{ line: 3, column: 1 }],
        },
        { file: 'pr/blog/b.md', messageId: 'double-work', line: 3, column: 1, related: [{ line: 2, column: 1 }] },
      ],
    },
  ],
});

/** A web page of the marketing team (or of `file`) with the given front matter. */
const page = (frontMatter: string, file = 'marketing/web/a.md') => ({ spec: SPEC, file, text: `---\n${frontMatter}\n---\nText.\n` });

ruleTester(ruleNamed('area-ownership'), {
  valid: [
    { ...page('area: branding', 'pr/web/a.md'), name: 'accepts the owner' },
    { ...page('area: branding\nreviewed_by: communications'), name: 'accepts sign-off by an owner' },
  ],
  invalid: [
    {
      ...page('title: Marke\narea: branding'),
      name: "flags a draft in another team's area without sign-off, at the area key",
      errors: [{ messageId: 'not-owner', line: 3, column: 1, ref: 'areas.branding', message: 'Area `branding` is owned by communications; a draft of marketing needs `reviewed_by: communications`' }],
    },
    { ...page('area: branding\nreviewed_by: marketing'), name: "does not take sign-off by the draft's own team", errors: [{ messageId: 'not-owner', line: 2, column: 1 }] },
    {
      ...page('area: events'),
      name: 'reports an area the spec does not declare',
      errors: [{ messageId: 'unknown-area', line: 2, column: 1, message: 'Area `events` is not declared in the spec (declared: press, branding)' }],
    },
  ],
});
