// The benchmark corpora: both real content repos from ../shared/corpora, copied to a temporary
// folder (once, or several times with light edits) with a spec that maps their blogs to teams.
// Nothing of them is kept in the project.

import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { glob } from 'tinyglobby';

export const CORPORA = path.resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpora');

/** Terms of the spec, also handed to textlint's terminology rule so both check the same words. */
export const TERMS: [use: string, avoid: string][] = [
  ['Rust', 'RUST'],
  ['GitHub', 'Github'],
  ['open source', 'opensource'],
  ['JavaScript', 'Javascript'],
  ['kostenlos', 'gratis'],
  ['WebAssembly', 'Web Assembly'],
  ['crates.io', 'Crates.io'],
  ['Open Data', 'OpenData'],
  ['E-Mail', 'Email'],
  ['Newsletter', 'News-Letter'],
];

export const SPEC = `version: 1
language: en
teams:
  main:    { paths: ["**/rust-blog/posts/*.md"] }
  inside:  { paths: ["**/rust-blog/posts/inside-rust/**"] }
  codefor: { paths: ["**/codefor-de/**"] }
terms:
${TERMS.map(([use, avoid]) => `  - { use: "${use}", avoid: ["${avoid}"] }`).join('\n')}
claims:
  - { phrase: blazingly fast, reason: needs a benchmark }
  - { pattern: "\\\\b100\\\\s?%", reason: absolute }
messages:
  - id: roof
    text: "Rust empowers everyone to build reliable and efficient software."
facts:
  - { id: labs, value: 20, context: [regionale Gruppen, OK Labs] }
`;

export interface BenchCorpus {
  folder: string;
  files: string[];
}

/**
 * Both corpora `copies` times in a fresh temporary folder; every copy after the first gets a light
 * edit in each draft (a line appended), so that no two copies are byte-identical.
 */
export async function makeCorpus(copies = 1): Promise<BenchCorpus> {
  if (!existsSync(CORPORA)) throw new Error(`the corpora are not at ${CORPORA}`);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'onevoice-bench-'));
  for (let copy = 1; copy <= copies; copy++) {
    const target = copies === 1 ? folder : path.join(folder, `copy-${copy}`);
    cpSync(path.join(CORPORA, 'rust-blog', 'posts'), path.join(target, 'rust-blog', 'posts'), { recursive: true });
    cpSync(path.join(CORPORA, 'codefor-de', 'content'), path.join(target, 'codefor-de', 'content'), { recursive: true });
    if (copy > 1) {
      for (const file of await glob('**/*.md', { cwd: target, absolute: true })) {
        writeFileSync(file, `${readFileSync(file, 'utf8')}\nEdited for copy ${copy} of the benchmark corpus.\n`);
      }
    }
  }
  writeFileSync(path.join(folder, 'onevoice.yaml'), SPEC);
  const files = await glob('**/*.md', { cwd: folder, absolute: true });
  return { folder, files };
}
