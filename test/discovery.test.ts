// Which files are drafts: discovery honours .gitignore files (from the spec's folder down, nested
// ones too) and leaves out the repository's own files and vendor folders, unless a file is named
// on the command line or the spec's `include` lists it; the spec's `ignore` always wins.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { runCli } from './helpers.js';

const DRAFT = 'Die Probefahrt ist kostenfrei.\n';

function site(spec: string, files: string[], gitignores: Record<string, string> = {}): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'onevoice-discovery-'));
  writeFileSync(path.join(root, 'onevoice.yaml'), spec);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), DRAFT);
  }
  for (const [folder, rules] of Object.entries(gitignores)) {
    mkdirSync(path.join(root, folder), { recursive: true });
    writeFileSync(path.join(root, folder, '.gitignore'), rules);
  }
  return root;
}

const FILES = [
  'blog/start.md',
  'blog/private.md',
  'blog/keep.tmp.md',
  'blog/notes.tmp.md',
  'wip/entwurf.md',
  'README.md',
  'docs/Changelog.markdown',
  'CONTRIBUTING.md',
  'LICENSE.md',
  'code_of_conduct.md',
  'blog/readme.de.md',
  'blog/readme-first-steps.md',
  'vendor/bundle/gems/x/README.md',
  'vendor/bundle/gems/x/guide.md',
  'node_modules/paket/doku.md',
  'assets/bower_components/lib/intro.md',
  'handbook/vendor/kapitel.md',
];
const GITIGNORES = { '.': '# drafts in progress\nwip/\n*.tmp.md\n', blog: 'private.md\n!keep.tmp.md\n' };

async function drafts(root: string, patterns: string[] = []): Promise<string[]> {
  const result = await check({ cwd: root, patterns });
  return result.checked.map((d) => path.relative(root, d.file)).sort();
}

describe('discovery', () => {
  it("leaves out .gitignore'd files, repository files and vendor folders", async () => {
    const root = site('version: 1\nlanguage: de\n', FILES, GITIGNORES);
    // The nested .gitignore takes keep.tmp.md back; readme-first-steps.md is a post, not a README.
    expect(await drafts(root)).toEqual(['blog/keep.tmp.md', 'blog/readme-first-steps.md', 'blog/start.md']);
  });

  it("takes what the spec's include lists, but never what its ignore names", async () => {
    const root = site('version: 1\nlanguage: de\ninclude: ["README.md", "vendor/bundle/**/guide.md", "wip/**", "handbook/**"]\nignore: ["handbook/**"]\n', FILES, GITIGNORES);
    expect(await drafts(root)).toEqual(['README.md', 'blog/keep.tmp.md', 'blog/readme-first-steps.md', 'blog/start.md', 'vendor/bundle/gems/x/guide.md', 'wip/entwurf.md']);
  });

  it('checks a file named on the command line, but not what a named folder or glob holds of them', async () => {
    const root = site('version: 1\nlanguage: de\n', FILES, GITIGNORES);
    expect(await drafts(root, ['README.md', 'wip/entwurf.md', 'vendor/bundle/gems/x/README.md'])).toEqual(['README.md', 'vendor/bundle/gems/x/README.md', 'wip/entwurf.md']);
    expect(await drafts(root, ['blog'])).toEqual(['blog/keep.tmp.md', 'blog/readme-first-steps.md', 'blog/start.md']);
    expect(await drafts(root, ['**/*.md'])).toEqual(['blog/keep.tmp.md', 'blog/readme-first-steps.md', 'blog/start.md']);
  });

  it('reads no .gitignore above the spec folder', async () => {
    const root = site('version: 1\nlanguage: de\n', ['content/blog/a.md', 'content/wip/b.md'], { '.': 'wip/\n' });
    const content = path.join(root, 'content');
    writeFileSync(path.join(content, 'onevoice.yaml'), 'version: 1\nlanguage: de\n');
    expect(await drafts(content)).toEqual(['blog/a.md', 'wip/b.md']);
  });

  it('says so when a named folder holds only what discovery leaves out', async () => {
    const root = site('version: 1\nlanguage: de\n', FILES, GITIGNORES);
    expect(await runCli(['wip'], root)).toMatchObject({ code: 2, stderr: 'onevoice: wip: no drafts (.md, .markdown, .mdx) in this folder\n' });
  });
});
