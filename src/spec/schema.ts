// The JSON Schema of onevoice.yaml: one source for the loader's validation and for editors.

const id = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' } as const;
const idOrIds = { anyOf: [id, { type: 'array', items: id, minItems: 1 }] } as const;
const stringList = { type: 'array', items: { type: 'string', minLength: 1 } } as const;
const langKey = '^[a-z]{2,3}$';
const severity = { enum: ['error', 'warning', 'info'], description: "This entry's severity, in place of its rule's (error fails the check; warning and info do not)." } as const;
const ruleSeverity = { enum: ['error', 'warning', 'info', 'off'] } as const;

/** The pattern of a calendar date; the loader checks that the day exists. */
export const DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
const since = { type: 'string', pattern: DATE_PATTERN, description: 'Only drafts dated on or after this day (YYYY-MM-DD); a draft without a date counts as current.' } as const;
const until = { type: 'string', pattern: DATE_PATTERN, description: 'Only drafts dated on or before this day (YYYY-MM-DD); a draft without a date counts as current, so it is left out.' } as const;
const frontMatterValue = { anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] } as const;

const selector = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    front_matter: {
      type: 'object',
      minProperties: 1,
      description: 'Front-matter keys and the values that select a draft (a list: any of them); a draft without the key is not selected.',
      additionalProperties: { anyOf: [frontMatterValue, { type: 'array', items: frontMatterValue, minItems: 1 }] },
    },
    since,
    until,
    team: { ...idOrIds, description: 'Drafts of this team (or of any of these teams).' },
    channel: { ...idOrIds, description: 'Drafts for this channel (or any of these channels).' },
    area: { ...idOrIds, description: 'Drafts in this area (or any of these areas).' },
    campaign: { ...idOrIds, description: 'Drafts of this campaign (or any of these campaigns).' },
    lang: {
      description: 'Drafts in this language (or any of these languages): codes such as de, en.',
      anyOf: [
        { type: 'string', pattern: langKey },
        { type: 'array', items: { type: 'string', pattern: langKey } },
      ],
    },
  },
} as const;

const thousands = { enum: ['.', ' ', ',', "'", '\u202f', '\u00a0'] } as const;
const dateStyle = { enum: ['long', 'numeric', 'iso'] } as const;

const voice = {
  type: 'object',
  additionalProperties: false,
  properties: {
    address: { enum: ['formal', 'informal'], description: 'German drafts: formal address (Sie) or informal (du); the other form, or both mixed, is flagged.' },
    inclusive: {
      enum: ['colon', 'star', 'underscore', 'internal-i', 'pair', 'any'],
      description: 'German drafts: the gender-inclusive form to write (Kund:innen, Kund*innen, Kund_innen, KundInnen, Kundinnen und Kunden), or any; other forms and mixed styles are flagged.',
    },
    numbers: {
      type: 'object',
      additionalProperties: false,
      required: ['thousands'],
      description: 'How figures are written.',
      properties: {
        thousands: {
          description: 'The thousands separator (4.800, 4,800, 4 800, 4\'800) for drafts in the spec\'s language, or a map by language ({ de: ".", en: "," }).',
          anyOf: [thousands, { type: 'object', propertyNames: { pattern: langKey }, additionalProperties: thousands }],
        },
      },
    },
    dates: {
      description: "How dates in running text are written, in the draft's language: one style for every language, or a map by language ({ de: long, en: iso }).",
      anyOf: [dateStyle, { type: 'object', minProperties: 1, propertyNames: { pattern: langKey }, additionalProperties: dateStyle }],
    },
    first_person: { enum: ['allowed', 'quotes-only'], description: 'quotes-only: first person (wir, uns; we, our, I) only inside quotation marks, as press releases quote people.' },
  },
} as const;

const textPerLang = {
  anyOf: [
    { type: 'string', minLength: 1 },
    { type: 'object', minProperties: 1, propertyNames: { pattern: langKey }, additionalProperties: { type: 'string', minLength: 1 } },
  ],
} as const;

const pathsOwner = {
  type: 'object',
  additionalProperties: false,
  properties: {
    paths: { ...stringList, description: "Globs of drafts (relative to the spec's folder) that belong here when their front matter does not say; a check warns when they match no draft." },
    voice: { ...voice, description: 'Voice settings for these drafts, over the top-level voice.' },
  },
} as const;

export const specSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'onevoice core-message spec',
  type: 'object',
  additionalProperties: false,
  required: ['version'],
  properties: {
    version: { const: 1, description: 'The spec format version: 1.' },
    language: { type: 'string', pattern: langKey, description: 'The language of drafts whose front matter, path or text names none: a code such as de or en (not a name: "de", not "german").' },
    brand: { type: 'string', description: "The brand's name as it is written." },
    ignore: {
      type: 'array',
      description: 'Drafts never checked nor compared: globs of paths under the spec folder, or selectors (`front_matter: { draft: true }`).',
      items: { anyOf: [{ type: 'string', minLength: 1 }, selector] },
    },
    include: {
      ...stringList,
      description:
        "Globs of files that are drafts although discovery leaves such files out: README, CHANGELOG, CONTRIBUTING, LICENSE and CODE_OF_CONDUCT files, vendor folders (vendor/, node_modules/, bower_components/ …) and files a .gitignore names. The spec's `ignore` still wins.",
    },
    languages: {
      type: 'object',
      description: 'Drafts\' languages by path, where their front matter names none: each language with the globs of its drafts ({ en: ["en/**", "**/*.en.md"] }); the first that matches counts.',
      propertyNames: { pattern: langKey },
      additionalProperties: { ...stringList, minItems: 1 },
    },
    front_matter: {
      type: 'object',
      additionalProperties: false,
      description: "How drafts' front matter is read.",
      properties: {
        prose: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          uniqueItems: true,
          description: 'Top-level keys whose string values are prose, checked at their place in the front matter (default: title, description, excerpt, summary); [] for none.',
        },
      },
    },
    ignore_sections: {
      ...stringList,
      description: 'Headings whose sections are not prose for any rule (`*` any text, case ignored); a section runs to the next heading of the same or a higher level.',
    },
    teams: {
      type: 'object',
      description: 'Who writes drafts, by id (marketing, communications …): each with the paths of its drafts and its voice. A draft names its team in front matter `team:`, else by these paths.',
      propertyNames: id,
      additionalProperties: { anyOf: [pathsOwner, { type: 'null' }] },
    },
    channels: {
      type: 'object',
      description: 'Where drafts go, by id (press, blog, ad, social …): each with the paths of its drafts and its voice. A draft names its channel in front matter `channel:`, else by these paths.',
      propertyNames: id,
      additionalProperties: { anyOf: [pathsOwner, { type: 'null' }] },
    },
    areas: {
      type: 'object',
      description: 'The contested areas (press, advertising …), each with the team that owns it; a draft of another team in the area needs `reviewed_by` from an owner or reviewer.',
      propertyNames: id,
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['owner'],
        properties: {
          owner: { ...idOrIds, description: 'The team (or teams) that owns the area.' },
          reviewers: { type: 'array', items: id, description: 'Teams that may sign off drafts of the area (`reviewed_by` in their front matter).' },
        },
      },
    },
    messages: {
      type: 'array',
      description: 'Core messages: sentences that must be conveyed (the message house), in their wordings, and where.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'text'],
        properties: {
          id: { ...id, description: 'The message id that findings, campaigns and coverage name.' },
          text: { ...textPerLang, description: "The message: one text in the spec's language, or one per language ({ de: …, en: … })." },
          variants: {
            description: 'Approved other wordings: a list, or lists by language.',
            anyOf: [stringList, { type: 'object', propertyNames: { pattern: langKey }, additionalProperties: stringList }],
          },
          required_in: { type: 'array', items: selector, description: 'The drafts that must convey the message: selectors whose keys must all hold, any one selector of the list.' },
          since,
          until,
          severity,
        },
      },
    },
    facts: {
      type: 'array',
      description: 'Approved facts: figures, dates and values every draft must state alike.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'context'],
        properties: {
          id: { ...id, description: 'The fact id that findings name.' },
          value: {
            description:
              'The approved value: a number, a date (YYYY-MM-DD) or text. Quote figures with separators ("52.000", "4,800"): they are read as the spec\'s language writes them; a figure with its unit in one string ("29 Euro", "99 %", "6 Wochen") is read as value and unit. Without a value, drafts must agree with each other.',
            anyOf: [{ type: 'number' }, { type: 'string' }],
          },
          unit: { type: 'string', minLength: 1, description: 'The unit a figure must carry to state the fact: EUR (€, Euro), USD, CHF, GBP, %, or a unit word (Wochen, km).' },
          kind: {
            enum: ['count', 'amount', 'percentage', 'money', 'duration', 'date', 'year', 'text'],
            description: 'What the figure is; only statements of this kind count. Inferred from value and unit when left out (2014 is a year, 6 a count, 14.90 EUR money).',
          },
          context: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            minItems: 1,
            description: 'Words (stemmed, any language) that mark a sentence as a statement of the fact: Kunden, customers.',
          },
          severity,
        },
      },
    },
    terms: {
      type: 'array',
      description: 'Terminology: the word to use and the forms to avoid; inflected forms match too.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['use'],
        properties: {
          use: { type: 'string', minLength: 1, description: 'The approved term, offered as the fix.' },
          avoid: {
            type: 'array',
            description: 'Forms to flag: a string, or { form, case_sensitive } to set how one form matches casing.',
            items: {
              anyOf: [
                { type: 'string', minLength: 1 },
                {
                  type: 'object',
                  additionalProperties: false,
                  required: ['form'],
                  properties: {
                    form: { type: 'string', minLength: 1, description: 'The form to flag.' },
                    case_sensitive: {
                      type: 'boolean',
                      description:
                        'true: only this casing; false: any casing, all-lowercase words too. Unset: any casing, but a form with capitals leaves all-lowercase words (program names, slugs) alone.',
                    },
                  },
                },
              ],
            },
          },
          case_sensitive: { type: 'boolean', description: 'true: `use` only in this exact casing; other casings are flagged too.' },
          compound: { enum: ['hyphenate'], description: 'hyphenate: compounds with the term take hyphens ("Brisa-Bikes-Händler", not "Brisa Bikes Händler").' },
          lang: {
            description: 'The draft languages the term holds in; all when absent.',
            anyOf: [
              { type: 'string', pattern: langKey },
              { type: 'array', items: { type: 'string', pattern: langKey }, minItems: 1 },
            ],
          },
          severity,
        },
      },
    },
    claims: {
      type: 'array',
      description: 'Forbidden claims, each with the reason the finding gives: a phrase or a regular expression.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['reason'],
        properties: {
          phrase: { type: 'string', minLength: 1, description: 'The claim as words; inflection-aware, case ignored (Marktführer, market leader).' },
          pattern: { type: 'string', minLength: 1, description: 'The claim as a JavaScript regular expression, case ignored.' },
          reason: { type: 'string', minLength: 1, description: 'Why the claim is not allowed: the message of its findings.' },
          exempt: {
            type: 'array',
            description:
              'Where the claim is not flagged (default all): negated ("not bug-free"), quoted (in quotation marks or a block quote), named (part of a name or title), backed (a measurement, percentage, citation or link in its sentence), counted (an ordinal that counts, not ranks in a scope: "das erste Mal", "the first of three"), targeted (set as a target for a year: "100 % erneuerbar bis 2035").',
            items: { enum: ['negated', 'quoted', 'named', 'backed', 'counted', 'targeted'] },
            uniqueItems: true,
          },
          severity,
        },
        oneOf: [{ required: ['phrase'] }, { required: ['pattern'] }],
      },
    },
    voice: { ...voice, description: 'How drafts address readers and write figures and dates; teams and channels may set their own (top level < team < channel).' },
    boilerplate: {
      type: 'array',
      description: 'Fixed blocks of text (the "About us" of a press release) that must stand unedited where required.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'text'],
        properties: {
          id: { ...id, description: 'The boilerplate id that findings name.' },
          text: { ...textPerLang, description: "The block as it must stand: one text in the spec's language, or one per language." },
          required_in: { type: 'array', items: selector, description: 'The drafts that must carry the block: selectors whose keys must all hold, any one selector of the list.' },
          since,
          until,
          severity,
        },
      },
    },
    campaigns: {
      type: 'object',
      description: 'Campaigns as virtual units: drafts of several teams (front matter `campaign:`) that together must convey their messages.',
      propertyNames: id,
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          unit: { type: 'array', items: id, description: 'The teams that work on the campaign together.' },
          lead: { ...id, description: 'The team that leads the campaign.' },
          messages: { type: 'array', items: id, description: 'Message ids each conveyed by at least one draft of the campaign.' },
        },
      },
    },
    duplicates: {
      type: 'object',
      additionalProperties: false,
      description: 'How the duplicate rule finds passages that stand in two drafts.',
      properties: {
        min_words: { type: 'integer', minimum: 3, description: 'The fewest words a duplicated passage has (default 25).' },
        threshold: { type: 'number', exclusiveMinimum: 0, maximum: 1, description: 'How alike two passages must be to count as one, from 0 to 1 (default 0.8).' },
        template_min: {
          type: 'integer',
          minimum: 2,
          description:
            'A passage in this many drafts of one team or more is a template: reported once (info), not as a copy in each draft; so is a heading, and entries copied between sections of that heading are carried over, not duplicated. Default 3.',
        },
        allow: {
          type: 'array',
          description: 'Declared templates, never reported as duplicates: a passage of text (reworded figures aside), or `{ paths: [globs] }` for drafts whose passages are templates.',
          items: {
            oneOf: [
              { type: 'string', minLength: 1 },
              {
                type: 'object',
                additionalProperties: false,
                required: ['paths'],
                properties: { paths: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, description: 'Globs of drafts whose passages are templates.' } },
              },
            ],
          },
        },
      },
    },
    // Which keys name a rule is the rule registry's to say: the loader checks them against the
    // rules it loads the spec for, and `editorSchema` lists them for editors.
    rules: {
      type: 'object',
      description: 'Severity by rule id: error, warning, info or off, or { severity, since, until } to hold a rule for drafts of some dates only.',
      additionalProperties: {
        anyOf: [
          ruleSeverity,
          {
            type: 'object',
            additionalProperties: false,
            minProperties: 1,
            description: "The rule's severity, and the drafts it holds by date.",
            properties: { severity: { ...ruleSeverity, description: "The rule's severity: error, warning, info, or off." }, since, until },
          },
        ],
      },
    },
  },
} as const;

/** The schema editors get (src/spec/onevoice.schema.json): the spec's, with the rule ids as the keys `rules:` may name. */
export function editorSchema(ruleIds: readonly string[]) {
  const { type, description, additionalProperties } = specSchema.properties.rules;
  return { ...specSchema, properties: { ...specSchema.properties, rules: { type, description, propertyNames: { enum: [...ruleIds] }, additionalProperties } } };
}
