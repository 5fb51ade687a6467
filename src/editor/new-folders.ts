import * as vscode from 'vscode';

/** Files reported per new folder at most: a folder of a million files is not a corpus folder. */
const MAX_FILES = 50_000;

/**
 * Reports the files inside folders created in the workspace, which VS Code's file watcher does not. On Linux its
 * watcher (@parcel/watcher, inotify) adds a watch for a new folder but never reports what is already in it
 * (parcel-bundler/watcher#97 and #243, microsoft/vscode#142694): the texts and sidecars of `mkdir -p` and a write,
 * `git checkout` of a branch with a new folder, an unzipped archive or a folder moved in arrive with no event of
 * their own. So a created folder is searched, and `onFile` is called for each file in it that `wanted` accepts.
 */
export function watchNewFolders(wanted: (uri: vscode.Uri) => boolean, onFile: (uri: vscode.Uri) => void): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher('**/*', false, true, true);
  let created: vscode.Uri[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const search = async () => {
    const batch = created;
    created = [];
    timer = undefined;
    const keys = new Set(batch.map(String));
    for (const uri of batch) {
      // A file the caller wants has its own event; a folder inside another new one is searched with it.
      if (wanted(uri) || keys.has(parentOf(uri))) continue;
      const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
      if (!stat || !(stat.type & vscode.FileType.Directory) || stat.type & vscode.FileType.SymbolicLink) continue;
      const files = await Promise.resolve(
        vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*'), undefined, MAX_FILES),
      ).catch(() => [] as vscode.Uri[]);
      for (const file of files) if (wanted(file)) onFile(file);
    }
  };
  const sub = watcher.onDidCreate((uri) => {
    created.push(uri);
    // Events come in bursts (a checkout): one search per burst, and none for a folder whose parent is searched.
    timer ??= setTimeout(() => void search(), 100);
  });
  return {
    dispose() {
      clearTimeout(timer);
      sub.dispose();
      watcher.dispose();
    },
  };
}

function parentOf(uri: vscode.Uri): string {
  return vscode.Uri.joinPath(uri, '..').toString();
}
