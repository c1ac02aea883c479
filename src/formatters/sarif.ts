// The SARIF 2.1.0 report: what GitHub code scanning and SARIF viewers read.

import { createHash } from 'node:crypto';
import type * as Sarif from 'sarif';
import { identifyingText, type Finding } from '../engine/finding.js';
import type { Rule } from '../engine/rule.js';
import { rules } from '../rules/index.js';
import type { Severity } from '../spec/types.js';
import { VERSION } from '../version.js';
import { HOMEPAGE, ruleDocsUrl } from './links.js';
import type { Formatter } from './types.js';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json';
const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative display path as a URI reference: each segment percent-encoded, so spaces and `:` stay a path. */
const artifactLocation = (file: string): Sarif.ArtifactLocation => ({
  uri: file.split('/').map(encodeURIComponent).join('/'),
  uriBaseId: '%SRCROOT%',
});

const region = (f: Finding): Sarif.Region => ({ startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn });

const descriptor = (rule: Rule): Sarif.ReportingDescriptor => ({
  id: rule.id,
  shortDescription: { text: rule.description },
  fullDescription: { text: rule.description },
  helpUri: ruleDocsUrl(rule.id),
  defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
});

/**
 * Fingerprints by rule, file, spec entry and flagged text (or message), never the line, so that
 * code scanning keeps an alert when lines are added above it; repeats in a file get an ordinal.
 */
function fingerprints(findings: readonly Finding[], show: (file: string) => string): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const hash = createHash('sha256')
      .update(JSON.stringify([f.ruleId, show(f.file), f.ref ?? '', identifyingText(f)]))
      .digest('hex')
      .slice(0, 32);
    const ordinal = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, ordinal);
    return `${hash}:${ordinal}`;
  });
}

export const sarif: Formatter = (report) => {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const show = report.displayPath;
  const prints = fingerprints(report.findings, show);
  const results = report.findings.map((f, i): Sarif.Result => {
    const index = ruleIndex.get(f.ruleId);
    return {
      ruleId: f.ruleId,
      ...(index === undefined ? {} : { ruleIndex: index }),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(show(f.file)), region: region(f) } }],
      ...(f.related?.length
        ? {
            relatedLocations: f.related.map((r, id) => ({
              id,
              physicalLocation: { artifactLocation: artifactLocation(show(r.file)), region: { startLine: r.line, startColumn: r.column } },
              message: { text: r.message },
            })),
          }
        : {}),
      ...(f.fix
        ? {
            fixes: [
              {
                description: { text: `Replace with \`${f.fix.text}\`` },
                artifactChanges: [{ artifactLocation: artifactLocation(show(f.file)), replacements: [{ deletedRegion: region(f), insertedContent: { text: f.fix.text } }] }],
              },
            ],
          }
        : {}),
      partialFingerprints: { 'onevoice/v1': prints[i]! },
    };
  });
  const log: Sarif.Log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'onevoice', version: VERSION, semanticVersion: VERSION, informationUri: HOMEPAGE, rules: rules.map(descriptor) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
