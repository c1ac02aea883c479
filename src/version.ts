// onevoice's package: its folder and version (read from src/ in tests, from dist/src/ when built).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

function findPackage(): { root: string; version: string } {
  for (const relative of ['../', '../../']) {
    const root = new URL(relative, import.meta.url);
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'onevoice' && pkg.version) return { root: fileURLToPath(root), version: pkg.version };
    } catch {
      // not at this level
    }
  }
  return { root: fileURLToPath(new URL('../', import.meta.url)), version: '0.0.0' };
}

const found = findPackage();

/** The folder of onevoice's package.json. */
export const PACKAGE_ROOT = found.root;
export const VERSION = found.version;
