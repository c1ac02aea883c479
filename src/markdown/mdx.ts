// The MDX extensions of the Markdown parser, loaded only by a run that has `.mdx` drafts: with
// acorn they are a third of the parser's code, and a run without MDX (a pre-commit check of one
// Markdown draft) paid every time to load them.

import type { Extension } from 'micromark-util-types';

let extension: Extension | undefined;

/** Whether a draft is MDX, by its file name: its ESM, expressions and JSX are read as such. */
export const isMdx = (file: string) => /\.mdx$/iu.test(file);

/** Loads the MDX extensions, once; `parseDraft` needs them for an `.mdx` draft. */
export async function loadMdx(): Promise<void> {
  extension ??= (await import('micromark-extension-mdxjs')).mdxjs();
}

/** Loads the MDX extensions where one of `files` is MDX. */
export async function loadMdxFor(files: Iterable<string>): Promise<void> {
  for (const file of files) if (isMdx(file)) return loadMdx();
}

/** The extensions, which `loadMdx` has loaded. */
export function mdxExtension(): Extension {
  if (!extension) throw new Error('the MDX extensions are not loaded: await loadMdx() before an .mdx draft is parsed');
  return extension;
}
