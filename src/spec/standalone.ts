// Run by `npm run build`: writes the spec's validator as standalone code beside the built
// validate.js and beside the bundle, so that a run loads a ready function instead of loading Ajv
// and compiling the schema (about 0.2 s of every start).

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { specSchema } from './schema.js';
import { AJV_OPTIONS, STANDALONE } from './validate.js';

const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true } });
const code = standaloneCode.default(ajv, ajv.compile(specSchema));
writeFileSync(STANDALONE, code);
// The bundle (dist/bundle, which the command runs) looks for it beside itself. Its folder is made
// anew here, before esbuild fills it, so that no chunk of an earlier build lingers.
const bundle = new URL('../../bundle/', import.meta.url);
rmSync(bundle, { recursive: true, force: true });
mkdirSync(bundle, { recursive: true });
writeFileSync(new URL('spec-validator.cjs', bundle), code);
