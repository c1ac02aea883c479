import { ruleNamed, ruleTester } from '../rule-tester.js';

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

const CONVEYS_BOTH = 'Mit Brisa Bikes wird der Arbeitsweg elektrisch – ohne Kaufpreis und ohne Werkstattsorgen.\nDie Fahrdaten werden ausschließlich in Deutschland gespeichert.\n';

ruleTester(ruleNamed('missing-message'), {
  valid: [
    { spec: SPEC, file: 'pr/press/a.md', name: 'accepts the text', text: CONVEYS_BOTH },
    {
      spec: SPEC,
      file: 'pr/press/b.md',
      name: 'accepts a variant and a paraphrase',
      text: '# Elektrisch zur Arbeit – ohne Kaufpreis, ohne Werkstattsorgen\n\nIhre Fahrdaten speichern wir ausschließlich in Deutschland.\n',
    },
    {
      spec: SPEC,
      file: 'pr/press/e.md',
      name: 'judges a draft in its own language',
      text: '---\nlang: en\n---\nBrisa Bikes makes the daily commute electric, with no purchase price and no repair worries. Ride data is stored exclusively in Germany.\n',
    },
    { spec: SPEC, file: 'marketing/blog/f.md', name: 'judges only drafts that required_in selects', text: 'Nichts davon.\n' },
    {
      spec: CAMPAIGN,
      file: 'marketing/blog/h.md',
      name: 'accepts a campaign whose draft conveys its message',
      text: '---\ncampaign: spring\n---\nDie Probefahrt ist 30 Tage lang kostenfrei.\n',
    },
  ],
  invalid: [
    {
      spec: SPEC,
      file: 'pr/press/c.md',
      name: 'reports a required message the draft leaves out, at line 1, with its text',
      text: '---\ntitle: Start\n---\n\nMit Brisa Bikes wird der Arbeitsweg elektrisch – ohne Kaufpreis und ohne Werkstattsorgen.\n',
      errors: [{ messageId: 'draft', line: 1, column: 1, ref: 'data', message: 'Core message `data` is not conveyed; approved: “Die Fahrdaten werden ausschließlich in Deutschland gespeichert.”' }],
    },
    {
      spec: SPEC,
      file: 'pr/press/d.md',
      name: 'is not fooled by a sentence that shares words but not the message',
      text: 'Der Arbeitsweg mit dem Auto kostet Zeit. Die Werkstatt um die Ecke hat Sorgen.\nDie Fahrdaten werden ausschließlich in Deutschland gespeichert.\n',
      errors: [{ messageId: 'draft', line: 1, column: 1 }],
    },
    {
      spec: CAMPAIGN,
      file: 'marketing/blog/g.md',
      name: 'reports a campaign message no draft of the campaign conveys, at the campaign in the spec',
      text: '---\ncampaign: spring\n---\nDie Probefahrt kostet nichts.\n',
      errors: [{ file: 'onevoice.yaml', messageId: 'campaign', line: 29, column: 3, message: 'Campaign `spring` conveys core message `trial` in none of its drafts (1)' }],
    },
  ],
});

ruleTester(ruleNamed('message-drift'), {
  valid: [
    {
      spec: SPEC,
      name: 'leaves faithful paraphrases and unrelated negations alone',
      text: 'Das Abo ist jeden Monat kündbar. Die Probefahrt bleibt 30 Tage lang kostenfrei, Haken gibt es nicht.\nIhre Fahrdaten liegen ausschließlich in Deutschland gespeichert.\n',
    },
    { spec: SPEC, name: 'leaves a sentence alone that is not recognisably the message', text: 'In Europa gibt es viele Daten.\n' },
  ],
  invalid: [
    {
      spec: SPEC,
      name: 'reports another number at the number',
      text: 'Gute Nachricht: Die Probefahrt ist 60 Tage lang kostenfrei.\n',
      errors: [
        { messageId: 'number', line: 1, column: 36, endColumn: 38, ref: 'trial', message: 'Core message `trial` says 60 instead of 30; approved: “Die Probefahrt ist 30 Tage lang kostenfrei.”' },
      ],
    },
    {
      spec: SPEC,
      name: 'reports a negation and a swapped name',
      text: 'Das Abo ist nicht monatlich kündbar.\n\nDie Fahrdaten werden ausschließlich in Europa gespeichert.\n',
      errors: [
        { messageId: 'negation', line: 1, column: 13 },
        {
          messageId: 'term',
          line: 3,
          column: 40,
          message: 'Core message `data` says `Europa` instead of `Deutschland`; approved: “Die Fahrdaten werden ausschließlich in Deutschland gespeichert.”',
        },
      ],
    },
  ],
});
