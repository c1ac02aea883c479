// `onevoice lsp`: a Language Server Protocol server. Each open draft is checked as the editor holds
// it against the corpus on disk (as `check --stdin --stdin-filename` does, through the analysis
// cache), its findings published as diagnostics; a spec that does not load is a diagnostic in the
// spec. A draft or spec that cannot be read or parsed never stops the server.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from 'node:util';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type Hover,
  type Position,
  type Range,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { asDraft } from '../check.js';
import { ruleHelp } from '../cli/explain.js';
import { isUserError, SpecError } from '../errors.js';
import { check, findSpec, parseSpec, VERSION } from '../index.js';
import { DRAFT_GLOB, isDraftFile } from '../markdown/extensions.js';
import { DEFAULT_CACHE } from '../pipeline/cache.js';
import { SPEC_NAMES } from '../spec/load.js';
import { codeActions } from './actions.js';
import { toDiagnostic, specDiagnostic, type DiagnosticData } from './diagnostics.js';

export interface LspStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/** What a client may set in `initializationOptions`. */
interface Settings {
  /** Quiet time after an edit before the draft is checked, in milliseconds. */
  debounce: number;
}

const DEFAULTS: Settings = { debounce: 150 };

const fileOf = (uri: string): string | undefined => {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
};
const isSpecFile = (file: string) => SPEC_NAMES.includes(path.basename(file));
const contains = (range: Range, position: Position) =>
  (position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character)) &&
  (position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character));

/**
 * Checks open drafts one at a time, each once its edits have paused: a draft edited again while
 * it is checked is checked again after.
 */
class Queue {
  private readonly due = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly delay: () => number,
    private readonly work: (uri: string) => Promise<void>,
  ) {}

  add(uri: string): void {
    this.due.add(uri);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.drain(), this.delay());
  }

  drop(uri: string): void {
    this.due.delete(uri);
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let next = this.first(); next !== undefined; next = this.first()) {
        this.due.delete(next);
        await this.work(next);
      }
    } finally {
      this.running = false;
    }
  }

  private first(): string | undefined {
    return this.due.values().next().value;
  }
}

/** Runs the server on `streams` until the client ends it. */
export function serve(streams: LspStreams): Promise<number> {
  const connection = createConnection(ProposedFeatures.all, streams.input, streams.output);
  // stdout is the protocol's: anything logged goes to the client's log instead.
  for (const level of ['log', 'info', 'debug', 'warn', 'error'] as const) {
    const send = level === 'error' ? connection.console.error : level === 'warn' ? connection.console.warn : connection.console.log;
    console[level] = (...args: unknown[]) => send.call(connection.console, format(...args));
  }
  const server = new Server(connection);
  server.listen();
  return new Promise((resolve) => connection.onExit(() => resolve(0)));
}

class Server {
  private readonly documents = new TextDocuments(TextDocument);
  private settings: Settings = DEFAULTS;
  /** The diagnostics last published for each open draft, for the hover. */
  private readonly published = new Map<string, Diagnostic[]>();
  /** Specs the open drafts belong to: their diagnostics follow their changes. */
  private readonly specs = new Set<string>();
  private readonly queue = new Queue(
    () => this.settings.debounce,
    (uri) => this.checkDraft(uri),
  );

  constructor(private readonly connection: Connection) {}

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => {
      const options = (params.initializationOptions ?? {}) as Partial<Settings>;
      if (typeof options.debounce === 'number' && options.debounce >= 0) this.settings = { ...DEFAULTS, debounce: options.debounce };
      const watch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
      connection.onInitialized(() => {
        // The client watches the drafts and the spec on disk for the server, where it can.
        if (watch) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: DRAFT_GLOB }, { globPattern: `**/{${SPEC_NAMES.join(',')}}` }] });
      });
      return {
        capabilities: {
          textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
          codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
          hoverProvider: true,
        },
        serverInfo: { name: 'onevoice', version: VERSION },
      };
    });

    documents.onDidChangeContent(({ document }) => this.changed(document));
    documents.onDidClose(({ document }) => {
      const file = fileOf(document.uri);
      if (file === undefined) return;
      if (isSpecFile(file)) this.showSpec(file);
      else {
        this.queue.drop(document.uri);
        this.published.delete(document.uri);
        void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      }
    });
    // Without a file watcher, a draft or spec saved in the editor still refreshes the others.
    documents.onDidSave(({ document }) => {
      const file = fileOf(document.uri);
      if (file !== undefined) this.changedOnDisk([file]);
    });
    connection.onDidChangeWatchedFiles(({ changes }) => this.changedOnDisk(changes.map((c) => fileOf(c.uri)).filter((f) => f !== undefined)));

    connection.onCodeAction(({ textDocument, context }) => {
      const document = documents.get(textDocument.uri);
      return document ? codeActions(document, context.diagnostics) : [];
    });
    connection.onHover(({ textDocument, position }) => this.hover(textDocument.uri, position));

    documents.listen(connection);
    connection.listen();
  }

  private changed(document: TextDocument): void {
    const file = fileOf(document.uri);
    if (file === undefined) return;
    if (isSpecFile(file)) this.showSpec(file);
    else if (isDraftFile(file)) this.queue.add(document.uri);
  }

  /** Files changed on disk: a spec's diagnostics follow it, and every open draft is checked again against the corpus. */
  private changedOnDisk(files: string[]): void {
    for (const file of files) if (isSpecFile(file)) this.showSpec(file);
    if (!files.some((file) => isSpecFile(file) || isDraftFile(file))) return;
    for (const document of this.documents.all()) {
      const file = fileOf(document.uri);
      if (file !== undefined && isDraftFile(file)) this.queue.add(document.uri);
    }
  }

  /** The spec as the editor holds it, or else as the disk does: its error as a diagnostic, or none. */
  private showSpec(file: string): void {
    const uri = pathToFileURL(file).href;
    const open = this.documents.all().find((d) => fileOf(d.uri) === file);
    let text: string;
    try {
      text = open ? open.getText() : readFileSync(file, 'utf8');
    } catch {
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    let diagnostics: Diagnostic[] = [];
    try {
      parseSpec(text, file);
    } catch (error) {
      if (error instanceof SpecError) diagnostics = [specDiagnostic(error, text)];
      else this.connection.console.error(`onevoice: ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    void this.connection.sendDiagnostics({ uri: open?.uri ?? uri, diagnostics });
  }

  private async checkDraft(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    const file = fileOf(uri);
    if (!document || file === undefined) return;
    const { version } = document;
    const spec = findSpec(path.dirname(file));
    let diagnostics: Diagnostic[] = [];
    if (spec !== undefined) {
      if (!this.specs.has(spec)) {
        this.specs.add(spec);
        this.showSpec(spec);
      }
      try {
        const result = await check({
          cwd: path.dirname(spec),
          spec,
          ...asDraft(file, Buffer.from(document.getText(), 'utf8'), true),
          cache: path.join(path.dirname(spec), DEFAULT_CACHE),
          jobs: 1,
        });
        diagnostics = result.findings.filter((f) => f.file === file).map((f) => toDiagnostic(f, document));
      } catch (error) {
        // The spec's own diagnostic says what is wrong with it; the draft cannot be checked until it loads.
        if (error instanceof SpecError && error.file !== undefined) this.showSpec(error.file);
        else
          this.connection.console.error(
            `onevoice: ${file}: ${isUserError(error) || !(error instanceof Error) ? String(error instanceof Error ? error.message : error) : (error.stack ?? error.message)}`,
          );
      }
    }
    // Edited again meanwhile: the next check publishes.
    if (this.documents.get(uri)?.version !== version) return;
    this.published.set(uri, diagnostics);
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  private hover(uri: string, position: Position): Hover | null {
    const found = (this.published.get(uri) ?? []).filter((d) => contains(d.range, position));
    if (found.length === 0) return null;
    const parts = found.map((d) => {
      const { ruleId } = d.data as DiagnosticData;
      return `**onevoice \`${ruleId}\`**: ${d.message}\n\n${ruleHelp(ruleId) ?? ''}`.trimEnd();
    });
    return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: found[0]!.range };
  }
}
