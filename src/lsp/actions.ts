// Code actions for onevoice's diagnostics: a finding's fix, and a suppression comment that
// switches its rule off for its line (`<!-- onevoice-disable-line rule -->`, see engine/suppress.ts).

import { fileURLToPath } from 'node:url';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { readFrontMatterBlock } from '../markdown/front-matter-block.js';
import { SOURCE, type DiagnosticData } from './diagnostics.js';

const dataOf = (diagnostic: Diagnostic): DiagnosticData | undefined => {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  return diagnostic.source === SOURCE && typeof data?.ruleId === 'string' ? (data as DiagnosticData) : undefined;
};

/** Where the front matter ends (0 without one): a comment can only be added after it, in the Markdown. */
function markdownStart(document: TextDocument): number | undefined {
  const text = document.getText();
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  try {
    return readFrontMatterBlock(text.slice(bom), fileURLToPath(document.uri)).end + bom;
  } catch {
    // A front matter that does not parse: where the Markdown starts is not known.
    return undefined;
  }
}

/** The line's end, before its line break. */
function lineEnd(document: TextDocument, line: number) {
  const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  return { line, character: text.replace(/\r?\n$|\r$/, '').length };
}

/** The actions for the onevoice diagnostics among `diagnostics` (those the client sends for a range of `document`). */
export function codeActions(document: TextDocument, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const disabled = new Set<string>();
  let start: number | undefined | null = null;
  for (const diagnostic of diagnostics) {
    const data = dataOf(diagnostic);
    if (!data) continue;
    if (data.fix) {
      actions.push({
        title: data.fix.text === '' ? `Remove (${data.ruleId})` : `Replace with \`${data.fix.text}\` (${data.ruleId})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [document.uri]: [{ range: data.fix.range, newText: data.fix.text }] } },
      });
    }
    // A draft that cannot be read is reported whatever the suppressions say.
    if (data.ruleId === 'parse') continue;
    const { line } = diagnostic.range.start;
    const key = `${data.ruleId}\0${line}`;
    if (disabled.has(key)) continue;
    disabled.add(key);
    if (start === null) start = markdownStart(document);
    // In the front matter a comment would be part of a YAML value.
    if (start === undefined || document.offsetAt({ line, character: 0 }) < start) continue;
    actions.push({
      title: `Disable ${data.ruleId} for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [document.uri]: [{ range: { start: lineEnd(document, line), end: lineEnd(document, line) }, newText: ` <!-- onevoice-disable-line ${data.ruleId} -->` }] } },
    });
  }
  return actions;
}
