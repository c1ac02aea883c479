// Errors a user can cause: each carries a stable code, a file and, where known, a line:column.

export interface SourcePosition {
  line: number;
  column: number;
}

export type ErrorCode =
  'usage' | 'spec-not-found' | 'spec-read' | 'spec-syntax' | 'spec-invalid' | 'spec-unmatched' | 'path-not-found' | 'no-drafts' | 'draft-read' | 'draft-front-matter' | 'draft-syntax' | 'output-write';

abstract class OnevoiceError extends Error {
  abstract readonly kind: string;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly file?: string,
    readonly position?: SourcePosition,
  ) {
    super(message);
  }
}

/** The command line was used wrongly. */
export class UsageError extends OnevoiceError {
  readonly kind = 'usage';
  constructor(message: string, file?: string) {
    super('usage', message, file);
  }
}

/** The spec cannot be found, read, parsed or validated. */
export class SpecError extends OnevoiceError {
  readonly kind = 'spec';
}

/**
 * One draft cannot be read (`draft-read`), its front matter is broken (`draft-front-matter`) or its
 * Markdown cannot be parsed (`draft-syntax`): a `parse` finding at its position; the others are
 * still checked.
 */
export class DraftError extends OnevoiceError {
  readonly kind = 'draft';
}

export type UserError = UsageError | SpecError | DraftError;

export function isUserError(error: unknown): error is UserError {
  return error instanceof OnevoiceError;
}

/** The one line the CLI prints for a user error: `onevoice: file:line:column: message`. */
export function formatUserError(error: UserError, displayPath: (file: string) => string = (f) => f): string {
  let where = '';
  if (error.file !== undefined) {
    where = displayPath(error.file);
    if (error.position) where += `:${error.position.line}:${error.position.column}`;
    where += ': ';
  }
  return `onevoice: ${where}${error.message.replace(/\s*\n\s*/g, ' ')}`;
}

const ERRNO_WORDS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links (a loop?)',
  EMFILE: 'too many open files',
};

/** A file-system error in the user's words. */
export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && ERRNO_WORDS[code]) ?? code ?? (error instanceof Error ? error.message : String(error));
}
