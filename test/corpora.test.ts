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

  it("finds the embedded working group's micro survey copying the annual survey's launch, at the later draft, as one finding", () => {
    const [a, b] = ['2023-12-18-survey-launch.md', 'inside-rust/2024-08-22-embedded-wg-micro-survey.md'];
    const found = findings.filter((f) => f.file.endsWith(b) && f.related?.some((r) => r.file.endsWith(a)));
    expect(found.map((f) => [f.messageId, f.line])).toEqual([['cross-team', 27]]);
    expect(found[0]!.endLine).toBeGreaterThanOrEqual(31);
    expect(overlap(a, b)).toEqual([]);
  });

  it("leaves next year's survey launch alone: the team reuses its own post", () => {
    expect(overlap('2023-12-18-survey-launch.md', '2024-12-05-annual-survey-2024-launch.md')).toEqual([]);
    expect(overlap('2024-12-05-annual-survey-2024-launch.md', '2023-12-18-survey-launch.md')).toEqual([]);
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
