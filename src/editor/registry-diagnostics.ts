import * as vscode from 'vscode';
import type { CorpusView } from './services';
import { fromProblem } from './problem-diagnostic';

/** Problems of the entities.yaml files (YAML, schema, encoding, ids defined twice) as diagnostics on them. */
export function registerRegistryDiagnostics(context: vscode.ExtensionContext, corpus: CorpusView): void {
  const collection = vscode.languages.createDiagnosticCollection('marginalia-registry');
  const refresh = (): void => {
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const p of corpus.registryProblems()) byFile.set(p.file, [...(byFile.get(p.file) ?? []), fromProblem(p)]);
    collection.clear();
    for (const [file, diagnostics] of byFile) collection.set(vscode.Uri.parse(file), diagnostics);
  };
  context.subscriptions.push(collection, corpus.onDidChangeRegistry(refresh));
  refresh();
}
