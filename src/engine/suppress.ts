// Suppression comments: which (rule, line) pairs of a draft its directives switch off.

import type { Directive } from '../drafts/types.js';

export type Suppressed = (ruleId: string, line: number) => boolean;

const applies = (directive: Directive, ruleId: string) => directive.rules.length === 0 || directive.rules.includes(ruleId);

export function suppressor(directives: readonly Directive[]): Suppressed {
  if (directives.length === 0) return () => false;
  const ordered = [...directives].sort((a, b) => a.line - b.line);
  return (ruleId, line) => {
    let disabled = false;
    for (const directive of ordered) {
      if (!applies(directive, ruleId)) continue;
      switch (directive.kind) {
        case 'disable-file':
          return true;
        case 'disable-line':
          if (directive.line === line) return true;
          break;
        case 'disable-next-line':
          if (directive.endLine + 1 === line) return true;
          break;
        case 'disable':
          if (directive.line <= line) disabled = true;
          break;
        case 'enable':
          if (directive.line <= line) disabled = false;
          break;
      }
    }
    return disabled;
  };
}
