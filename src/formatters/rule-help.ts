// Rule help that ships with a report: each rule's page (docs/rules/<id>.md of the installed package)
// rendered into the HTML report, so that a reader of the page needs nothing else to open.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { micromark } from 'micromark';
import { findRule } from '../rules/index.js';
import { PACKAGE_ROOT } from '../version.js';
import { escapeHtml } from './escape.js';
import { HOMEPAGE } from './links.js';

/** A rule's page as Markdown, or undefined where the package was installed without its docs. */
export function rulePage(id: string): string | undefined {
  try {
    return readFileSync(path.join(PACKAGE_ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
  } catch {
    return undefined;
  }
}

/** Where a report links a rule's help: its section in the same page. */
export const ruleAnchor = (id: string) => `rule-${id}`;

/**
 * The rule's page as HTML for a section of a report: headings two levels down (the page's title an
 * `h3`), links to other rules' pages to their sections where the report has them, other relative
 * links to the page on the project's site. micromark leaves raw HTML of the page escaped and
 * drops dangerous URLs. Where the page is missing, what the rule says of itself.
 */
export function ruleHelpHtml(id: string, included: ReadonlySet<string>): string {
  const page = rulePage(id);
  if (page === undefined) {
    const rule = findRule(id);
    if (!rule) return `<h3><code>${escapeHtml(id)}</code></h3>`;
    const messages = Object.values(rule.messages).map((text) => `<li>${escapeHtml(text)}</li>`);
    return `<h3><code>${escapeHtml(id)}</code></h3><p>${escapeHtml(rule.description)}</p><p>Default severity: ${rule.defaultSeverity}.</p><ul>${messages.join('')}</ul>`;
  }
  return micromark(page)
    .replace(/<(\/?)h([1-6])>/g, (_, slash: string, level: string) => `<${slash}h${Math.min(Number(level) + 2, 6)}>`)
    .replace(/href="([^"]*)"/g, (whole, href: string) => {
      if (/^[a-z][a-z0-9+.-]*:|^#/i.test(href)) return whole;
      const other = /^(?:\.\/)?([a-z-]+)\.md(#.*)?$/.exec(href);
      if (other && included.has(other[1]!) && !other[2]) return `href="#${ruleAnchor(other[1]!)}"`;
      return `href="${HOMEPAGE}/blob/main/${path.posix.normalize(path.posix.join('docs/rules', href))}"`;
    });
}
