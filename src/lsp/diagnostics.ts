// Findings and spec errors as the Language Server Protocol shows them: diagnostics with 0-based
// ranges (columns in UTF-16 code units, as findings count them), the rule as code, the other
// drafts as related information, and the fix carried along for the code actions.

import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/finding.js';
import type { SpecError } from '../errors.js';
import { ruleDocsUrl } from '../formatters/links.js';
import type { Severity } from '../spec/types.js';

export const SOURCE = 'onevoice';

/** What a diagnostic carries for the code actions: its rule, and its fix as a range of the text it was found in. */
export interface DiagnosticData {
  ruleId: string;
  fix?: { text: string; range: Range };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information };

/** A 1-based line and column as a 0-based LSP position. */
const at = (line: number, column: number) => ({ line: Math.max(0, line - 1), character: Math.max(0, column - 1) });

/** A finding of `document` as a diagnostic; the fix's offsets (after any byte-order mark) become a range of the document as checked. */
export function toDiagnostic(finding: Finding, document: TextDocument): Diagnostic {
  const data: DiagnosticData = { ruleId: finding.ruleId };
  if (finding.fix) {
    const bom = document.getText().startsWith('\uFEFF') ? 1 : 0;
    const [start, end] = finding.fix.range;
    data.fix = { text: finding.fix.text, range: { start: document.positionAt(start + bom), end: document.positionAt(end + bom) } };
  }
  const diagnostic: Diagnostic = {
    range: { start: at(finding.line, finding.column), end: at(finding.endLine, finding.endColumn) },
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    source: SOURCE,
    message: finding.message,
    data,
  };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => {
      const position = at(r.line, r.column);
      return { location: { uri: pathToFileURL(r.file).href, range: { start: position, end: position } }, message: r.message };
    });
  }
  return diagnostic;
}

/**
 * A spec that does not load, from the YAML node it names to the end of that line (the file's start
 * where it names none); `text` is the spec as it was read.
 */
export function specDiagnostic(error: SpecError, text: string): Diagnostic {
  const start = error.position ? at(error.position.line, error.position.column) : { line: 0, character: 0 };
  const line = (text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)[start.line] ?? '').trimEnd();
  const end = { line: start.line, character: Math.max(start.character, line.length) };
  return { range: { start, end }, severity: DiagnosticSeverity.Error, code: error.code, source: SOURCE, message: error.message };
}
