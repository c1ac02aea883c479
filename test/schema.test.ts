// The JSON Schema shipped for editors says what the loader says about the same specs.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseSpec } from '../src/index.js';
import { ruleIds } from '../src/rules/index.js';
import { editorSchema } from '../src/spec/schema.js';
import { FIXTURES, ROOT } from './helpers.js';
import { SEMANTIC_ONLY, SPEC_ERRORS } from './spec-cases.js';

const shipped = JSON.parse(readFileSync(path.join(ROOT, 'src', 'spec', 'onevoice.schema.json'), 'utf8')) as object;
const validate = new Ajv({ strict: false }).compile(shipped);
const loads = (yaml: string) => {
  try {
    parseSpec(yaml, '/specs/onevoice.yaml');
    return true;
  } catch {
    return false;
  }
};
const fitsSchema = (yaml: string) => {
  let data: unknown;
  try {
    data = parse(yaml, { uniqueKeys: false });
  } catch {
    return false;
  }
  return validate(data ?? undefined);
};

describe('the shipped JSON Schema', () => {
  it('is the schema the loader validates with (run `npm run schema` after changing src/spec/schema.ts)', () => {
    expect(shipped).toEqual(JSON.parse(JSON.stringify(editorSchema(ruleIds))));
  });

  it('judges every spec of the fixtures as the loader does', async () => {
    const specs = await glob('**/onevoice.yaml', { cwd: FIXTURES, absolute: true });
    expect(specs.length).toBeGreaterThan(10);
    const verdicts = specs.map((file) => {
      const yaml = readFileSync(file, 'utf8');
      return [path.relative(FIXTURES, file), loads(yaml), fitsSchema(yaml)];
    });
    expect(verdicts.filter(([, loaded, fits]) => loaded !== fits)).toEqual([]);
    expect(verdicts.filter(([, loaded]) => !loaded).map(([file]) => file)).toEqual(['cli/bad-spec/onevoice.yaml']);
  });

  it('describes every key, so that editors explain what they complete', () => {
    const bare: string[] = [];
    let keys = 0;
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) return node.forEach((item, index) => walk(item, `${at}[${index}]`));
      if (!node || typeof node !== 'object') return;
      const { properties } = node as { properties?: Record<string, { description?: string }> };
      for (const [key, property] of Object.entries(properties ?? {})) {
        keys++;
        if (typeof property.description !== 'string' || property.description.length < 10) bare.push(`${at}.${key}`);
      }
      for (const [key, child] of Object.entries(node)) walk(child, `${at}/${key}`);
    };
    walk(shipped, '');
    expect(keys).toBeGreaterThan(80);
    expect(bare).toEqual([]);
  });

  it.each(SPEC_ERRORS)('agrees with the loader on: %s', (name, yaml) => {
    expect(loads(yaml)).toBe(false);
    // What the schema cannot see (ids that must exist, regexes, dates, repeated keys), the loader checks alone.
    expect(fitsSchema(yaml)).toBe(SEMANTIC_ONLY.has(name));
  });
});
