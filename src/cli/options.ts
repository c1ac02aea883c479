// The command line's words: list options, named choices with a "did you mean", and commander's
// errors and mistyped commands as one `onevoice:` line each.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { CommanderError } from 'commander';
import { isDynamicPattern } from 'tinyglobby';
import { UsageError } from '../errors.js';
import { isDraftFile } from '../markdown/extensions.js';
import { closest, didYouMean } from '../util/closest.js';

/**
 * A list option's parser: each use adds its comma-separated items (`--rule term,claim`, or
 * `--rule term --rule claim`). An option takes one value, never the paths after it, which
 * lint-staged and pre-commit append.
 */
export function listItems(value: string, previous: string[] | undefined): string[] {
  return [
    ...(previous ?? []),
    ...value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  ];
}

/** The entry of `choices` that `name` names, or a usage error with the nearest name as a hint. */
export function named<T>(kind: string, name: string, choices: Readonly<Record<string, T>>): T {
  const choice = Object.hasOwn(choices, name) ? choices[name] : undefined;
  if (choice !== undefined) return choice;
  const names = Object.keys(choices);
  throw new UsageError(`unknown ${kind} "${name}"${didYouMean(name, names) || `; use one of ${names.join(', ')}`}`);
}

/**
 * `onevoice chek`: check is the default command, so commander takes a mistyped command for a path.
 * A first word that names no file and is near a command's name was meant as that command.
 */
export function unknownCommand(argv: readonly string[], commands: readonly string[], cwd: string): UsageError | undefined {
  if (argv[0] === 'help' && argv[1] !== undefined && !argv[1].startsWith('-') && !commands.includes(argv[1])) {
    return new UsageError(`unknown command "${argv[1]}"${didYouMean(argv[1], commands) || `; the commands are ${commands.join(', ')}`}`);
  }
  const word = argv[0];
  if (word === undefined || word.startsWith('-') || commands.includes(word)) return undefined;
  if (/[/\\]/.test(word) || isDraftFile(word) || isDynamicPattern(word) || existsSync(path.resolve(cwd, word))) return undefined;
  const suggestion = closest(word, commands);
  return suggestion === undefined ? undefined : new UsageError(`unknown command "${word}"; did you mean "${suggestion}"?`);
}

/** commander's error as one line: `unknown option '--disabel'; did you mean "--disable"?`. */
export function commanderMessage(error: CommanderError): string {
  const [first = '', ...rest] = error.message.replace(/^error: /, '').split('\n');
  const hint = /^\(Did you mean (.+)\?\)$/.exec(rest.join(' ').trim());
  return hint ? `${first}; did you mean ${hint[1]!.replace(/--?[\w-]+/g, '"$&"')}?` : first;
}
