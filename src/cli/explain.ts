// `onevoice explain <rule>`: what a rule checks, its messages and options, from the rule and the README.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { rules } from '../rules/index.js';
import { PACKAGE_ROOT } from '../version.js';

/** The README's section on a rule: its documentation lives in one place. */
function readmeSection(id: string): string | undefined {
  let readme: string;
  try {
    readme = readFileSync(path.join(PACKAGE_ROOT, 'README.md'), 'utf8');
  } catch {
    return undefined;
  }
  const start = readme.indexOf(`### \`${id}\``);
  if (start < 0) return undefined;
  const body = readme.slice(readme.indexOf('\n', start) + 1);
  const end = body.search(/^#{2,3} /m);
  return (end < 0 ? body : body.slice(0, end)).trim();
}

export function explain(id: string): string {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new UsageError(`unknown rule "${id}"; the rules are ${rules.map((r) => r.id).join(', ')}`);
  const messages = Object.entries(rule.messages).map(([messageId, text]) => `  ${messageId}: ${text}`);
  const section = readmeSection(id);
  return [
    `${rule.id}: ${rule.description}`,
    '',
    `default severity: ${rule.defaultSeverity}    scope: ${rule.scope === 'draft' ? 'each draft' : 'the whole corpus'}`,
    `configure: rules: { ${rule.id}: error | warning | info | off }`,
    '',
    'messages:',
    ...messages,
    ...(section ? ['', section] : []),
    '',
  ].join('\n');
}
