// Run by `npm run build`: writes the spec's validator as standalone code beside the built
// validate.js and beside the bundle, so that a run loads a ready function instead of loading Ajv
// and compiling the schema (about 0.2 s of every start).

import { mkdirSync, writeFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { specSchema } from './schema.js';
import { AJV_OPTIONS, STANDALONE } from './validate.js';

const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true } });
const code = standaloneCode.default(ajv, ajv.compile(specSchema));
writeFileSync(STANDALONE, code);
// The bundle (dist/bundle, which the command runs) looks for it beside itself.
mkdirSync(new URL('../../bundle/', import.meta.url), { recursive: true });
writeFileSync(new URL('../../bundle/spec-validator.cjs', import.meta.url), code);
