/**
 * Git commands in the editor: set up the merge driver for the workspace's
 * repository, and show the annotations of the active text changed since a
 * chosen revision, with marks on their passages. Both go through the built-in
 * git extension (git-api.ts); the logic is in core/merge.
 */
import * as vscode from 'vscode';
import { reanchor } from '../core/anchor/reanchor';
import { describeSetup, driverConfig, shellWord, withDriverAttributes } from '../core/merge/git-setup-plan';
import { reviewFile, type AnnotationChange, type FileReview } from '../core/merge/review';
import { annotationLine, summary } from '../core/merge/review-render';
import { parseSidecar } from '../core/sidecar/parse-sidecar';
import { repositoryOf, type GitRepository } from './git-api';
import { baseName, isSidecar, readText, sidecarUriFor } from './sidecar-store';

/** `confirm: false` skips the confirmation (tests); `ref` skips the revision prompt. */
export interface GitSetupArgs {
  confirm?: boolean;
}
export interface ChangesArgs {
  ref?: string;
}

export function registerGitCommands(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): void {
  const added = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('diffEditor.insertedTextBackground'),
    overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.addedForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
  });
  const changed = vscode.window.createTextEditorDecorationType({
    border: '1px dashed',
    borderColor: new vscode.ThemeColor('editorOverviewRuler.modifiedForeground'),
    overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.modifiedForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
  });
  const clear = () => {
    for (const e of vscode.window.visibleTextEditors) {
      e.setDecorations(added, []);
      e.setDecorations(changed, []);
    }
  };
  context.subscriptions.push(
    added,
    changed,
    vscode.commands.registerCommand('marginalia.gitSetup', (args?: GitSetupArgs) => gitSetup(context, log, args)),
    vscode.commands.registerCommand('marginalia.showAnnotationChanges', (args?: ChangesArgs) =>
      showChanges(args, { added, changed }, clear),
    ),
    vscode.commands.registerCommand('marginalia.clearAnnotationChanges', clear),
  );
}

/**
 * Writes the `.gitattributes` lines and the repository's driver config, after showing what it will write. Resolves true when
 * written.
 */
async function gitSetup(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, args?: GitSetupArgs): Promise<boolean> {
  // The driver is a local program git runs: there is none to name in the browser (vscode.dev has no local git either).
  if (typeof process === 'undefined' || !process.execPath) {
    say('Setting up the merge driver needs VS Code on your computer: run `marginalia git-setup` in the repository instead.');
    return false;
  }
  const uri = vscode.window.activeTextEditor?.document.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  const repo = uri && (await repositoryOf(uri));
  if (!repo) {
    say(
      'This workspace is not in a git repository (or the Git extension is disabled): initialise one in the Source Control ' +
        'view first.',
    );
    return false;
  }
  const attributesUri = vscode.Uri.joinPath(repo.rootUri, '.gitattributes');
  const existing = await readText(attributesUri);
  const attributes = withDriverAttributes(existing);
  // The editor's own runtime runs the bundled CLI as Node: no separate Node or `marginalia` on the PATH is needed.
  const cli = vscode.Uri.joinPath(context.extensionUri, 'dist', 'cli.js').fsPath;
  const config = driverConfig(`ELECTRON_RUN_AS_NODE=1 ${shellWord(process.execPath)} ${shellWord(cli)}`);
  const plan = describeSetup(attributesUri.fsPath, attributes, config, "the repository's .git/config");
  if (args?.confirm !== false) {
    const choice = await vscode.window.showInformationMessage(
      'Set up the Marginalia merge driver?',
      { modal: true, detail: plan },
      'Write',
    );
    if (choice !== 'Write') return false;
  }
  if (attributes !== undefined) await vscode.workspace.fs.writeFile(attributesUri, new TextEncoder().encode(attributes));
  for (const { key, value } of config) await repo.setConfig(key, value);
  log.info(`git-setup: ${plan}`);
  void vscode.window.showInformationMessage(
    'Marginalia merge driver set up. Commit .gitattributes so that your collaborators use it too; each of them runs this ' +
      'command once. Run it again after updating Marginalia.',
  );
  return true;
}

/**
 * Shows what changed in the active text's annotations since a revision: marks on the passages and a list. Resolves the review.
 */
async function showChanges(
  args: ChangesArgs | undefined,
  types: { added: vscode.TextEditorDecorationType; changed: vscode.TextEditorDecorationType },
  clear: () => void,
): Promise<FileReview | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || isSidecar(editor.document.uri)) return say('Open an annotated text first.');
  const sidecar = sidecarUriFor(editor.document.uri);
  const repo = await repositoryOf(sidecar);
  if (!repo) return say(`${baseName(editor.document.uri)} is not in a git repository (or the Git extension is disabled).`);
  const ref = args?.ref ?? (await pickRevision(repo, sidecar));
  if (!ref) return undefined;
  const before = await repo.show(ref, sidecar.fsPath).catch(() => undefined);
  const after = await readText(sidecar);
  const review = reviewFile(baseName(sidecar), before, after);
  clear();

  const text = editor.document.getText();
  const current = new Map(
    (after === undefined ? [] : (parseSidecar(after, baseName(sidecar)).sidecar?.annotations ?? [])).map((a) => [a.id, a]),
  );
  const marks = { added: [] as vscode.DecorationOptions[], changed: [] as vscode.DecorationOptions[] };
  const where = new Map<AnnotationChange, vscode.Range>();
  for (const change of review.annotations) {
    const a = current.get(change.id);
    const found = a && reanchor(text, a.target);
    if (!found || found.status === 'orphan') continue;
    const range = new vscode.Range(editor.document.positionAt(found.start), editor.document.positionAt(found.end));
    where.set(change, range);
    const hoverMessage = new vscode.MarkdownString(`Since ${ref}: ${annotationLine(change)}`);
    (change.change === 'added' ? marks.added : marks.changed).push({ range, hoverMessage });
  }
  editor.setDecorations(types.added, marks.added);
  editor.setDecorations(types.changed, marks.changed);

  if (args?.ref === undefined) {
    if (review.annotations.length === 0) {
      void vscode.window.showInformationMessage(
        review.unreadable
          ? `Could not compare: ${review.unreadable}`
          : `No annotation of ${baseName(editor.document.uri)} changed since ${ref}.`,
      );
    } else {
      const items = review.annotations.map((c) => ({ label: annotationLine(c), change: c }));
      const picked = await vscode.window.showQuickPick(items, {
        title: `Since ${ref}: ${summary([review])}`,
        placeHolder: 'Go to a changed annotation',
      });
      const range = picked && where.get(picked.change);
      if (range) {
        editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
        editor.selection = new vscode.Selection(range.start, range.end);
      }
    }
  }
  return review;
}

/** Recent commits that touched the sidecar (HEAD first); the hash of the one chosen. */
async function pickRevision(repo: GitRepository, sidecar: vscode.Uri): Promise<string | undefined> {
  const commits = await repo.log({ maxEntries: 50, path: sidecar.fsPath }).catch(() => []);
  const items = [
    { label: 'HEAD', description: 'the last commit', ref: 'HEAD' },
    ...commits.map((c) => ({
      label: c.hash.slice(0, 8),
      description: c.message.split('\n')[0],
      detail: [c.authorName, c.authorDate?.toLocaleString()].filter(Boolean).join(', '),
      ref: c.hash,
    })),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Annotations changed since which revision?',
    placeHolder: "A commit that changed this text's annotations",
  });
  return picked?.ref;
}

function say(message: string): undefined {
  void vscode.window.showInformationMessage(message);
  return undefined;
}
