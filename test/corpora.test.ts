// The real content repos of ../shared/corpora: onevoice must find the known overlaps between the
// Rust blog and its "Inside Rust" team blog, and read every draft of both repos without a crash.

import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import type { Finding } from '../src/engine/finding.js';
import { rules } from '../src/rules/index.js';
import { CORPORA, needsCorpora } from './helpers.js';

const corpora = needsCorpora();

describe.skipIf(corpora.skip)(`rust-blog: the main blog and Inside Rust as two teams${corpora.note}`, () => {
  let folder: string;
  let findings: Finding[];

  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'onevoice-rust-blog-'));
    cpSync(path.join(CORPORA, 'rust-blog', 'posts'), path.join(folder, 'posts'), { recursive: true });
    writeFileSync(path.join(folder, 'onevoice.yaml'), 'version: 1\nlanguage: en\nteams:\n  main: { paths: ["posts/*.md"] }\n  inside: { paths: ["posts/inside-rust/**"] }\n');
    const result = await check({ cwd: folder, patterns: [], rules: rules.filter((r) => r.id === 'duplicate') });
    expect(result.draftErrors).toEqual([]);
    expect(result.checked).toHaveLength(584);
    findings = result.findings;
  }, 120_000);

  const overlap = (a: string, b: string) => findings.filter((f) => f.file.endsWith(a) && f.related?.some((r) => r.file.endsWith(b))).map((f) => f.line);

  it.each([
    ['2023-08-30-electing-new-project-directors.md', 'inside-rust/2024-09-06-electing-new-project-directors.md', 'cross-team'],
    ['2023-12-18-survey-launch.md', '2024-12-05-annual-survey-2024-launch.md', 'same-team'],
  ])('finds the overlap of %s and %s', (a, b, messageId) => {
    expect(overlap(a, b).length).toBeGreaterThanOrEqual(3);
    expect(overlap(b, a).length).toBeGreaterThanOrEqual(3);
    expect(findings.find((f) => f.file.endsWith(a) && f.related?.some((r) => r.file.endsWith(b)))?.messageId).toBe(messageId);
  });

  it('leaves a follow-up that links to the post it repeats: the 2025 GSoC post links to the 2024 one', () => {
    expect(overlap('2025-03-03-Rust-participates-in-GSoC-2025.md', '2024-02-21-Rust-participates-in-GSoC-2024.md')).toEqual([]);
    expect(overlap('2024-02-21-Rust-participates-in-GSoC-2024.md', '2025-03-03-Rust-participates-in-GSoC-2025.md')).toEqual([]);
  });
});
