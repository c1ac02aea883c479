// A draft's date: what `since` and `until` in the spec compare. Front matter `date` first (a YAML
// date or a string, with or without a time), else a dated file name (`2021-03-31-title.md`, or
// `2021-03-31-title/index.md` as site generators bundle a page with its images).

import path from 'node:path';
import { isCalendarDate } from '../spec/load.js';

// The calendar day as written: a time and its zone do not move it to another day.
const LEADING_DAY = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/;
const DATED_NAME = /^(\d{4}-\d{2}-\d{2})-/;

/** The day a draft is dated (YYYY-MM-DD), or undefined when neither its front matter nor its name says. */
export function draftDate(frontMatter: Record<string, unknown>, file: string): string | undefined {
  const value = frontMatter.date;
  const written = value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : typeof value === 'string' ? value.trim() : undefined;
  const fromFrontMatter = written === undefined ? undefined : LEADING_DAY.exec(written)?.[1];
  if (fromFrontMatter !== undefined && isCalendarDate(fromFrontMatter)) return fromFrontMatter;
  const name = path.basename(file, path.extname(file));
  const named = DATED_NAME.exec(name === 'index' || name === '_index' ? path.basename(path.dirname(file)) : name)?.[1];
  return named !== undefined && isCalendarDate(named) ? named : undefined;
}
