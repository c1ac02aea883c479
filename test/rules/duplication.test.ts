import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { resolveDraft } from '../../src/drafts/load.js';
import { parseDraft } from '../../src/markdown/parse.js';
import { analyse } from '../../src/engine/lint.js';
import { parseSpec } from '../../src/index.js';
import { rules } from '../../src/rules/index.js';
import { FIXTURES, lintDrafts } from '../helpers.js';

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
const ANSWER = 'Der Wechsel dauert in der Regel drei bis sechs Wochen. Wir kündigen Ihren alten Vertrag für Sie, melden den Zähler beim Netzbetreiber an und informieren Sie per E-Mail, sobald der erste Kiezstrom durch Ihre Leitung fließt.';
const REWORDED = 'Ein Wechsel dauert in der Regel drei bis sechs Wochen. Wir kündigen Ihren bisherigen Vertrag für Sie, melden Ihren Zähler beim Netzbetreiber an und informieren Sie per E-Mail, sobald der erste Kiezstrom durch Ihre Leitungen fließt.';

describe('duplicate', () => {
  it('reports an identical passage in another team\'s draft on both sides, each with the other as related', () => {
    const findings = lintDrafts(SPEC, { 'marketing/faq.md': `# FAQ\n\n${ANSWER}\n`, 'pr/faq.md': `# Fragen\n\nIntro.\n\n${ANSWER}\n` }, ['duplicate']);
    expect(findings.map((f) => [f.file, f.line, f.column, f.messageId, f.severity])).toEqual([
      ['marketing/faq.md', 3, 1, 'cross-team', 'warning'],
      ['pr/faq.md', 5, 1, 'cross-team', 'warning'],
    ]);
    expect(findings[0]?.message).toBe('Passage of 37 words stands identical in faq.md, a draft of communications: the same work done by two teams');
    expect(findings[0]?.related).toEqual([{ file: path.resolve('/virtual/content/pr/faq.md'), line: 5, column: 1, message: 'identical (communications)' }]);
  });

  it('finds a reworded copy, and says when the copy is the same team\'s', () => {
    const findings = lintDrafts(SPEC, { 'marketing/a.md': ANSWER, 'marketing/b.md': REWORDED }, ['duplicate']);
    expect(findings.map((f) => [f.file, f.messageId])).toEqual([
      ['marketing/a.md', 'same-team'],
      ['marketing/b.md', 'same-team'],
    ]);
    expect(findings[0]?.message).toMatch(/^Passage of 37 words stands [89]\d % alike in b\.md$/);
  });

  it('never counts boilerplate, core-message text, code or passages shorter than min_words', () => {
    const message = 'Kiezstrom liefert Ökostrom aus Berliner Solardächern direkt in die Nachbarschaft, und zwar seit 2019 ohne Umwege über Großkraftwerke, Strombörsen oder Zwischenhändler aus anderen Bundesländern.';
    const draft = `${message}\n\n${ABOUT}\n\n\`\`\`\n${ANSWER}\n\`\`\`\n\nDer Wechsel dauert drei bis sechs Wochen.\n`;
    expect(lintDrafts(SPEC, { 'marketing/a.md': draft, 'pr/b.md': draft }, ['duplicate'])).toEqual([]);
  });

  it('leaves unrelated passages on the same subject alone', () => {
    const other = 'Eine Solaranlage auf dem Dach lohnt sich meist schon nach zehn Jahren. Entscheidend sind Ausrichtung, Verschattung und Statik des Gebäudes, die unser Technikteam vor Ort prüft und bewertet.';
    expect(lintDrafts(SPEC, { 'marketing/a.md': ANSWER, 'pr/b.md': other }, ['duplicate'])).toEqual([]);
  });

  it('keeps quotes and dashes through a draft\'s summary, which holds one byte a character', () => {
    const quoted = `„${ANSWER.slice(0, 54)}“ – ${ANSWER.slice(55)}`;
    const findings = lintDrafts(SPEC, { 'marketing/a.md': quoted, 'pr/b.md': `Vorab.\n\n${quoted}` }, ['duplicate']);
    expect(findings.map((f) => [f.file, f.line, f.column, f.messageId])).toEqual([
      ['marketing/a.md', 1, 1, 'cross-team'],
      ['pr/b.md', 3, 1, 'cross-team'],
    ]);
    expect(findings[0]?.message).toContain('stands identical in b.md');
    expect(findings[0]?.excerpt).toBe(quoted.slice(0, 200));
    const spec = parseSpec(SPEC, '/virtual/content/onevoice.yaml');
    const draft = resolveDraft(spec, '/virtual/content/pr/b.md', parseDraft(quoted, '/virtual/content/pr/b.md'));
    const { summaries } = analyse(spec, draft, rules.filter((r) => r.id === 'duplicate'), false);
    expect((summaries!.duplicate as { details: { excerpts: string[] } }).details.excerpts).toEqual([quoted.slice(0, 200)]);
  });

  it('compares with the whole corpus but reports only on the checked drafts', async () => {
    const folder = path.join(FIXTURES, 'rules', 'duplicate');
    const result = await check({ cwd: folder, patterns: [], teams: ['communications'], rules: rules.filter((r) => r.id === 'duplicate') });
    expect(result.findings.map((f) => `${path.relative(folder, f.file)}:${f.line}`)).toEqual(['pr/faq/presse-faq.md:7', 'pr/faq/presse-faq.md:9']);
  });
});

describe('boilerplate', () => {
  it('accepts the block word for word, whatever its markup and line breaks', () => {
    expect(lintDrafts(SPEC, { 'pr/press/a.md': `Text.\n\n**Über Kiezstrom:** Die Kiezstrom eG ist eine Berliner\nEnergiegenossenschaft mit über 12.500 Mitgliedern. Sie betreibt Solaranlagen auf 186 Dächern in Neukölln, Treptow und Kreuzberg.\n` }, ['boilerplate'])).toEqual([]);
  });

  it('names what an edited copy changed, at the copy', () => {
    const edited = ABOUT.replace('12.500', '13.000').replace('Treptow und ', '');
    const [finding] = lintDrafts(SPEC, { 'pr/press/a.md': `Text.\n\n${edited}\n` }, ['boilerplate']);
    expect(finding).toMatchObject({ messageId: 'edited', line: 3, column: 1, ref: 'about', message: 'Boilerplate `about` is edited: `13.000` instead of `12.500`, `Treptow und` missing' });
  });

  it('reports a missing block at line 1, only where required_in selects the draft', () => {
    expect(lintDrafts(SPEC, { 'pr/press/a.md': '# Pressemitteilung\n\nKein Absatz über uns.\n' }, ['boilerplate']).map((f) => [f.line, f.column, f.messageId])).toEqual([[1, 1, 'missing']]);
    expect(lintDrafts(SPEC, { 'marketing/blog/a.md': 'Kein Absatz über uns.\n' }, ['boilerplate'])).toEqual([]);
  });
});

describe('double-work', () => {
  it('points each team\'s draft for the same campaign and channel at the other', () => {
    const drafts = {
      'marketing/blog/a.md': '---\ncampaign: sommer\n---\nA.\n',
      'pr/blog/b.md': '---\ntitle: B\ncampaign: sommer\n---\nB.\n',
      'pr/press/c.md': '---\ncampaign: sommer\n---\nC.\n',
    };
    const findings = lintDrafts(SPEC, drafts, ['double-work']);
    expect(findings.map((f) => [f.file, f.line, f.column, f.messageId, f.related?.map((r) => r.line)])).toEqual([
      ['marketing/blog/a.md', 2, 1, 'double-work', [3]],
      ['pr/blog/b.md', 3, 1, 'double-work', [2]],
    ]);
    expect(findings[0]?.message).toBe('Double work: b.md of communications also writes the `blog` draft of campaign `sommer`');
  });
});

describe('area-ownership', () => {
  const one = (frontMatter: string, file = 'marketing/web/a.md') => lintDrafts(SPEC, { [file]: `---\n${frontMatter}\n---\nText.\n` }, ['area-ownership']);

  it('flags a draft in another team\'s area without sign-off, at the area key', () => {
    expect(one('title: Marke\narea: branding')).toMatchObject([
      { messageId: 'not-owner', line: 3, column: 1, ref: 'areas.branding', message: 'Area `branding` is owned by communications; a draft of marketing needs `reviewed_by: communications`' },
    ]);
  });

  it('accepts the owner, and sign-off by an owner or reviewer, but not by the draft\'s own team', () => {
    expect(one('area: branding', 'pr/web/a.md')).toEqual([]);
    expect(one('area: branding\nreviewed_by: communications')).toEqual([]);
    expect(one('area: branding\nreviewed_by: marketing').map((f) => f.messageId)).toEqual(['not-owner']);
  });

  it('reports an area the spec does not declare', () => {
    expect(one('area: events')).toMatchObject([{ messageId: 'unknown-area', message: 'Area `events` is not declared in the spec (declared: press, branding)' }]);
  });
});
