// The desktop entry point (package.json `main`): the editor of extension.ts, with local files written through
// Node's fs, under the same lock files as the `marginalia` command line, and a warm-start cache of each text's
// mentions in the extension's global storage (the index built on this thread, or in worker threads when the
// experimental setting is on). The web entry (`browser`) is extension.ts itself, without a cache.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { DEFAULT_CACHE_BYTES } from '../core/corpus/mention-cache';
import { NodeCacheStore } from '../node/node-cache-store';
import { NodeFileStore } from '../node/node-file-store';
import { sha256, sha256InSlices } from '../node/text-hash';
import { WorkerScanPool } from '../node/worker-scan-pool';
import { activate as activateEditor } from './extension';
import { useLocalFileStore } from './file-store';
import { useIndexCache } from './index-cache';
import { useScanPool } from './scan-pool';

export function activate(context: vscode.ExtensionContext): void {
  useLocalFileStore(new NodeFileStore());
  // The worker is bundled beside this file (dist/index-worker.js); without it the build scans on this thread, in chunks.
  // Off by default for now: the integration suite still finds texts created during a worker build left out of the
  // index now and then (see the performance issue); the chunked build on this thread is the tested default.
  const worker = join(__dirname, 'index-worker.js');
  const inWorkers = vscode.workspace.getConfiguration('marginalia').get<boolean>('experimental.indexInWorkers', false);
  // Keyed by content, so one cache serves every workspace; a remote storage location has no local folder to use.
  const cacheDir = context.globalStorageUri.scheme === 'file' ? join(context.globalStorageUri.fsPath, 'index-cache') : undefined;
  if (!(inWorkers && existsSync(worker)) && cacheDir) {
    useIndexCache({
      store: new NodeCacheStore(cacheDir),
      hashText: sha256InSlices,
      // The code that recognizes is this bundle: a new build of the extension never trusts an older build's cache.
      build: readFile(__filename).then(sha256, () => 'unknown'),
      maxBytes: DEFAULT_CACHE_BYTES,
    });
  }
  if (inWorkers && existsSync(worker)) {
    const pool = new WorkerScanPool(worker, cacheDir);
    useScanPool(pool);
    context.subscriptions.push({ dispose: () => pool.dispose() });
  }
  activateEditor(context);
}

export { deactivate } from './extension';
