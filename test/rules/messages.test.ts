import { describe, expect, it } from 'vitest';
import { lintDrafts } from '../helpers.js';

const SPEC = `
version: 1
language: de
brand: Brisa Bikes
teams:
  marketing:      { paths: ["marketing/**"] }
  communications: { paths: ["pr/**"] }
channels:
  press: { paths: ["**/press/**"] }
  blog:  { paths: ["**/blog/**"] }
messages:
  - id: roof
    text:
      de: "Mit Brisa Bikes wird der Arbeitsweg elektrisch – ohne Kaufpreis und ohne Werkstattsorgen."
      en: "Brisa Bikes makes the daily commute electric – with no purchase price and no repair worries."
    variants:
      de: ["Elektrisch zur Arbeit – ohne Kaufpreis, ohne Werkstattsorgen."]
    required_in: [{ channel: press }]
  - id: data
    text:
      de: "Die Fahrdaten werden ausschließlich in Deutschland gespeichert."
      en: "Ride data is stored exclusively in Germany."
    required_in: [{ channel: press }]
  - id: trial
    text: "Die Probefahrt ist 30 Tage lang kostenfrei."
  - id: cancel
    text: "Das Abo ist monatlich kündbar."
`;

const CAMPAIGN = `${SPEC}campaigns:
  spring:
    unit: [marketing, communications]
    messages: [trial]
`;

const findings = (drafts: Record<string, string>, rule: string) => lintDrafts(SPEC, drafts, [rule]);
const summary = (list: ReturnType<typeof findings>) => list.map((f) => `${f.file}:${f.line}:${f.column} ${f.messageId}`);

const CONVEYS_BOTH = 'Mit Brisa Bikes wird der Arbeitsweg elektrisch – ohne Kaufpreis und ohne Werkstattsorgen.\nDie Fahrdaten werden ausschließlich in Deutschland gespeichert.\n';

describe('missing-message', () => {
  it('accepts the text, a variant and a paraphrase', () => {
    expect(findings({ 'pr/press/a.md': CONVEYS_BOTH }, 'missing-message')).toEqual([]);
    expect(findings({ 'pr/press/b.md': '# Elektrisch zur Arbeit – ohne Kaufpreis, ohne Werkstattsorgen\n\nIhre Fahrdaten speichern wir ausschließlich in Deutschland.\n' }, 'missing-message')).toEqual([]);
  });

  it('reports a required message the draft leaves out, at line 1, with its text', () => {
    const list = findings({ 'pr/press/c.md': '---\ntitle: Start\n---\n\nMit Brisa Bikes wird der Arbeitsweg elektrisch – ohne Kaufpreis und ohne Werkstattsorgen.\n' }, 'missing-message');
    expect(list).toMatchObject([{ ruleId: 'missing-message', messageId: 'draft', line: 1, column: 1, ref: 'data', message: 'Core message `data` is not conveyed; approved: “Die Fahrdaten werden ausschließlich in Deutschland gespeichert.”' }]);
  });

  it('is not fooled by a sentence that shares words but not the message', () => {
    const text = 'Der Arbeitsweg mit dem Auto kostet Zeit. Die Werkstatt um die Ecke hat Sorgen.\nDie Fahrdaten werden ausschließlich in Deutschland gespeichert.\n';
    expect(summary(findings({ 'pr/press/d.md': text }, 'missing-message'))).toEqual(['pr/press/d.md:1:1 draft']);
  });

  it('judges a draft in its own language, and only drafts that required_in selects', () => {
    expect(findings({ 'pr/press/e.md': '---\nlang: en\n---\nBrisa Bikes makes the daily commute electric, with no purchase price and no repair worries. Ride data is stored exclusively in Germany.\n' }, 'missing-message')).toEqual([]);
    expect(findings({ 'marketing/blog/f.md': 'Nichts davon.\n' }, 'missing-message')).toEqual([]);
  });

  it('reports a campaign message no draft of the campaign conveys, at the campaign in the spec', () => {
    const list = lintDrafts(CAMPAIGN, { 'marketing/blog/g.md': '---\ncampaign: spring\n---\nDie Probefahrt kostet nichts.\n' }, ['missing-message']);
    expect(list.map((f) => [f.file, f.line, f.column, f.messageId, f.message])).toEqual([
      ['onevoice.yaml', 29, 3, 'campaign', 'Campaign `spring` conveys core message `trial` in none of its drafts (1)'],
    ]);
    expect(lintDrafts(CAMPAIGN, { 'marketing/blog/h.md': '---\ncampaign: spring\n---\nDie Probefahrt ist 30 Tage lang kostenfrei.\n' }, ['missing-message'])).toEqual([]);
  });
});

describe('message-drift', () => {
  it('reports another number at the number', () => {
    expect(findings({ 'a.md': 'Gute Nachricht: Die Probefahrt ist 60 Tage lang kostenfrei.\n' }, 'message-drift')).toMatchObject([
      { messageId: 'number', line: 1, column: 36, endColumn: 38, ref: 'trial', message: 'Core message `trial` says 60 instead of 30; approved: “Die Probefahrt ist 30 Tage lang kostenfrei.”' },
    ]);
  });

  it('reports a negation and a swapped name', () => {
    const text = 'Das Abo ist nicht monatlich kündbar.\n\nDie Fahrdaten werden ausschließlich in Europa gespeichert.\n';
    expect(summary(findings({ 'a.md': text }, 'message-drift'))).toEqual(['a.md:1:13 negation', 'a.md:3:40 term']);
    expect(findings({ 'a.md': text }, 'message-drift')[1]?.message).toBe(
      'Core message `data` says `Europa` instead of `Deutschland`; approved: “Die Fahrdaten werden ausschließlich in Deutschland gespeichert.”',
    );
  });

  it('leaves faithful paraphrases and unrelated negations alone', () => {
    const text = 'Das Abo ist jeden Monat kündbar. Die Probefahrt bleibt 30 Tage lang kostenfrei, Haken gibt es nicht.\nIhre Fahrdaten liegen ausschließlich in Deutschland gespeichert.\n';
    expect(findings({ 'a.md': text }, 'message-drift')).toEqual([]);
  });

  it('leaves a sentence alone that is not recognisably the message', () => {
    expect(findings({ 'a.md': 'In Europa gibt es viele Daten.\n' }, 'message-drift')).toEqual([]);
  });
});
