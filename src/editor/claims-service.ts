import * as vscode from 'vscode';
import { buildLedger, type ClaimSource, type Ledger, type LedgerEntry } from '../core/claims/ledger';
import { findContradictions, type Contradiction, type Side } from '../core/claims/contradictions';
import { LineIndex } from '../core/text/line-index';
import type { AnnotationsService, CorpusView, SidecarState } from './services';

const RECOMPUTE_MS = 150;

/**
 * The claims ledger of the workspace, rebuilt (debounced) whenever a sidecar
 * or the registry changes. Files are named as the workspace shows them
 * (relative paths), so that messages read like the command line's.
 */
export class ClaimsService implements vscode.Disposable {
  private current: { ledger: Ledger; contradictions: Contradiction[] } = {
    ledger: buildLedger([], () => undefined, false),
    contradictions: [],
  };
  private readonly states = new Map<string, SidecarState>();
  /** Relative registry path (as messages name it) -> the registry's URI. */
  private readonly registryFiles = new Map<string, string>();
  /** Line index of each text, kept while its content is the same (diagnostics ask for many passages at once). */
  private readonly lineIndexes = new Map<string, { content: string; index: LineIndex }>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private timer?: ReturnType<typeof setTimeout>;
  readonly onDidChange = this.emitter.event;

  constructor(
    private readonly annotations: AnnotationsService,
    private readonly corpus: CorpusView,
  ) {
    const later = () => this.later();
    this.disposables.push(
      annotations.onDidChange(later),
      corpus.onDidChangeRegistry(later),
      corpus.onDidChange((uri) => uri === undefined && later()),
    );
    this.recompute();
  }

  get ledger(): Ledger {
    return this.current.ledger;
  }
  get contradictions(): Contradiction[] {
    return this.current.contradictions;
  }

  /** Rebuilds now (commands and tests call it to read the newest state). */
  recompute(): void {
    this.states.clear();
    this.lineIndexes.clear();
    const sources: ClaimSource[] = [];
    for (const state of this.annotations.all()) {
      const file = vscode.workspace.asRelativePath(state.sidecar);
      this.states.set(file, state);
      sources.push({
        file,
        textFile: state.text.toString(),
        annotations: state.annotations.map((a) => a.annotation),
        lines: new Map(state.annotations.map((a) => [a.annotation.id, a.sidecarLine])),
      });
    }
    const hasRegistry = this.corpus.entities().length > 0;
    // Registry entries are named by relative path in messages too; `locate` maps them back.
    this.registryFiles.clear();
    const entity = (id: string) => {
      const e = this.corpus.entity(id);
      if (!e?.source || !e.source.file.includes('://')) return e;
      const file = vscode.workspace.asRelativePath(vscode.Uri.parse(e.source.file));
      this.registryFiles.set(file, e.source.file);
      return { ...e, source: { ...e.source, file } };
    };
    const ledger = buildLedger(sources, entity, hasRegistry);
    this.current = { ledger, contradictions: findContradictions(ledger) };
    this.emitter.fire();
  }

  /** The sidecar state an entry (or a side) comes from. */
  stateOf(file: string): SidecarState | undefined {
    return this.states.get(file);
  }

  /** Where an entry's passage is in its text now; undefined for an orphan or an unreadable text. */
  passage(entry: { id: string; file: string }): vscode.Location | undefined {
    const state = this.states.get(entry.file);
    const live = state?.annotations.find((a) => a.annotation.id === entry.id);
    if (!state || !live || live.start === undefined || live.end === undefined || state.content === undefined) return undefined;
    const key = state.text.toString();
    let cached = this.lineIndexes.get(key);
    if (cached?.content !== state.content)
      this.lineIndexes.set(key, (cached = { content: state.content, index: new LineIndex(state.content) }));
    const index = cached.index;
    const at = (offset: number) => {
      const p = index.positionAt(offset);
      return new vscode.Position(p.line, p.character);
    };
    return new vscode.Location(state.text, new vscode.Range(at(live.start), at(live.end)));
  }

  /** Where a side of a contradiction is: the passage for an annotation, the item line for a registry entry. */
  locate(side: Side): vscode.Location | undefined {
    if (side.kind !== 'entity') return this.passage(side) ?? this.sidecarLine(side);
    const file = this.registryFiles.get(side.file) ?? side.file;
    const uri = file.includes('://') ? vscode.Uri.parse(file) : vscode.Uri.file(file);
    return new vscode.Location(uri, new vscode.Position(side.line, side.column));
  }

  /** The entry's item in its sidecar. */
  sidecarLine(entry: { file: string; line: number }): vscode.Location | undefined {
    const state = this.states.get(entry.file);
    return state && new vscode.Location(state.sidecar, new vscode.Position(entry.line, 0));
  }

  /** The entries whose passage covers `offset` of a text, innermost last. */
  entriesAt(text: vscode.Uri, offset: number): LedgerEntry[] {
    const state = this.annotations.stateOf(text);
    if (!state) return [];
    const here = new Set(
      state.annotations
        .filter((a) => a.start !== undefined && a.end !== undefined && a.start <= offset && offset < a.end)
        .map((a) => a.annotation.id),
    );
    const file = vscode.workspace.asRelativePath(state.sidecar);
    return this.ledger.entries.filter((e) => e.file === file && here.has(e.id));
  }

  private later(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.recompute(), RECOMPUTE_MS);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
