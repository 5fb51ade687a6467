/**
 * The index build with a ScanPool (worker threads in the Node extension host): the registries are parsed and the
 * texts read and recognized in the workers, open texts first; here the results are only merged into the index, a
 * few at a time between yields, so the extension host never blocks for long (the web host's build scans in chunks
 * on this thread instead: corpus-service.ts).
 */
import * as vscode from 'vscode';
import type { CorpusIndex } from '../core/corpus/corpus-index';
import type { ParsedRegistry, ScanOutcome, ScanPool, ScanSession } from '../core/corpus/scan-pool';
import { decodeText } from '../core/text/decode';
import type { ReadingConfig } from './config';

/** Time spent merging results before the event loop gets a turn. */
const MERGE_SLICE_MS = 8;

/** What the build needs of the corpus service. */
export interface BuildTarget {
  readonly index: CorpusIndex;
  readonly config: ReadingConfig;
  /** Takes the parsed registries; resolves once the editor's own scanner (for live edits) is built. */
  setRegistries(files: Array<ParsedRegistry & { source: string }>): Promise<void>;
  /** A text that could not be indexed: it leaves the index, with a message. */
  skipped(uri: vscode.Uri, outcome: Extract<ScanOutcome, { ok: false }>): void;
}

/** Starts a build session in the pool for the target's settings. */
export function startSession(target: BuildTarget, pool: ScanPool, registries: Array<{ uri: string; text: string }>): ScanSession {
  const cfg = target.config;
  return pool.start(registries, { dayFirst: cfg.dayFirst, julianBefore: cfg.julianBefore, lang: cfg.language }, cfg.maxFileSize);
}

/** Asks the session's workers for the registries they parsed and gives them to the target; resolves when it took them. */
export function readRegistriesInWorkers(
  target: BuildTarget,
  session: ScanSession,
  registries: Array<{ uri: string; text: string }>,
): Promise<void> {
  const bySource = new Map(registries.map((r) => [r.uri, r.text]));
  const ready = session
    .registries()
    .then((files) => target.setRegistries(files.map((f) => ({ ...f, source: bySource.get(f.file) ?? '' }))));
  ready.catch(() => undefined); // handled by the caller, after the texts
  return ready;
}

/** Builds the index of `uris` in the session's workers; resolves when every text is merged. */
export async function buildInWorkers(
  target: BuildTarget,
  session: ScanSession,
  uris: readonly vscode.Uri[],
  cancelled: () => boolean,
  progress: (done: number) => void,
  onResult: (cached: boolean) => void = () => {},
): Promise<void> {
  // The texts the user sees first, then the other open ones, then the rest in corpus order.
  const visible = new Set(vscode.window.visibleTextEditors.map((e) => e.document.uri.toString()));
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  const rank = (u: vscode.Uri) => (visible.has(u.toString()) ? 0 : open.has(u.toString()) ? 1 : 2);
  const ordered = [...uris].sort((a, b) => rank(a) - rank(b));
  // Results found with this build's registries: stale if the registry is read again meanwhile (see CorpusIndex.accept).
  const scanner = target.index.scanner;
  const results: Array<{ uri: vscode.Uri; outcome: ScanOutcome; version: unknown }> = [];
  let wake: (() => void) | undefined;
  let pending = 0;
  for (const uri of ordered) {
    const key = uri.toString();
    const doc = open.get(key);
    const version = target.index.versionOf(key);
    const source = doc ? { text: doc.getText() } : uri.scheme === 'file' ? { path: uri.fsPath } : await readRemote(uri);
    if (!source) continue;
    pending++;
    void session.scan(key, source).then((outcome) => {
      results.push({ uri, outcome, version });
      wake?.();
    });
  }
  let done = 0;
  while (pending > 0 && !cancelled()) {
    if (results.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    wake = undefined;
    const sliceStart = Date.now();
    while (results.length > 0 && Date.now() - sliceStart < MERGE_SLICE_MS && !cancelled()) {
      const { uri, outcome, version } = results.shift()!;
      pending--;
      progress(++done);
      if (outcome.ok) onResult(outcome.cached);
      if (outcome.ok) target.index.accept(uri.toString(), outcome.text, outcome.mentions, { version, scanner });
      else target.skipped(uri, outcome);
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** A text on a file system the workers cannot read (remote, virtual): read and decoded here. */
async function readRemote(uri: vscode.Uri): Promise<{ text: string } | undefined> {
  try {
    const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
    return decoded.ok ? { text: decoded.text } : undefined;
  } catch {
    return undefined;
  }
}
