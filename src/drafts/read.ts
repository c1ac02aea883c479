// Reads and parses one draft file: the work that parallel threads share out. Never throws:
// a draft that cannot be read comes back as the error to report for it.

import { readFile } from 'node:fs/promises';
import { describeIoError, DraftError, type SourcePosition } from '../errors.js';
import { cached, store } from './cache.js';
import { decodeDraft } from './decode.js';
import { parseDraft } from './parse.js';
import type { ParsedDraft } from './types.js';

/** A draft error as plain data, so that it can cross from a worker thread. */
export interface ReadFailure {
  failure: { code: DraftError['code']; message: string; position?: SourcePosition };
}

export type ReadResult = { parsed: ParsedDraft } | ReadFailure;

/** Reads and parses a draft, through the parse cache in `cache` (a folder) where one is given. */
export async function readDraft(file: string, cache?: string): Promise<ReadResult> {
  try {
    const bytes = await readFile(file);
    const hit = cache === undefined ? undefined : cached(cache, bytes);
    if (hit) return { parsed: hit };
    const parsed = parseDraft(decodeDraft(bytes, file), file);
    if (cache !== undefined) store(cache, bytes, parsed);
    return { parsed };
  } catch (error) {
    const draftError = error instanceof DraftError ? error : new DraftError('draft-read', `cannot read the draft: ${describeIoError(error)}`, file);
    return { failure: { code: draftError.code, message: draftError.message, ...(draftError.position ? { position: draftError.position } : {}) } };
  }
}

export function toDraftError(result: ReadFailure, file: string): DraftError {
  return new DraftError(result.failure.code, result.failure.message, file, result.failure.position);
}
