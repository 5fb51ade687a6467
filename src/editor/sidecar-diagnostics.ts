import * as vscode from 'vscode';
import { LineIndex } from '../core/text/line-index';
import { fromProblem } from './problem-diagnostic';
import { findsUnaided } from '../core/anchor/refresh';
import type { AnnotationsService, EntitySource, LiveAnnotation, SidecarState } from './services';
import { SIDECAR_SUFFIX, baseName, isSidecar } from './sidecar-store';

/** Where the registry's entity ids come from; undefined while no registry is known (then ids are not checked). */
export type EntityIds = () => ReadonlySet<string> | undefined;

/** Sidecar problems, orphans, moved anchors and unknown entity ids as diagnostics on the sidecars, with quick fixes. */
export function registerSidecarDiagnostics(
  context: vscode.ExtensionContext,
  service: AnnotationsService,
  registry: EntitySource,
): void {
  // No registry (or not loaded yet): entity ids are not checked rather than all reported unknown.
  const entityIds: EntityIds = () => {
    const all = registry.entities();
    return all.length ? new Set(all.map((e) => e.id)) : undefined;
  };
  const collection = vscode.languages.createDiagnosticCollection('marginalia');
  /** Sidecar shown for each text, so that a forgotten sidecar's diagnostics go too. */
  const shown = new Map<string, vscode.Uri>();
  const refreshText = (text: vscode.Uri): void => {
    const state = service.stateOf(text);
    const before = shown.get(text.toString());
    if (before && before.toString() !== state?.sidecar.toString()) collection.delete(before);
    if (state) collection.set(state.sidecar, diagnosticsOf(state, entityIds()));
    if (state) shown.set(text.toString(), state.sidecar);
    else shown.delete(text.toString());
  };
  const refresh = (): void => {
    for (const key of new Set([...shown.keys(), ...service.all().map((s) => s.text.toString())]))
      refreshText(vscode.Uri.parse(key));
  };
  context.subscriptions.push(
    collection,
    // Per text: typing in one text must not recompute the diagnostics of the whole corpus.
    service.onDidChange((text) => (text ? refreshText(text) : refresh())),
    vscode.languages.registerCodeActionsProvider(
      { pattern: '**/*' + SIDECAR_SUFFIX },
      new SidecarQuickFixes(service, entityIds),
      {
        providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
      },
    ),
  );
  // A registry change can make ids known or unknown in every sidecar.
  context.subscriptions.push(registry.onDidChange((uri) => uri === undefined && refresh()));
  refresh();
}

/** The diagnostics of one sidecar. */
export function diagnosticsOf(state: SidecarState, ids: ReadonlySet<string> | undefined): vscode.Diagnostic[] {
  const out = state.problems.map((p) => fromProblem(p));
  const text = baseName(state.text);
  // Built only when something moved: this runs on every keystroke in the text.
  let index: LineIndex | undefined;
  const lineOf = (offset: number): number | undefined =>
    state.content === undefined ? undefined : (index ??= new LineIndex(state.content)).positionAt(offset).line;
  // Duplicate ids are reported by parseSidecar, which keeps only the first.
  for (const a of state.annotations) {
    const id = a.annotation.id;
    if (a.current === undefined) {
      const why = state.content === undefined ? ` (${text} cannot be read)` : '';
      out.push(
        diagnostic(
          a,
          `Annotation ${id} no longer matches its text${why} (“${short(a.annotation.target.exact)}”). ` +
            'Re-attach Orphan (the quick fix offers the likeliest passages), or delete the annotation.',
          vscode.DiagnosticSeverity.Error,
          'orphan',
        ),
      );
    } else if (isMoved(a, state.content)) {
      const line = lineOf(a.start ?? 0);
      const where = line === undefined ? text : `line ${line + 1} of ${text}`;
      out.push(
        diagnostic(
          a,
          `Annotation ${id} moved: its passage (“${short(a.current.exact)}”) is now at ${where}, offset ${a.start}. ` +
            `Saving ${text} updates the anchor.`,
          vscode.DiagnosticSeverity.Information,
          'moved',
        ),
      );
    }
    const entity = a.annotation.entity;
    if (entity && ids && !ids.has(entity)) {
      const near = nearest(entity, ids);
      out.push(
        diagnostic(
          a,
          `Annotation ${id} names entity “${entity}”, which no entities.yaml defines. ` +
            (near.length ? `Did you mean ${near.join(', ')}? ` : '') +
            'Fix the id or add the entity to entities.yaml.',
          vscode.DiagnosticSeverity.Warning,
          'unknown-entity',
        ),
      );
    }
  }
  return out;
}

function diagnostic(a: LiveAnnotation, message: string, severity: vscode.DiagnosticSeverity, code: string): vscode.Diagnostic {
  const d = new vscode.Diagnostic(new vscode.Range(a.sidecarLine, 0, a.sidecarLine, 1000), message, severity);
  d.source = 'Marginalia';
  d.code = code;
  return d;
}

function short(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > 60 ? flat.slice(0, 57) + '…' : flat;
}

/** Up to three registry ids within a small edit distance of a mistyped one, nearest first. */
export function nearest(id: string, ids: ReadonlySet<string>): string[] {
  const limit = Math.max(2, Math.floor(id.length / 3));
  return [...ids]
    .map((x) => [x, distance(id, x)] as const)
    .filter(([, d]) => d <= limit)
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([x]) => x);
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** Quick fixes on a sidecar: re-attach or delete an orphan; change an unknown entity id to a near one. */
class SidecarQuickFixes implements vscode.CodeActionProvider {
  constructor(
    private readonly service: AnnotationsService,
    private readonly entityIds: EntityIds,
  ) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!isSidecar(doc.uri)) return [];
    const state = this.service.stateOf(doc.uri);
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      const a = state?.annotations.find((x) => x.sidecarLine === d.range.start.line);
      if (!a || d.source !== 'Marginalia') continue;
      const args = { id: a.annotation.id, uri: doc.uri.toString() };
      if (d.code === 'orphan') {
        actions.push(
          action(
            `Re-attach annotation ${args.id} to its likeliest passage…`,
            d,
            { command: 'marginalia.reattachOrphan', title: 'Re-attach Orphan', arguments: [{ ...args, pick: true }] },
            true,
          ),
        );
        actions.push(
          action(`Delete annotation ${args.id}`, d, {
            command: 'marginalia.deleteAnnotation',
            title: 'Delete Annotation',
            arguments: [args],
          }),
        );
      } else if (d.code === 'unknown-entity' && a.annotation.entity) {
        const ids = this.entityIds();
        const line = entityLine(doc, a.sidecarLine);
        if (!ids || line === undefined) continue;
        for (const id of nearest(a.annotation.entity, ids)) {
          const fix = action(`Change to ${id}`, d);
          fix.edit = new vscode.WorkspaceEdit();
          fix.edit.replace(doc.uri, line.range, id);
          actions.push(fix);
        }
      }
    }
    return actions;
  }
}

function action(title: string, d: vscode.Diagnostic, command?: vscode.Command, preferred = false): vscode.CodeAction {
  const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  a.diagnostics = [d];
  a.command = command;
  a.isPreferred = preferred;
  return a;
}

/** The range of the value of the `entity:` key of the annotation item that starts at `itemLine`. */
function entityLine(doc: vscode.TextDocument, itemLine: number): { range: vscode.Range } | undefined {
  const indent = doc.lineAt(itemLine).firstNonWhitespaceCharacterIndex;
  for (let l = itemLine; l < doc.lineCount; l++) {
    const text = doc.lineAt(l).text;
    const first = text.search(/\S/);
    // The next item, or a top-level key, ends this annotation.
    if (l > itemLine && first >= 0 && (first === 0 || (first <= indent && text[first] === '-'))) return undefined;
    const m = /^(\s*(?:-\s+)?entity:\s*)(["']?)([^"'\s#]+)\2/.exec(text);
    if (m) return { range: new vscode.Range(l, m[1].length + m[2].length, l, m[1].length + m[2].length + m[3].length) };
  }
  return undefined;
}

/**
 * True when saving the text will rewrite the annotation's entry: its passage is
 * no longer where (or what) its sidecar says, and (given the text `content`)
 * its quote no longer finds it unaided (quiet sidecars: stale hints alone are no change).
 */
export function isMoved(a: LiveAnnotation, content?: string): boolean {
  const t = a.annotation.target;
  if (a.current === undefined || a.start === undefined || a.end === undefined) return false;
  const stale = a.current.start !== t.start || a.current.end !== t.end || a.current.exact !== (t.current ?? t.exact);
  return stale && (content === undefined || !findsUnaided(content, t, a.start, a.end));
}
