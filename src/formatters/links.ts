// Where onevoice's documentation lives: one base URL for every link a report carries.

export const HOMEPAGE = 'https://github.com/onevoice/onevoice';

/** The README section of a rule (GitHub anchors a "### `term`" heading as `#term`). */
export const ruleDocsUrl = (ruleId: string) => `${HOMEPAGE}#${ruleId}`;
