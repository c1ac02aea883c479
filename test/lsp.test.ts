// `onevoice lsp` spoken to as an editor does: a child process and a JSON-RPC client, over a
// temporary content repo; diagnostics, code actions, hover, refreshes, and broken input.

import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DiagnosticSeverity, type Diagnostic, type MarkupContent, type TextEdit } from 'vscode-languageserver-protocol/node';
import { runCli } from './helpers.js';
import { LspClient, uriOf } from './lsp-client.js';

const SPEC = `version: 1
language: de
brand: Brisa Bikes
teams:
  marketing:      { paths: ["marketing/**"] }
  communications: { paths: ["pr/**"] }
terms:
  - { use: kostenfrei, avoid: [kostenlos, gratis] }
facts:
  - { id: sommerfest, context: [Sommerfest] }
`;

const PRESS = `---
title: Brisa Bikes lädt zum Sommerfest
---
# Brisa Bikes lädt zum Sommerfest in die Zentrale

Berlin, 4. Mai 2026 – Die Brisa Bikes GmbH feiert ihr fünfjähriges Bestehen.
Das Sommerfest findet am 20. Juni 2026 in der Zentrale in Kreuzberg statt.
Kundinnen und Kunden können an diesem Tag alle Modelle Probe fahren.
`;

const BLOG = `---
title: Einladung zum Sommerfest
---
# Feiern Sie mit uns!

Fünf Jahre Brisa Bikes: Das wollen wir mit Ihnen feiern.
Unser Sommerfest steigt am 27. Juni 2026 in Kreuzberg,
und der Eintritt ist kostenlos.
`;

const repos: string[] = [];
const clients: LspClient[] = [];

function repo(): { cwd: string; spec: string; press: string; blog: string } {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'onevoice-lsp-'));
  repos.push(cwd);
  const file = (name: string, text: string) => {
    const full = path.join(cwd, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
    return full;
  };
  return { cwd, spec: file('onevoice.yaml', SPEC), press: file('pr/press/2026-05-04-sommerfest.md', PRESS), blog: file('marketing/blog/einladung.md', BLOG) };
}

async function start(cwd: string): Promise<LspClient> {
  const client = new LspClient(cwd);
  clients.push(client);
  await client.initialize({ debounce: 20 });
  return client;
}

afterEach(async () => {
  for (const client of clients.splice(0)) if (client.alive) await client.stop();
  for (const cwd of repos.splice(0)) rmSync(cwd, { recursive: true, force: true });
});

/** rule line:column-line:column (0-based, as the protocol counts) of each diagnostic. */
const placed = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${String(d.code)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);

// Each test starts a server and waits for it: generous bounds for a busy machine (they guard against a hang, not speed).
describe('onevoice lsp', { timeout: 60_000 }, () => {
  it('initializes with its capabilities and asks the client to watch drafts and the spec', async () => {
    const { cwd } = repo();
    const client = new LspClient(cwd);
    clients.push(client);
    const result = await client.initialize();
    expect(result.serverInfo).toMatchObject({ name: 'onevoice' });
    expect(result.capabilities).toMatchObject({ hoverProvider: true, codeActionProvider: { codeActionKinds: ['quickfix'] }, textDocumentSync: { openClose: true, change: 2 } });
    await expect.poll(() => client.registrations.map((r) => r.method)).toEqual(['workspace/didChangeWatchedFiles']);
    const watchers = (client.registrations[0]!.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern);
    expect(watchers).toEqual(['**/*.{md,markdown,mdx}', '**/{onevoice.yaml,onevoice.yml,.onevoice.yaml}']);
  });

  it('publishes the findings of an open draft, checked against the drafts on disk, with the other draft as related information', async () => {
    const { cwd, blog, press } = repo();
    const client = await start(cwd);
    const diagnostics = await client.open(blog);
    expect(placed(diagnostics)).toEqual(['fact-conflict 6:27-6:40', 'term 7:21-7:30']);
    const [conflict, term] = diagnostics as [Diagnostic, Diagnostic];
    expect(conflict).toMatchObject({
      severity: DiagnosticSeverity.Error,
      source: 'onevoice',
      message: 'Fact `sommerfest` is stated as 27. Juni 2026 here; the drafts state 20. Juni 2026 (1 draft, 2026), 27. Juni 2026 (1)',
      codeDescription: { href: 'https://github.com/onevoice/onevoice#fact-conflict' },
    });
    expect(conflict.relatedInformation).toEqual([
      { location: { uri: uriOf(press), range: { start: { line: 6, character: 25 }, end: { line: 6, character: 25 } } }, message: 'states 20. Juni 2026 (communications) in 2026-05-04-sommerfest.md' },
    ]);
    expect(term).toMatchObject({ severity: DiagnosticSeverity.Error, message: 'Unexpected `kostenlos`, expected `kostenfrei`' });
  });

  it('checks the text as edited, not as saved, after each change', async () => {
    const { cwd, blog } = repo();
    const client = await start(cwd);
    await client.open(blog);
    // The date agreed with the press release; the word replaced by hand.
    const edited = await client.edit(blog, { range: { start: { line: 6, character: 27 }, end: { line: 6, character: 40 } }, text: '20. Juni 2026' });
    expect(placed(edited)).toEqual(['term 7:21-7:30']);
    const whole = await client.edit(blog, BLOG.replace('kostenlos', 'gratis').replace('27. Juni', '20. Juni'));
    expect(placed(whole)).toEqual(['term 7:21-7:27']);
    expect(whole[0]!.message).toBe('Unexpected `gratis`, expected `kostenfrei`');
    // The drafts on disk are in the analysis cache; the texts typed are not kept there.
    const entries = () => readdirSync(path.join(cwd, 'node_modules', '.cache', 'onevoice'), { recursive: true, encoding: 'utf8' }).filter((f) => /^[0-9a-f]{2}[/\\][0-9a-f]+\.json$/.test(f));
    const stored = entries();
    expect(stored.length).toBeGreaterThan(0);
    await client.edit(blog, BLOG.replace('kostenlos', 'gratis'));
    expect(entries()).toEqual(stored);
  });

  it("offers a finding's fix and a comment that disables its rule for the line, as edits", async () => {
    const { cwd, blog } = repo();
    const client = await start(cwd);
    const term = (await client.open(blog)).find((d) => d.code === 'term')!;
    const actions = await client.codeActions(blog, term);
    expect(actions.map((a) => a.title)).toEqual(['Replace with `kostenfrei` (term)', 'Disable term for this line']);
    const edits = (i: number) => actions[i]!.edit!.changes![uriOf(blog)] as TextEdit[];
    expect(actions[0]).toMatchObject({ kind: 'quickfix', isPreferred: true });
    expect(edits(0)).toEqual([{ range: { start: { line: 7, character: 21 }, end: { line: 7, character: 30 } }, newText: 'kostenfrei' }]);
    expect(edits(1)).toEqual([{ range: { start: { line: 7, character: 31 }, end: { line: 7, character: 31 } }, newText: ' <!-- onevoice-disable-line term -->' }]);

    // Applied, each leaves the fact conflict alone and the term gone.
    expect(placed(await client.edit(blog, { range: edits(1)[0]!.range, text: edits(1)[0]!.newText }))).toEqual(['fact-conflict 6:27-6:40']);
    expect(placed(await client.edit(blog, BLOG))).toEqual(['fact-conflict 6:27-6:40', 'term 7:21-7:30']);
    expect(placed(await client.edit(blog, { range: edits(0)[0]!.range, text: edits(0)[0]!.newText }))).toEqual(['fact-conflict 6:27-6:40']);
  });

  it("shows the rule's help on hover over a finding, and nothing elsewhere", async () => {
    const { cwd, blog } = repo();
    const client = await start(cwd);
    await client.open(blog);
    const hover = await client.hover(blog, 7, 24);
    expect(hover?.range).toEqual({ start: { line: 7, character: 21 }, end: { line: 7, character: 30 } });
    const { kind, value } = hover!.contents as MarkupContent;
    expect(kind).toBe('markdown');
    expect(value.split('\n')[0]).toBe('**onevoice `term`**: Unexpected `kostenlos`, expected `kostenfrei`');
    expect(value).toContain('# `term`');
    expect(await client.hover(blog, 4, 3)).toBeNull();
  });

  it('checks the open drafts again when the spec or another draft changes on disk', async () => {
    const { cwd, blog, press, spec } = repo();
    const client = await start(cwd);
    await client.open(blog);

    // The press release moves the party to the blog's date: the conflict is gone.
    writeFileSync(press, PRESS.replace('20. Juni', '27. Juni'));
    let seen = client.count(uriOf(blog));
    await client.changedOnDisk(press);
    expect(placed((await client.diagnosticsAfter(uriOf(blog), seen)).diagnostics)).toEqual(['term 7:21-7:30']);

    // The spec forbids a claim the blog makes.
    writeFileSync(spec, `${SPEC}claims:\n  - { phrase: feiern, reason: "Keine Partyversprechen in der Werbung" }\n`);
    seen = client.count(uriOf(blog));
    await client.changedOnDisk(spec);
    const refreshed = (await client.diagnosticsAfter(uriOf(blog), seen)).diagnostics;
    expect(placed(refreshed)).toEqual(['claim 3:2-3:8', 'claim 5:49-5:55', 'term 7:21-7:30']);
  });

  it('shows a spec error as a diagnostic in the spec at its line and column, and recovers once it is fixed', async () => {
    const { cwd, blog, spec } = repo();
    const client = await start(cwd);
    expect(await client.open(blog)).toHaveLength(2);
    const specUri = uriOf(spec);
    expect((await client.diagnosticsAfter(specUri, 0)).diagnostics).toEqual([]);

    writeFileSync(spec, SPEC.replace('  - { use: kostenfrei', '  - { usage: kostenfrei'));
    let seen = { spec: client.count(specUri), blog: client.count(uriOf(blog)) };
    await client.changedOnDisk(spec);
    const [error] = (await client.diagnosticsAfter(specUri, seen.spec)).diagnostics;
    expect(error).toMatchObject({ severity: DiagnosticSeverity.Error, code: 'spec-invalid', source: 'onevoice', range: { start: { line: 7, character: 6 } } });
    expect(error!.message).toContain('usage');
    // The draft cannot be checked against a spec that does not load.
    expect((await client.diagnosticsAfter(uriOf(blog), seen.blog)).diagnostics).toEqual([]);

    writeFileSync(spec, SPEC);
    seen = { spec: client.count(specUri), blog: client.count(uriOf(blog)) };
    await client.changedOnDisk(spec);
    expect((await client.diagnosticsAfter(specUri, seen.spec)).diagnostics).toEqual([]);
    expect(placed((await client.diagnosticsAfter(uriOf(blog), seen.blog)).diagnostics)).toEqual(['fact-conflict 6:27-6:40', 'term 7:21-7:30']);
  });

  it('validates the spec as it is typed in the editor', async () => {
    const { cwd, spec } = repo();
    const client = await start(cwd);
    expect(await client.open(spec, SPEC, 'yaml')).toEqual([]);
    const diagnostics = await client.edit(spec, SPEC.replace('language: de', 'language: [de'));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'spec-syntax', range: { start: { line: 2 } } });
    expect(await client.edit(spec, SPEC)).toEqual([]);
  });

  it('reports a malformed draft as a parse finding and goes on serving', async () => {
    const { cwd, blog, press } = repo();
    const client = await start(cwd);
    const broken = await client.open(blog, '---\ntitle: "Einladung\nteam: marketing\n---\nDer Eintritt ist kostenlos.\n');
    expect(broken.map((d) => d.code)).toEqual(['parse']);
    expect(broken[0]!.range.start.line).toBeLessThanOrEqual(2);
    expect(await client.codeActions(blog, broken[0]!)).toEqual([]);
    // The same draft, repaired, and another draft: both checked as before.
    expect(placed(await client.edit(blog, BLOG))).toEqual(['fact-conflict 6:27-6:40', 'term 7:21-7:30']);
    expect(placed(await client.open(press, PRESS.replace('Modelle Probe', 'Modelle gratis Probe')))).toEqual(['term 7:55-7:61']);
    expect(client.alive).toBe(true);
  });

  it('goes on serving after a spec that is not YAML, and clears a closed draft', async () => {
    const { cwd, blog, spec } = repo();
    writeFileSync(spec, 'version: 1\nterms: [ { use: kostenfrei\n');
    const client = await start(cwd);
    expect(await client.open(blog)).toEqual([]);
    const specDiagnostics = (await client.diagnosticsAfter(uriOf(spec), 0)).diagnostics;
    expect(specDiagnostics.map((d) => d.code)).toEqual(['spec-syntax']);
    const seen = client.count(uriOf(blog));
    await client.close(blog);
    expect((await client.diagnosticsAfter(uriOf(blog), seen)).diagnostics).toEqual([]);
    expect(client.alive).toBe(true);
    expect(await client.stop()).toBe(0);
  });

  it('is a usage error where the run has no standard streams of its own to speak over', async () => {
    const { cwd } = repo();
    expect(await runCli(['lsp'], cwd)).toEqual({ code: 2, stdout: '', stderr: 'onevoice: lsp talks over standard input and output, which this run does not have\n' });
  });

  it('stays quiet for a Markdown file outside any content repo', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'onevoice-lsp-bare-'));
    repos.push(cwd);
    const notes = path.join(cwd, 'notes.md');
    writeFileSync(notes, 'Alles gratis.\n');
    const client = await start(cwd);
    expect(await client.open(notes)).toEqual([]);
  });
});
