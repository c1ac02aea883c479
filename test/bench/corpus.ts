// The benchmark corpus: both real content repos from ../shared/corpora, copied to a temporary
// folder with a spec that maps their blogs to teams. Nothing of them is kept in the project.

import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { glob } from 'tinyglobby';

export const CORPORA = path.resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpora');

export const SPEC = `version: 1
language: en
teams:
  main:    { paths: ["rust-blog/posts/*.md"] }
  inside:  { paths: ["rust-blog/posts/inside-rust/**"] }
  codefor: { paths: ["codefor-de/**"] }
terms:
  - { use: Rust, avoid: [RUST], case_sensitive: true }
  - { use: GitHub, case_sensitive: true }
  - { use: open source, avoid: [opensource] }
  - { use: JavaScript, case_sensitive: true }
  - { use: kostenlos, avoid: [gratis, umsonst] }
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

/** Copies both corpora into a fresh temporary folder and writes the spec there. */
export async function makeCorpus(): Promise<BenchCorpus> {
  if (!existsSync(CORPORA)) throw new Error(`the corpora are not at ${CORPORA}`);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'onevoice-bench-'));
  cpSync(path.join(CORPORA, 'rust-blog', 'posts'), path.join(folder, 'rust-blog', 'posts'), { recursive: true });
  cpSync(path.join(CORPORA, 'codefor-de', 'content'), path.join(folder, 'codefor-de', 'content'), { recursive: true });
  writeFileSync(path.join(folder, 'onevoice.yaml'), SPEC);
  const files = await glob('**/*.md', { cwd: folder, absolute: true });
  return { folder, files };
}
