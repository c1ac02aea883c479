// The world the CLI talks to, passed in so tests can run it in-process.

export interface Stream {
  write(text: string): unknown;
  isTTY?: boolean;
  /** A terminal's width (Node sets it on a TTY's stream). */
  columns?: number;
}

export interface CliIO {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: Stream;
  stderr: Stream;
  /** What is piped in, for `--stdin`. */
  stdin?: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;
  /** The process's own standard input and output, which `onevoice lsp` speaks the protocol over. */
  channel?: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream };
}

/** Colour on a TTY unless NO_COLOR is set or --no-color given; FORCE_COLOR forces it either way. */
export function useColor(io: CliIO, stream: Stream, flag: boolean): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (!flag) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return stream.isTTY === true;
}

/**
 * The width to wrap a report to: a terminal's columns (its own, else COLUMNS, else 80); none where
 * the report is piped or written to a file, which keeps one finding a line for grep and editors.
 */
export function terminalColumns(io: CliIO, stream: Stream): number | undefined {
  if (stream.isTTY !== true) return undefined;
  const env = Number(io.env.COLUMNS);
  const columns = stream.columns !== undefined && stream.columns > 0 ? stream.columns : Number.isInteger(env) && env > 0 ? env : 80;
  return columns;
}
