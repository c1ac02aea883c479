// Which files are Markdown drafts: the extensions every part of onevoice that finds drafts uses.

export const DRAFT_EXTENSIONS = ['md', 'markdown', 'mdx'] as const;

/** Every draft under a folder, as a glob. */
export const DRAFT_GLOB = `**/*.{${DRAFT_EXTENSIONS.join(',')}}`;

/** The extensions as a user reads them: "(.md, .markdown, .mdx)". */
export const DRAFT_EXTENSIONS_LIST = `(${DRAFT_EXTENSIONS.map((e) => `.${e}`).join(', ')})`;

const DRAFT_FILE = new RegExp(`\\.(?:${DRAFT_EXTENSIONS.join('|')})$`, 'i');

export function isDraftFile(file: string): boolean {
  return DRAFT_FILE.test(file);
}
