// Schema validation of the raw spec, with each error pointed at its YAML node.

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { codeForName } from '../languages/names.js';
import { closest } from '../util/closest.js';
import { DATE_PATTERN, specSchema } from './schema.js';

const require = createRequire(import.meta.url);

export const AJV_OPTIONS = { allErrors: true, strict: true, strictRequired: false, verbose: true } as const;

/** The validator as standalone code, written by the build (src/spec/standalone.ts) beside this module. */
export const STANDALONE = new URL('./spec-validator.cjs', import.meta.url);

export interface SchemaProblem {
  /** Path of the offending node in the spec document. */
  path: (string | number)[];
  /** Point at the key of the last path segment rather than at its value. */
  atKey: boolean;
  message: string;
}

let validator: ValidateFunction | undefined;

/** The built validator; from the TypeScript sources (tests), the schema compiled here. */
function compiled(): ValidateFunction {
  if (validator) return validator;
  if (existsSync(STANDALONE)) return (validator = require(STANDALONE.pathname) as ValidateFunction);
  const { Ajv } = require('ajv') as typeof import('ajv');
  return (validator = new Ajv(AJV_OPTIONS).compile(specSchema));
}

const TYPE_WORDS: Record<string, string> = {
  array: 'a list',
  object: 'a mapping',
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'empty',
};

function pathOf(error: ErrorObject): (string | number)[] {
  return error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** `terms[0].avoid` for [terms, 0, avoid]: the way findings and errors name spec entries. */
export function describePath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out || 'the spec';
}

/** A key of the mapping at `path` that is none of `known`, with the nearest one as a hint. */
export function unknownKey(path: (string | number)[], key: string, known: readonly string[]): SchemaProblem {
  const suggestion = closest(key, known);
  return { path: [...path, key], atKey: true, message: `unknown key "${key}" in ${describePath(path)}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}` };
}

function describe(error: ErrorObject, sameSpot: ErrorObject[]): SchemaProblem {
  const path = pathOf(error);
  const where = describePath(path);
  if (error.propertyName !== undefined) {
    if (error.keyword === 'enum') return unknownKey(path, error.propertyName, error.params.allowedValues as string[]);
    const code = codeForName(error.propertyName);
    if (code) return { path: [...path, error.propertyName], atKey: true, message: `"${error.propertyName}" in ${where} is not a language code; did you mean "${code}"?` };
    return { path: [...path, error.propertyName], atKey: true, message: `invalid key "${error.propertyName}" in ${where}` };
  }
  switch (error.keyword) {
    case 'additionalProperties':
      return unknownKey(path, String(error.params.additionalProperty), Object.keys((error.parentSchema as { properties?: object }).properties ?? {}));
    case 'propertyNames': {
      const key = String(error.params.propertyName);
      return { path: [...path, key], atKey: true, message: `"${key}" is not allowed as a key in ${where}` };
    }
    case 'required':
      return { path, atKey: false, message: `${where} needs "${String(error.params.missingProperty)}"` };
    case 'type': {
      const types = [...new Set(sameSpot.filter((e) => e.keyword === 'type').flatMap((e) => [e.params.type as string | string[]].flat()))];
      // A value that may be one of some words or a mapping (voice.dates, numbers.thousands) names both.
      const words = sameSpot.find((e) => e.keyword === 'enum')?.params.allowedValues as unknown[] | undefined;
      const oneOfWords = words ? `one of ${words.map((v) => JSON.stringify(v)).join(', ')} or ` : '';
      return { path, atKey: false, message: `${where} must be ${oneOfWords}${types.map((t) => TYPE_WORDS[t] ?? t).join(' or ')}` };
    }
    case 'enum':
      return { path, atKey: false, message: `${where} must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'const':
      return { path, atKey: false, message: `${where} must be ${JSON.stringify(error.params.allowedValue)}` };
    case 'pattern':
      if (error.params.pattern === DATE_PATTERN) return { path, atKey: false, message: `${where} must be a date (YYYY-MM-DD)` };
      // `language: german`: a language's name where its code belongs.
      if (typeof error.data === 'string' && codeForName(error.data))
        return { path, atKey: false, message: `${where} "${error.data}" is not a language code; did you mean "${codeForName(error.data)!}"?` };
      return { path, atKey: false, message: `${where} is not a valid id or language code` };
    case 'oneOf':
      return { path, atKey: false, message: `${where} needs exactly one of "phrase" and "pattern"` };
    default:
      return { path, atKey: false, message: `${where} ${error.message ?? 'is invalid'}` };
  }
}

function isKeyError(e: ErrorObject): boolean {
  return e.keyword === 'additionalProperties' || e.keyword === 'propertyNames' || e.propertyName !== undefined;
}

/** The first schema problem of a raw spec, or undefined when it fits the schema. */
export function validateSchema(raw: unknown): SchemaProblem | undefined {
  const validate = compiled();
  if (validate(raw)) return undefined;
  const errors = validate.errors ?? [];
  // anyOf branches report one error each; the deepest specific error says most.
  const specific = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'if');
  const pool = specific.length > 0 ? specific : errors;
  const depth = (e: ErrorObject) => e.instancePath.split('/').length + (isKeyError(e) ? 1 : 0);
  const first = pool.reduce((best, e) => (depth(e) > depth(best) ? e : best));
  const sameSpot = pool.filter((e) => e.instancePath === first.instancePath);
  // A value that fits no branch: prefer naming the types over one branch's detail.
  // A word where a word or a mapping may stand (`rules: { term: warn }`): the words it may be say most.
  const typeError = sameSpot.find((e) => e.keyword === 'enum' && typeof e.data === 'string') ?? sameSpot.find((e) => e.keyword === 'type');
  const oneOf = errors.find((e) => e.keyword === 'oneOf' && e.instancePath === first.instancePath);
  if (first.keyword === 'required' && oneOf) return describe(oneOf, sameSpot);
  // `lang: english` fits no branch of a code or a list of codes: the name says more than the types.
  const languageName = sameSpot.find((e) => e.keyword === 'pattern' && typeof e.data === 'string' && codeForName(e.data) !== undefined);
  if (languageName) return describe(languageName, sameSpot);
  return describe(typeError && !isKeyError(first) ? typeError : first, sameSpot);
}
