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
    ['2023-12-18-survey-launch.md', '2024-12-05-annual-survey-2024-launch.md', 'same-team', 3],
    // The embedded working group's micro survey (Inside Rust) copies the annual survey's launch post.
    ['2023-12-18-survey-launch.md', 'inside-rust/2024-08-22-embedded-wg-micro-survey.md', 'cross-team', 2],
  ] as const)('finds the overlap of %s and %s', (a, b, messageId, passages) => {
    expect(overlap(a, b).length).toBeGreaterThanOrEqual(passages);
    expect(overlap(b, a).length).toBeGreaterThanOrEqual(passages);
    expect(findings.find((f) => f.file.endsWith(a) && f.related?.some((r) => r.file.endsWith(b)))?.messageId).toBe(messageId);
  });

  it.each([
    // The 2025 GSoC post links to the 2024 one; Inside Rust's 2024 election post is "mostly copy-pasted from last year's post" and links it.
    ['2024-02-21-Rust-participates-in-GSoC-2024.md', '2025-03-03-Rust-participates-in-GSoC-2025.md'],
    ['2023-08-30-electing-new-project-directors.md', 'inside-rust/2024-09-06-electing-new-project-directors.md'],
  ])('leaves %s and %s, a follow-up that links to the post it repeats', (a, b) => {
    expect(overlap(a, b)).toEqual([]);
    expect(overlap(b, a)).toEqual([]);
  });
});
