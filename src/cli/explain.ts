// `onevoice explain <rule>`: the rule's page (docs/rules/<id>.md of the installed package), rendered
// plainly for a terminal; where the page is missing, what the rule itself says.

import type { Rule } from '../engine/rule.js';
import { rulePage } from '../formatters/rule-help.js';
import { findRule, unknownRule } from '../rules/index.js';

/** What a fenced block's info string says it holds: `yaml onevoice.yaml` is onevoice.yaml. */
function fenceLabel(info: string): string {
  const [language = '', name, fixed] = info.trim().split(/\s+/);
  if (!name) return language;
  return fixed ? `${name} (${fixed})` : name;
}

/**
 * Markdown as a terminal shows it well: headings underlined (`#` with `=`, `##` with `-`) or
 * ending in a colon (`###`), fenced blocks indented under a label instead of their fences, the
 * rest as written.
 */
export function renderForTerminal(markdown: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const opening = /^(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence !== undefined) {
      if (opening && opening[1] === fence && opening[2]!.trim() === '') fence = undefined;
      else out.push(line === '' ? '' : `    ${line}`);
      continue;
    }
    if (opening) {
      fence = opening[1]!;
      const label = fenceLabel(opening[2]!);
      if (label) out.push(`  ${label}:`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*$/.exec(line);
    if (!heading) {
      out.push(line);
      continue;
    }
    const text = heading[2]!.replace(/`([^`]*)`/g, '$1');
    if (heading[1]!.length === 1) out.push(text, '='.repeat(text.length));
    else if (heading[1]!.length === 2) out.push(text, '-'.repeat(text.length));
    else out.push(`${text}:`);
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** What the rule says of itself, for a package installed without its docs folder. */
function fromRule(rule: Rule): string {
  return [
    `${rule.id}: ${rule.description}`,
    '',
    `default severity: ${rule.defaultSeverity}    scope: ${rule.scope === 'draft' ? 'each draft' : 'the whole corpus'}`,
    `configure: rules: { ${rule.id}: error | warning | info | off }, or { severity, since, until } to hold only drafts dated in a range`,
    '',
    'messages:',
    ...Object.entries(rule.messages).map(([messageId, text]) => `  ${messageId}: ${text}`),
    '',
  ].join('\n');
}

export function explain(id: string): string {
  const rule = findRule(id);
  if (!rule) throw unknownRule(id);
  const page = rulePage(rule.id);
  return page === undefined ? fromRule(rule) : renderForTerminal(page);
}

/** A rule's help as Markdown, for an editor to render (the language server's hover): its page, or what the rule says of itself. */
export function ruleHelp(id: string): string | undefined {
  const rule = findRule(id);
  if (!rule) return undefined;
  return rulePage(rule.id) ?? `\`\`\`text\n${fromRule(rule)}\`\`\`\n`;
}
