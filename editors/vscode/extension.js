// The onevoice extension for VS Code: runs `onevoice lsp` for the Markdown drafts and the spec of
// the workspace, and shows the coverage report. The server is the workspace's own onevoice where
// it installed one (node_modules/onevoice), else the one this extension carries.
'use strict';

const { execFile } = require('node:child_process');
const { existsSync, mkdtempSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

/** @type {LanguageClient | undefined} */
let client;

/** The workspace folder that holds a spec, else the first one. */
function contentFolder() {
  const folders = vscode.workspace.workspaceFolders ?? [];
  return folders.find((folder) => ['onevoice.yaml', 'onevoice.yml', '.onevoice.yaml'].some((name) => existsSync(path.join(folder.uri.fsPath, name)))) ?? folders[0];
}

/** The onevoice command to run: the workspace's installed one, else the bundled one. */
function onevoiceBin(context) {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const installed = path.join(folder.uri.fsPath, 'node_modules', 'onevoice', 'bin', 'onevoice.js');
    if (existsSync(installed)) return installed;
  }
  return context.asAbsolutePath(path.join('server', 'bin', 'onevoice.js'));
}

/** `onevoice coverage --format html` into a temporary file, opened in the browser. */
function showCoverage(context) {
  const folder = contentFolder();
  if (!folder) return vscode.window.showErrorMessage('onevoice: open the folder of a content repo (with its onevoice.yaml) first');
  const report = path.join(mkdtempSync(path.join(os.tmpdir(), 'onevoice-coverage-')), 'coverage.html');
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'onevoice: coverage' }, () => {
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        [onevoiceBin(context), 'coverage', '--format', 'html', '--output', report],
        { cwd: folder.uri.fsPath, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } },
        (error, _stdout, stderr) => {
          // Exit 1: some drafts could not be read, and the report names them.
          if (error && error.code !== 1) void vscode.window.showErrorMessage(stderr.trim() || `onevoice: ${error.message}`);
          else void vscode.env.openExternal(vscode.Uri.file(report));
          resolve(undefined);
        },
      );
    });
  });
}

async function activate(context) {
  const server = { module: onevoiceBin(context), args: ['lsp'], transport: TransportKind.stdio };
  client = new LanguageClient(
    'onevoice',
    'onevoice',
    { run: server, debug: server },
    {
      documentSelector: [
        { scheme: 'file', language: 'markdown' },
        { scheme: 'file', language: 'mdx' },
        { scheme: 'file', pattern: '**/*.{md,markdown,mdx}' },
        { scheme: 'file', pattern: '**/{onevoice.yaml,onevoice.yml,.onevoice.yaml}' },
      ],
    },
  );
  context.subscriptions.push(vscode.commands.registerCommand('onevoice.showCoverage', () => showCoverage(context)));
  await client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
