// The command line: parses argv, runs a command, prints, and returns the exit code (0, 1, 2).

import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { check, defaultJobs, loadCorpus } from '../check.js';
import { coverage } from '../coverage.js';
import { DEFAULT_CACHE } from '../pipeline/cache.js';
import { makeBaseline, outsideBaseline, readBaseline, type Baseline } from '../engine/baseline.js';
import { findingOrder, summarise, type Finding } from '../engine/finding.js';
import { fixDiff, fixToFixedPoint, MAX_PASSES, writeFixedDrafts, type FixOutcome } from '../fix.js';
import { describeIoError, formatUserError, isUserError, UsageError, type DraftError, type UserError } from '../errors.js';
import { DRAFT_EXTENSIONS_LIST } from '../markdown/extensions.js';
import { coverageFormatters } from '../formatters/coverage.js';
import { formatters } from '../formatters/index.js';
import { ruleIds, rules as allRules, unknownRule } from '../rules/index.js';
import { batched } from '../util/batches.js';
import { VERSION } from '../version.js';
import { explain } from './explain.js';
import { init, NEXT_STEP, STARTERS } from './init.js';
import { codeForName } from '../languages/names.js';
import { progress } from './progress.js';
import { terminalColumns, useColor, type CliIO } from './io.js';
import { commanderMessage, listItems, named, unknownCommand } from './options.js';
import { selectedDrafts } from './selection.js';

export type { CliIO } from './io.js';

interface CheckFlags {
  spec?: string;
  format: string;
  output?: string;
  team?: string[];
  rule?: string[];
  disable?: string[];
  maxWarnings?: string;
  quiet?: boolean;
  staged?: boolean;
  changedSince?: string;
  fix?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  fixDryRun?: boolean;
  baseline?: string;
  writeBaseline?: string;
  jobs?: string;
  cache: boolean;
  cacheLocation?: string;
  color: boolean;
}

/** Paths as reports show them: relative to the working folder, with `/`; one string per file, however many findings name it. */
function displayPath(cwd: string): (file: string) => string {
  const shown = new Map<string, string>();
  return (file) => shown.get(file) ?? shown.set(file, path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/') || '.').get(file)!;
}

function ruleSelection(flags: CheckFlags) {
  const only = flags.rule;
  const disabled = flags.disable;
  for (const id of [...(only ?? []), ...(disabled ?? [])]) {
    if (!ruleIds.includes(id)) throw unknownRule(id);
  }
  // A draft that cannot be read is reported whatever rules run, as ESLint reports a parsing error; `--disable parse` leaves it out.
  return allRules.filter((rule) => (!only || only.includes(rule.id) || rule.reportsProblems) && !disabled?.includes(rule.id));
}

async function runCheck(patterns: string[], flags: CheckFlags, io: CliIO): Promise<number> {
  const formatter = named('format', flags.format, formatters);
  let maxWarnings = -1;
  if (flags.maxWarnings !== undefined) {
    maxWarnings = Number(flags.maxWarnings);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings takes a whole number, not "${flags.maxWarnings}"`);
  }
  if (flags.fix && flags.fixDryRun) throw new UsageError('--fix and --fix-dry-run do not go together');
  if (flags.fixDryRun && flags.writeBaseline !== undefined) throw new UsageError('--fix-dry-run writes nothing, so no baseline either');
  const teams = flags.team;
  const { files, source } = await selectedDrafts(flags, patterns, io);
  const jobs = flags.jobs === undefined ? defaultJobs() : Number(flags.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs takes a whole number from 1, not "${flags.jobs}"`);
  const reading = progress(io.stderr, { label: 'reading drafts' });
  const options = {
    cwd: io.cwd,
    patterns,
    rules: ruleSelection(flags),
    onProgress: reading.update,
    jobs,
    ...(flags.cache ? { cache: path.resolve(io.cwd, flags.cacheLocation ?? DEFAULT_CACHE) } : {}),
    ...(flags.spec ? { spec: flags.spec } : {}),
    ...(teams ? { teams } : {}),
    ...(files ? { files } : {}),
    ...(source ? { source } : {}),
  };
  const display = displayPath(io.cwd);
  let result = await check(options);
  let fixErrors: DraftError[] = [];
  let fixed: FixOutcome | undefined;
  if (flags.fix || flags.fixDryRun) {
    const outcome = fixToFixedPoint(result.spec, options.rules, result.findings);
    if (flags.fixDryRun) {
      // A dry run's output is the diff (as textlint's --dry-run), in place of the report; its exit
      // code says whether --fix would change anything, as `git diff --exit-code` does.
      reading.clear();
      writeReport(io, { ...flags, color: false }, () => fixDiff(outcome.drafts, display));
      io.stderr.write(fixSummary(outcome, 'would fix', display));
      const errors = [...result.draftErrors, ...outcome.errors];
      for (const error of errors) io.stderr.write(`${formatUserError(error, display)}\n`);
      return errors.length > 0 ? 2 : outcome.drafts.length > 0 ? 1 : 0;
    }
    fixErrors = [...outcome.errors, ...writeFixedDrafts(outcome.drafts)];
    if (outcome.drafts.length > 0) result = await check(options);
    fixed = outcome;
  }
  reading.clear();
  if (fixed) io.stderr.write(fixSummary(fixed, 'fixed', display));

  // Reports list drafts by the paths they show.
  let findings: Finding[] = result.findings.filter((f) => !flags.quiet || f.severity === 'error').sort(findingOrder(display));
  const notes: string[] = [];
  if (flags.writeBaseline !== undefined) {
    writeJson(io, flags.writeBaseline, makeBaseline(findings, display), 'baseline');
    notes.push(`${flags.writeBaseline}: wrote ${count(findings.length, 'finding')} to the baseline; runs with --baseline ${flags.writeBaseline} report only new ones`);
  }
  const baselineFile = flags.writeBaseline ?? flags.baseline;
  if (baselineFile !== undefined) {
    const all = findings.length;
    findings = outsideBaseline(findings, loadBaseline(io, baselineFile), display);
    if (flags.writeBaseline === undefined && all > findings.length) notes.push(`${baselineFile}: ${count(all - findings.length, 'finding')} in the baseline, not reported`);
  }
  if (!files && patterns.length === 0 && !teams && result.checked.length === 0 && result.draftErrors.length === 0)
    notes.push(`no drafts ${DRAFT_EXTENSIONS_LIST} under the spec's folder yet; nothing to check`);
  const summary = summarise(findings, result.checked.length);
  const drafts = result.checked.map(({ file, lang, langSource }) => ({ file, lang, langSource }));
  writeReport(io, flags, (color, columns) =>
    formatter({ spec: result.spec.file, summary, files: result.checked.map((d) => d.file), drafts, findings, displayPath: display }, { color, ...(columns === undefined ? {} : { columns }) }),
  );
  for (const error of [...result.warnings, ...result.draftErrors, ...fixErrors]) io.stderr.write(`${formatUserError(error, display)}\n`);
  if (maxWarnings >= 0 && summary.warnings > maxWarnings) notes.push(`too many warnings (${summary.warnings}, maximum ${maxWarnings})`);
  for (const note of notes) io.stderr.write(`onevoice: ${note}\n`);
  if (result.draftErrors.length > 0 || fixErrors.length > 0) return 2;
  return summary.errors > 0 || (maxWarnings >= 0 && summary.warnings > maxWarnings) ? 1 : 0;
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** What --fix did (or a dry run would do), for stderr: "fixed 12 problems in 5 drafts". */
function fixSummary(outcome: FixOutcome, done: string, display: (file: string) => string): string {
  const fixes = outcome.drafts.reduce((sum, draft) => sum + draft.fixes, 0);
  let text = `${done} ${count(fixes, 'problem')} in ${count(outcome.drafts.length, 'draft')}\n`;
  for (const file of outcome.unfinished) text += `${display(file)}: fixes still to make after ${MAX_PASSES} passes; run --fix again\n`;
  return text;
}

function writeJson(io: CliIO, file: string, data: unknown, what: string): void {
  try {
    writeFileSync(path.resolve(io.cwd, file), `${JSON.stringify(data, null, 2)}\n`);
  } catch (error) {
    throw new UsageError(`cannot write the ${what}: ${describeIoError(error)}`, file);
  }
}

function loadBaseline(io: CliIO, file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path.resolve(io.cwd, file), 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read the baseline: ${error instanceof SyntaxError ? 'not JSON' : describeIoError(error)}`, file);
  }
  const baseline = readBaseline(data);
  if (typeof baseline === 'string') throw new UsageError(`cannot read the baseline: ${baseline}`, file);
  return baseline;
}

/** Writes a report to --output, or to stdout with colour where the terminal takes it. */
function writeReport(io: CliIO, flags: { output?: string; color: boolean }, render: (color: boolean, columns?: number) => string | Iterable<string>): void {
  if (!flags.output) {
    for (const text of batched(render(useColor(io, io.stdout, flags.color), terminalColumns(io, io.stdout)))) io.stdout.write(text);
    return;
  }
  let fd: number | undefined;
  try {
    fd = openSync(path.resolve(io.cwd, flags.output), 'w');
    for (const text of batched(render(false))) writeSync(fd, text);
  } catch (error) {
    throw new UsageError(`cannot write the report: ${describeIoError(error)}`, flags.output);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

interface CoverageFlags {
  spec?: string;
  format: string;
  output?: string;
  team?: string[];
  color: boolean;
}

async function runCoverage(patterns: string[], flags: CoverageFlags, io: CliIO): Promise<number> {
  const formatter = named('format', flags.format, coverageFormatters);
  const teams = flags.team;
  const corpus = await loadCorpus({ cwd: io.cwd, patterns, ...(flags.spec ? { spec: flags.spec } : {}), ...(teams ? { teams } : {}) });
  const report = coverage(corpus, displayPath(io.cwd));
  writeReport(io, flags, (color) => formatter(report, { color }));
  // Named paths that are not there are a usage error; drafts that cannot be read are named too, and make the exit code 1.
  for (const error of [...corpus.pathErrors, ...corpus.draftErrors]) io.stderr.write(`${formatUserError(error, displayPath(io.cwd))}\n`);
  return corpus.pathErrors.length > 0 ? 2 : corpus.draftErrors.length > 0 ? 1 : 0;
}

async function runLsp(io: CliIO): Promise<number> {
  if (!io.channel) throw new UsageError('lsp talks over standard input and output, which this run does not have');
  // Loaded only here: `check` never waits for the protocol's code.
  const { serve } = await import('../lsp/server.js');
  return serve(io.channel);
}

function runRules(io: CliIO): number {
  const width = Math.max(...allRules.map((r) => r.id.length));
  for (const rule of allRules) io.stdout.write(`${rule.id.padEnd(width)}  ${rule.defaultSeverity.padEnd(7)}  ${rule.scope.padEnd(6)}  ${rule.description}\n`);
  return 0;
}

function program(io: CliIO, done: (code: Promise<number> | number) => void): Command {
  const cli = new Command('onevoice')
    .description('Checks Markdown drafts against the core-message spec and against each other.')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: () => undefined })
    .showSuggestionAfterError(true);

  cli
    .command('check', { isDefault: true })
    .description("check drafts (files, folders, globs; none = every draft under the spec's folder)")
    .argument('[paths...]', 'drafts to check')
    .option('-s, --spec <file>', 'the core-message spec (default: onevoice.yaml found walking up)')
    .option('-f, --format <name>', `report format: ${Object.keys(formatters).join(' | ')}`, 'stylish')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--team <ids>', 'only check drafts of these teams (a comma list, or repeat the option)', listItems)
    .option('--rule <ids>', 'only run these rules (a comma list, or repeat the option)', listItems)
    .option('--disable <ids>', 'run all rules but these (a comma list, or repeat the option)', listItems)
    .option('--max-warnings <n>', 'exit 1 when warnings exceed n')
    .option('--quiet', 'report errors only')
    .option('--staged', 'check the drafts staged in git as staged, against the corpus as staged')
    .option('--changed-since <ref>', 'check the drafts changed since a git ref')
    .option('--fix', 'apply safe fixes (terms, number and date formats) in place, then report what is left')
    .option('--fix-dry-run', 'write nothing: print a unified diff of what --fix would change')
    .option('--stdin', 'check the text on standard input as one draft, against the corpus on disk')
    .option('--stdin-filename <path>', 'the path of the draft read with --stdin (its team, channel and language follow from it)')
    .option('--baseline <file>', 'report only findings that are not in the baseline')
    .option('--write-baseline <file>', 'write the current findings to a baseline file')
    .option('--jobs <n>', 'threads that parse and lint drafts (default: the number of CPUs)')
    .option('--no-cache', 'analyse every draft anew, ignoring the analysis cache')
    .option('--cache-location <dir>', `the analysis cache's folder (default: ${DEFAULT_CACHE})`)
    .option('--no-color', 'no colour (NO_COLOR and FORCE_COLOR are honoured too)')
    .action((paths: string[], flags: CheckFlags) => done(runCheck(paths, flags, io)));

  cli
    .command('coverage')
    .description('core messages × channels, teams and campaigns: which drafts convey what')
    .argument('[paths...]', "drafts to count (default: every draft under the spec's folder)")
    .option('-s, --spec <file>', 'the core-message spec')
    .option('-f, --format <name>', `report format: ${Object.keys(coverageFormatters).join(' | ')}`, 'table')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--team <ids>', 'only count drafts of these teams (a comma list, or repeat the option)', listItems)
    .option('--no-color', 'no colour')
    .action((paths: string[], flags: CoverageFlags) => done(runCoverage(paths, flags, io)));

  cli
    .command('init')
    .description('write a starter onevoice.yaml in the current folder')
    .option('--example', 'also write two sample drafts')
    .option('--lang <code>', `the language of the starter and its drafts: ${Object.keys(STARTERS).join(' | ')}`, 'de')
    .action((flags: { example?: boolean; lang: string }) => {
      for (const file of init(io.cwd, flags.example === true, codeForName(flags.lang) ?? flags.lang)) io.stdout.write(`wrote ${file}\n`);
      io.stderr.write(`${NEXT_STEP}\n`);
      done(0);
    });

  cli
    .command('explain')
    .description('what a rule checks, its options and an example')
    .argument('<rule>', 'a rule id')
    .action((id: string) => {
      io.stdout.write(explain(id));
      done(0);
    });

  cli
    .command('lsp')
    .description('a Language Server Protocol server over stdio: checks the drafts open in an editor as they are typed')
    .option('--stdio', 'talk over standard input and output (the only way; accepted as editors pass it)')
    .option('--clientProcessId <pid>', "the editor's process: the server ends when it does")
    .action(() => done(runLsp(io)));

  cli
    .command('rules')
    .description('list the rules with their default severity')
    .action(() => done(runRules(io)));

  return cli;
}

/** Runs onevoice with `argv` (without the node and script paths) and returns the exit code. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  let result: Promise<number> | number = 0;
  try {
    const cli = program(io, (code) => (result = code));
    const mistyped = unknownCommand(argv, [...cli.commands.map((command) => command.name()), 'help'], io.cwd);
    if (mistyped) throw mistyped;
    await cli.parseAsync(argv, { from: 'user' });
    return await result;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      io.stderr.write(`onevoice: ${commanderMessage(error)}\n`);
      return 2;
    }
    if (isUserError(error)) {
      io.stderr.write(`${formatUserError(error as UserError, displayPath(io.cwd))}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`onevoice: internal error: ${message}\n`);
    return 2;
  }
}
