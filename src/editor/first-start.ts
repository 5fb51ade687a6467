import * as vscode from 'vscode';
import type { AnnotationsService, CorpusView } from './services';

const WALKTHROUGH = 'marginalia.marginalia#marginalia.gettingStarted';
const SHOWN = 'marginalia.firstStart.walkthroughShown';
const NESTING_ASKED = 'marginalia.firstStart.nestingAsked';

/**
 * The first hour in a folder of one's own: Marginalia's walkthrough opens once in a folder of texts
 * that has neither a registry nor annotations yet (in front of VS Code's own welcome page), and,
 * once, an offer to nest each sidecar under its text in the Explorer, which VS Code leaves off by default.
 */
export function registerFirstStart(context: vscode.ExtensionContext, corpus: CorpusView, annotations: AnnotationsService): void {
  void Promise.all([corpus.whenReady(), annotations.ready])
    .then(async () => {
      const fresh = corpus.registryUris().length === 0 && annotations.all().length === 0 && corpus.uris().length > 0;
      if (fresh && !context.workspaceState.get(SHOWN)) {
        await context.workspaceState.update(SHOWN, true);
        await vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, false);
      }
      await offerNesting(context, annotations);
    })
    .catch(() => undefined);
}

async function offerNesting(context: vscode.ExtensionContext, annotations: AnnotationsService): Promise<void> {
  const nesting = vscode.workspace.getConfiguration('explorer.fileNesting');
  if (nesting.get<boolean>('enabled') || context.workspaceState.get(NESTING_ASKED)) return;
  // Asked only where there is something to nest, and only once per folder.
  const onSidecar = () => annotations.all().length > 0;
  if (!onSidecar()) {
    const sub = annotations.onDidChange(() => {
      if (!onSidecar()) return;
      sub.dispose();
      void offerNesting(context, annotations);
    });
    context.subscriptions.push(sub);
    return;
  }
  await context.workspaceState.update(NESTING_ASKED, true);
  const turnOn = 'Nest in This Folder';
  const pick = await vscode.window.showInformationMessage(
    'Marginalia keeps the annotations of each text in a file beside it (essay.txt.annotations.yaml). Show that file nested ' +
      'under its text in the Explorer?',
    turnOn,
    'Not Now',
  );
  if (pick === turnOn) await nesting.update('enabled', true, vscode.ConfigurationTarget.Workspace);
}
