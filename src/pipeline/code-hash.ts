// Run by `npm run bundle`, after esbuild: writes the bundle's code hash beside it, so that a run
// of the command reads it rather than hashing the bundle (see `codeSalt` in cache.ts).

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CODE_HASH_FILE, hashOfCode } from './cache.js';

const bundle = fileURLToPath(new URL('../../bundle/', import.meta.url));
writeFileSync(`${bundle}${CODE_HASH_FILE}`, `${hashOfCode(bundle, '.js')}\n`);
