// Broken specs and the error each must give (line:column message); shared by the loader's tests
// and the test that holds the JSON Schema to the same verdicts.

export const SPEC_ERRORS: [name: string, yaml: string, expected: string][] = [
  ['unknown key', 'version: 1\nterms:\n  - use: x\n    avoids: [y]\n', '4:5 unknown key "avoids" in terms[0] (did you mean "avoid"?)'],
  ['unknown top-level key', 'version: 1\nmesages: []\n', '2:1 unknown key "mesages" in the spec (did you mean "messages"?)'],
  ['wrong type', 'version: 1\nterms:\n  - use: x\n    avoid: gratis\n', '4:12 terms[0].avoid must be a list'],
  ['string or mapping', 'version: 1\nmessages:\n  - id: a\n    text: 5\n', '4:11 messages[0].text must be a string or a mapping'],
  ['bad enum', 'version: 1\nvoice: { address: formel }\n', '2:19 voice.address must be one of "formal", "informal"'],
  ['missing version', 'language: de\n', '1:1 the spec needs "version"'],
  ['wrong version', 'version: 2\n', '1:10 version must be 1'],
  ['unknown rule', 'version: 1\nrules: { termz: off }\n', '2:10 unknown key "termz" in rules (did you mean "term"?)'],
  ['bad severity', 'version: 1\nrules: { term: fatal }\n', '2:16 rules.term must be one of "error", "warning", "info", "off"'],
  ['claim without phrase or pattern', 'version: 1\nclaims:\n  - reason: r\n', '3:5 claims[0] needs exactly one of "phrase" and "pattern"'],
  ['regex that does not compile', 'version: 1\nclaims:\n  - pattern: "(abc"\n    reason: r\n', '3:14 claims[0].pattern is not a valid regular expression: /(abc/gi: Unterminated group'],
  ['unknown team', 'version: 1\nteams: { marketing: {} }\nareas:\n  press: { owner: comms }\n', '4:19 unknown team "comms" in areas.press.owner'],
  [
    'unknown channel in a selector',
    'version: 1\nchannels: { press: {} }\nmessages:\n  - id: m\n    text: t\n    required_in: [{ channel: [press, blgo] }]\n',
    '6:38 unknown channel "blgo" in messages[0].required_in[0].channel',
  ],
  [
    'unknown message in a campaign',
    'version: 1\nmessages: [{ id: roof, text: t }]\ncampaigns:\n  spring: { messages: [roof, pillar] }\n',
    '4:30 unknown message "pillar" in campaigns.spring.messages',
  ],
  ['duplicate message id', 'version: 1\nmessages:\n  - { id: roof, text: a }\n  - { id: roof, text: b }\n', '4:11 duplicate message id "roof"'],
  ['invalid date', 'version: 1\nfacts:\n  - { id: launch, value: 2026-02-31, context: [Start] }\n', '3:26 facts[0].value "2026-02-31" is not a valid date'],
  ['YAML syntax', 'version: 1\nterms: [\n', '3:1 invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
  ['duplicate key', 'version: 1\nlanguage: de\nlanguage: en\n', '3:1 invalid YAML: Map keys must be unique'],
  ['empty file', '', '1:1 the spec is empty; it needs at least "version: 1"'],
];

/** The cases only the loader can judge: ids that must exist, regexes that must compile, dates that must be real. */
export const SEMANTIC_ONLY = new Set([
  'regex that does not compile',
  'unknown team',
  'unknown channel in a selector',
  'unknown message in a campaign',
  'duplicate message id',
  'invalid date',
  'duplicate key',
]);
