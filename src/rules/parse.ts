// parse: a draft that cannot be read or parsed (not UTF-8, binary, broken front matter, Markdown
// nested too deep), reported at the place of the problem, as ESLint reports a parsing error. The
// other drafts are still checked; this one is no part of the corpus until it reads.

import type { DraftRule } from '../engine/rule.js';

// What kind of problem a draft error's code is: reading bytes, front matter, or the Markdown itself.
const MESSAGE_IDS: Record<string, string> = { 'draft-read': 'read', 'draft-front-matter': 'front-matter' };

const rule: DraftRule = {
  id: 'parse',
  description: 'Every draft can be read and parsed: text in UTF-8, front matter that closes and parses, Markdown within bounds.',
  scope: 'draft',
  defaultSeverity: 'error',
  reportsProblems: true,
  messages: {
    read: '{{reason}}',
    'front-matter': '{{reason}}',
    syntax: '{{reason}}',
  },
  check({ draft, report }) {
    const problem = draft.problem;
    if (!problem) return;
    const reason = problem.message.charAt(0).toUpperCase() + problem.message.slice(1);
    report({ messageId: MESSAGE_IDS[problem.code] ?? 'syntax', data: { reason }, at: problem.position ?? { line: 1, column: 1 } });
  },
};

export default rule;
