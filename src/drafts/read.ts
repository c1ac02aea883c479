// Reads a draft file's bytes. Never throws for the draft's own faults: a draft that cannot be read
// (or, later, parsed) comes back as the error to report for it, as plain data.

import { readFileSync } from 'node:fs';
import { describeIoError, DraftError, type SourcePosition } from '../errors.js';

/** A draft error as plain data, so that it can cross from a worker thread or be cached. */
export interface ReadFailure {
  failure: { code: DraftError['code']; message: string; position?: SourcePosition };
}

/** The failure to report for an error met reading or parsing `file`. */
export function toFailure(error: unknown, file: string): ReadFailure {
  const draftError = error instanceof DraftError ? error : new DraftError('draft-read', `cannot read the draft: ${describeIoError(error)}`, file);
  return { failure: { code: draftError.code, message: draftError.message, ...(draftError.position ? { position: draftError.position } : {}) } };
}

/**
 * The bytes of a draft, or the failure to report for it. Read synchronously: for thousands of
 * small files that is faster than a round through the thread pool for each.
 */
export function readBytes(file: string): Uint8Array | ReadFailure {
  try {
    return readFileSync(file);
  } catch (error) {
    return toFailure(error, file);
  }
}

export function toDraftError(result: ReadFailure, file: string): DraftError {
  return new DraftError(result.failure.code, result.failure.message, file, result.failure.position);
}
