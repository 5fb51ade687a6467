import * as vscode from 'vscode';
import { createLog } from './log';
import { createAnnotationsService } from './annotations-service';
import { registerAnnotateCommands } from './annotate-commands';
import { registerAnnotationDecorations } from './annotation-decorations';
import { registerAnnotationHover } from './annotation-hover';
import { registerSidecarDiagnostics } from './sidecar-diagnostics';
import { registerAnnotationsView } from './views/annotations-view';
import { registerAnnotationsStatusBar } from './status-bar';
import { registerCorpus } from './corpus-service';
import { registerRegistryDiagnostics } from './registry-diagnostics';
import { registerDecorations } from './decorations';
import { registerReadingFont } from './reading-font';
import { registerHover } from './hover';
import { registerNavigation } from './navigation';
import { registerSymbols } from './symbols';
import { registerRename } from './rename';
import { registerCandidateActions } from './candidate-actions';
import { registerEntitiesView } from './views/entities-view';
import { registerTimelineView } from './views/timeline-view';
import { registerExportCommands } from './export-commands';
import { registerGitCommands } from './git-commands';
import { registerCreateRegistry } from './create-registry';
import { registerWalkthrough } from './walkthrough';
import { registerClaims } from './claims-register';
import { registerAnnotationComments } from './annotation-comments';
import { registerFirstStart } from './first-start';

/** The composition root, and the list of what Marginalia is: each feature registers itself and pushes its disposables. */
export function activate(context: vscode.ExtensionContext): void {
  const log = createLog(context);
  log.info(`Marginalia activated in VS Code ${vscode.version}`);
  const corpus = registerCorpus(context, log);
  registerRegistryDiagnostics(context, corpus);
  const annotations = createAnnotationsService(context, log);
  registerSidecarDiagnostics(context, annotations, corpus);
  registerAnnotateCommands(context, annotations, log, corpus);
  registerAnnotationDecorations(context, annotations);
  // Where the reading hover shows a name's card, it shows the passage's notes too: the annotation hover stays away.
  registerAnnotationHover(context, annotations, corpus);
  registerAnnotationsView(context, annotations);
  registerAnnotationsStatusBar(context, annotations);
  registerDecorations(context, corpus);
  registerReadingFont(context);
  registerHover(context, corpus, annotations);
  registerNavigation(context, corpus);
  registerSymbols(context, corpus, annotations);
  registerRename(context, corpus);
  registerCandidateActions(context, corpus);
  registerEntitiesView(context, corpus);
  registerTimelineView(context, corpus);
  registerExportCommands(context, corpus, log);
  registerGitCommands(context, log);
  registerCreateRegistry(context, corpus);
  registerWalkthrough(context, corpus);
  registerClaims(context, corpus, annotations, log);
  registerAnnotationComments(context, annotations, log);
  registerFirstStart(context, corpus, annotations);
}

export function deactivate(): void {}
