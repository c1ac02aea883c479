// The JSON Schema of onevoice.yaml: one source for the loader's validation and for editors.

const id = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' } as const;
const idOrIds = { anyOf: [id, { type: 'array', items: id, minItems: 1 }] } as const;
const stringList = { type: 'array', items: { type: 'string', minLength: 1 } } as const;
const langKey = '^[a-z]{2,3}$';
const severity = { enum: ['error', 'warning', 'info'] } as const;
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
    team: idOrIds,
    channel: idOrIds,
    area: idOrIds,
    campaign: idOrIds,
    lang: {
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
    address: { enum: ['formal', 'informal'] },
    inclusive: { enum: ['colon', 'star', 'underscore', 'internal-i', 'pair', 'any'] },
    numbers: {
      type: 'object',
      additionalProperties: false,
      required: ['thousands'],
      properties: {
        thousands: {
          anyOf: [thousands, { type: 'object', propertyNames: { pattern: langKey }, additionalProperties: thousands }],
        },
      },
    },
    dates: {
      description: "How dates in running text are written, in the draft's language: one style for every language, or a map by language ({ de: long, en: iso }).",
      anyOf: [dateStyle, { type: 'object', minProperties: 1, propertyNames: { pattern: langKey }, additionalProperties: dateStyle }],
    },
    first_person: { enum: ['allowed', 'quotes-only'] },
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
  properties: { paths: stringList, voice },
} as const;

export const specSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'onevoice core-message spec',
  type: 'object',
  additionalProperties: false,
  required: ['version'],
  properties: {
    version: { const: 1 },
    language: { type: 'string', pattern: langKey },
    brand: { type: 'string' },
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
    teams: { type: 'object', propertyNames: id, additionalProperties: { anyOf: [pathsOwner, { type: 'null' }] } },
    channels: { type: 'object', propertyNames: id, additionalProperties: { anyOf: [pathsOwner, { type: 'null' }] } },
    areas: {
      type: 'object',
      propertyNames: id,
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['owner'],
        properties: { owner: idOrIds, reviewers: { type: 'array', items: id } },
      },
    },
    messages: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'text'],
        properties: {
          id,
          text: textPerLang,
          variants: {
            anyOf: [stringList, { type: 'object', propertyNames: { pattern: langKey }, additionalProperties: stringList }],
          },
          required_in: { type: 'array', items: selector },
          since,
          until,
          severity,
        },
      },
    },
    facts: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'context'],
        properties: {
          id,
          value: { anyOf: [{ type: 'number' }, { type: 'string' }] },
          unit: { type: 'string', minLength: 1 },
          kind: {
            enum: ['count', 'amount', 'percentage', 'money', 'duration', 'date', 'year', 'text'],
            description: 'What the figure is; only statements of this kind count. Inferred from value and unit when left out (2014 is a year, 6 a count, 14.90 EUR money).',
          },
          context: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
          severity,
        },
      },
    },
    terms: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['use'],
        properties: {
          use: { type: 'string', minLength: 1 },
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
                    form: { type: 'string', minLength: 1 },
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
          case_sensitive: { type: 'boolean' },
          compound: { enum: ['hyphenate'] },
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
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['reason'],
        properties: {
          phrase: { type: 'string', minLength: 1 },
          pattern: { type: 'string', minLength: 1 },
          reason: { type: 'string', minLength: 1 },
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
    voice,
    boilerplate: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'text'],
        properties: { id, text: textPerLang, required_in: { type: 'array', items: selector }, since, until, severity },
      },
    },
    campaigns: {
      type: 'object',
      propertyNames: id,
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: { unit: { type: 'array', items: id }, lead: id, messages: { type: 'array', items: id } },
      },
    },
    duplicates: {
      type: 'object',
      additionalProperties: false,
      properties: {
        min_words: { type: 'integer', minimum: 3 },
        threshold: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
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
              { type: 'object', additionalProperties: false, required: ['paths'], properties: { paths: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 } } },
            ],
          },
        },
      },
    },
    // Which keys name a rule is the rule registry's to say: the loader checks them against the
    // rules it loads the spec for, and `editorSchema` lists them for editors.
    rules: {
      type: 'object',
      additionalProperties: {
        anyOf: [
          ruleSeverity,
          {
            type: 'object',
            additionalProperties: false,
            minProperties: 1,
            description: "The rule's severity, and the drafts it holds by date.",
            properties: { severity: ruleSeverity, since, until },
          },
        ],
      },
    },
  },
} as const;

/** The schema editors get (src/spec/onevoice.schema.json): the spec's, with the rule ids as the keys `rules:` may name. */
export function editorSchema(ruleIds: readonly string[]) {
  const { type, additionalProperties } = specSchema.properties.rules;
  return { ...specSchema, properties: { ...specSchema.properties, rules: { type, propertyNames: { enum: [...ruleIds] }, additionalProperties } } };
}
