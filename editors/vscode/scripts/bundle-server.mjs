// Copies what the extension carries from the built onevoice beside it: the command and its bundle
// (which needs no node_modules), the rules' pages for the hover, the spec's JSON Schema for the
// YAML extension, and the licence. Run after `npm run build` at the repository's root.

import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const extension = path.resolve(import.meta.dirname, '..');
const root = path.resolve(extension, '..', '..');
const server = path.join(extension, 'server');

if (!existsSync(path.join(root, 'dist', 'bundle', 'run.js'))) {
  console.error('onevoice: dist/bundle/run.js is missing; run `npm run build` at the repository root first');
  process.exit(2);
}
rmSync(server, { recursive: true, force: true });
mkdirSync(server);
cpSync(path.join(root, 'bin'), path.join(server, 'bin'), { recursive: true });
cpSync(path.join(root, 'dist', 'bundle'), path.join(server, 'dist', 'bundle'), { recursive: true });
cpSync(path.join(root, 'docs', 'rules'), path.join(server, 'docs', 'rules'), { recursive: true });
// The package's name and version: what `onevoice --version` prints and where it finds its docs.
const { name, version, type, license } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
writeFileSync(path.join(server, 'package.json'), `${JSON.stringify({ name, version, type, license, private: true }, null, 2)}\n`);
cpSync(path.join(root, 'src', 'spec', 'onevoice.schema.json'), path.join(extension, 'onevoice.schema.json'));
cpSync(path.join(root, 'LICENSE'), path.join(extension, 'LICENSE'));
console.log(`bundled onevoice ${version} into ${path.relative(root, server)}`);
