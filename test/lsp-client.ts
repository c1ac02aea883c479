// A Language Server Protocol client for tests and the benchmark: starts `onevoice lsp` as a child
// process and speaks JSON-RPC to it over its standard input and output, as an editor does.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type FileEvent,
  type Hover,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type Registration,
} from 'vscode-languageserver-protocol/node';

/** The bin script, from the sources (test/) or the build (dist/test/). */
const BIN = path.resolve(import.meta.dirname, ...(path.basename(path.dirname(import.meta.dirname)) === 'dist' ? ['..', '..'] : ['..']), 'bin', 'onevoice.js');

export const uriOf = (file: string) => pathToFileURL(file).href;

interface Waiter {
  uri: string;
  after: number;
  resolve: (params: PublishDiagnosticsParams) => void;
}

export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  readonly connection: ProtocolConnection;
  /** Every diagnostics notification, by document, in the order they came. */
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  /** What the server asked the client to register (file watchers). */
  readonly registrations: Registration[] = [];
  /** The server's stderr, for a failing test to show. */
  stderr = '';
  private readonly versions = new Map<string, number>();
  private waiters: Waiter[] = [];

  constructor(readonly cwd: string) {
    // Started as VS Code's client starts a server.
    this.process = spawn(process.execPath, [BIN, 'lsp', '--stdio', `--clientProcessId=${process.pid}`], { cwd, stdio: 'pipe' });
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const list = this.published.get(params.uri) ?? [];
      list.push(params);
      this.published.set(params.uri, list);
      this.waiters = this.waiters.filter((waiter) => {
        if (waiter.uri !== params.uri || list.length <= waiter.after) return true;
        waiter.resolve(params);
        return false;
      });
    });
    this.connection.onRequest(RegistrationRequest.type, ({ registrations }) => {
      this.registrations.push(...registrations);
    });
    this.connection.listen();
  }

  get alive(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  async initialize(initializationOptions: Record<string, unknown> = {}): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uriOf(this.cwd),
      workspaceFolders: [{ uri: uriOf(this.cwd), name: path.basename(this.cwd) }],
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true }, hover: { contentFormat: ['markdown', 'plaintext'] } },
      },
      initializationOptions,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  /** How many diagnostics notifications `uri` has had. */
  count(uri: string): number {
    return this.published.get(uri)?.length ?? 0;
  }

  /** The next diagnostics for `uri` after the `after`-th (the count before the change that should bring them). */
  diagnosticsAfter(uri: string, after: number, timeout = 30_000): Promise<PublishDiagnosticsParams> {
    const list = this.published.get(uri) ?? [];
    if (list.length > after) return Promise.resolve(list[after]!);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeout} ms; server stderr: ${this.stderr}`)), timeout);
      this.waiters.push({
        uri,
        after,
        resolve: (params) => {
          clearTimeout(timer);
          resolve(params);
        },
      });
    });
  }

  /** Opens a draft (its text from the disk unless given) and waits for its first diagnostics. */
  async open(file: string, text = readFileSync(file, 'utf8'), languageId = 'markdown'): Promise<Diagnostic[]> {
    const uri = uriOf(file);
    const before = this.count(uri);
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return (await this.diagnosticsAfter(uri, before)).diagnostics;
  }

  /** Sends an edit (the whole text, or a range replaced) without waiting. */
  async change(file: string, edit: string | { range: Range; text: string }): Promise<number> {
    const uri = uriOf(file);
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [typeof edit === 'string' ? { text: edit } : edit],
    });
    return version;
  }

  /** Sends an edit and waits for the diagnostics of that version. */
  async edit(file: string, edit: string | { range: Range; text: string }): Promise<Diagnostic[]> {
    const uri = uriOf(file);
    let seen = this.count(uri);
    const version = await this.change(file, edit);
    for (;;) {
      const params = await this.diagnosticsAfter(uri, seen++);
      if (params.version === undefined || params.version >= version) return params.diagnostics;
    }
  }

  close(file: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uriOf(file) } });
  }

  /** Tells the server files changed on disk, as an editor's file watcher does. */
  changedOnDisk(...files: string[]): Promise<void> {
    return this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: files.map((file): FileEvent => ({ uri: uriOf(file), type: FileChangeType.Changed })) });
  }

  async codeActions(file: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const actions = await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: uriOf(file) }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    return (actions ?? []).filter((action): action is CodeAction => 'kind' in action || 'edit' in action);
  }

  hover(file: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(file) }, position: { line, character } });
  }

  /** Shuts the server down as an editor does, and waits for it to exit; its exit code. */
  async stop(): Promise<number | null> {
    if (!this.alive) return this.process.exitCode;
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
