// The desktop entry point (package.json `main`): the editor of extension.ts, with local files written through
// Node's fs, under the same lock files as the `marginalia` command line, and the index built in worker threads with
// a warm-start cache in the extension's global storage. The web entry (`browser`) is extension.ts itself.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { NodeFileStore } from '../node/node-file-store';
import { WorkerScanPool } from '../node/worker-scan-pool';
import { activate as activateEditor } from './extension';
import { useLocalFileStore } from './file-store';
import { useScanPool } from './scan-pool';

export function activate(context: vscode.ExtensionContext): void {
  useLocalFileStore(new NodeFileStore());
  // The worker is bundled beside this file (dist/index-worker.js); without it, or with the setting off, the build scans on
  // this thread, in chunks (as the web host's does).
  const worker = join(__dirname, 'index-worker.js');
  const inWorkers = vscode.workspace.getConfiguration('marginalia').get<boolean>('indexInWorkers', true);
  if (inWorkers && existsSync(worker)) {
    // Keyed by content, so one cache serves every workspace; a remote storage location has no local folder to use.
    const cacheDir =
      context.globalStorageUri.scheme === 'file' ? join(context.globalStorageUri.fsPath, 'index-cache') : undefined;
    const pool = new WorkerScanPool(worker, cacheDir);
    useScanPool(pool);
    context.subscriptions.push({ dispose: () => pool.dispose() });
  }
  activateEditor(context);
}

export { deactivate } from './extension';
