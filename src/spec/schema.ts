// The JSON Schema of onevoice.yaml: one source for the loader's validation and for editors.

const id = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' } as const;
const idOrIds = { anyOf: [id, { type: 'array', items: id, minItems: 1 }] } as const;
const stringList = { type: 'array', items: { type: 'string', minLength: 1 } } as const;
const langKey = '^[a-z]{2,3}$';
const severity = { enum: ['error', 'warning', 'info'] } as const;

const selector = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
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
    dates: { enum: ['long', 'numeric', 'iso'] },
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
    ignore: stringList,
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
              'Where the claim is not flagged (default all): negated ("not bug-free"), quoted (in quotation marks or a block quote), named (part of a name or title), backed (a measurement, percentage, citation or link in its sentence).',
            items: { enum: ['negated', 'quoted', 'named', 'backed'] },
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
        properties: { id, text: textPerLang, required_in: { type: 'array', items: selector }, severity },
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
      },
    },
    // Which keys name a rule is the rule registry's to say: the loader checks them against the
    // rules it loads the spec for, and `editorSchema` lists them for editors.
    rules: {
      type: 'object',
      additionalProperties: { enum: ['error', 'warning', 'info', 'off'] },
    },
  },
} as const;

/** The schema editors get (src/spec/onevoice.schema.json): the spec's, with the rule ids as the keys `rules:` may name. */
export function editorSchema(ruleIds: readonly string[]) {
  const { type, additionalProperties } = specSchema.properties.rules;
  return { ...specSchema, properties: { ...specSchema.properties, rules: { type, propertyNames: { enum: [...ruleIds] }, additionalProperties } } };
}
