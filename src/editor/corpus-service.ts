import * as vscode from 'vscode';
import type { Entity, Mention, Problem } from '../core/model';
import { CorpusIndex, type ChangeHint, type Located, type Scan } from '../core/corpus/corpus-index';
import { createScannerInSteps } from '../core/corpus/scanner-in-steps';
import type { ParsedRegistry, ScanOutcome, ScanPool, ScanSession } from '../core/corpus/scan-pool';
import { entityAtRegistryLine } from '../core/corpus/registry-lookup';
import { isTextPath, NOT_TEXTS } from '../core/corpus/text-filter';
import { parseRegistryInSteps } from '../core/registry/parse-registry';
import { Registry } from '../core/registry/registry';
import { decodeText } from '../core/text/decode';
import { inSlices } from '../core/text/in-slices';
import { readConfig, affectsIndex, type ReadingConfig } from './config';
import { watchNewFolders } from './new-folders';
import { findFiles } from './find-files';
import { buildInWorkers, readRegistriesInWorkers, startSession } from './worker-build';
import { scanPool } from './scan-pool';
import type { CorpusView } from './services';

const REGISTRY_GLOB = '**/entities.yaml';
const EDIT_DEBOUNCE_MS = 150;
/** Lets the extension host breathe between chunks: it must never block for long. */
const pause = (): Promise<void> =>
  new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));

/** The corpus index as the editor keeps it: built in the background, kept current by edits, the file watcher and settings. */
export class CorpusService implements CorpusView, vscode.Disposable {
  readonly index = new CorpusIndex(() => []);
  private registry = new Registry([]);
  private readonly registries = new Map<string, { file: string; source?: string; entities: Entity[]; problems: Problem[] }>();
  private readonly registryEmitter = new vscode.EventEmitter<void>();
  /** How many reads of each registry file started: an older read that ends after a newer one is dropped. */
  private readonly registryReads = new Map<string, number>();
  private cfg: ReadingConfig = readConfig();
  private build: Promise<void> = Promise.resolve();
  /** Resolves when this thread's scanner (live edits) is built for the current registry: built in steps, never in one block. */
  private scannerReady: Promise<void> = Promise.resolve();
  private session?: ScanSession;
  /** While a worker build lists the corpus: its session, once started (undefined if it never starts). */
  private sessionStarting?: Promise<ScanSession | undefined>;
  /** The index's scanner when the session started: its results are stale once the registry is read again. */
  private sessionScanner?: Scan;
  /** Resolves the current `scannerReady` of a worker build early, when a newer build replaces it. */
  private releaseScanner: () => void = () => {};
  /** The registry texts the last build with workers sent them, by URI. */
  /** The scanner of the registries last read (what live edits use while a build's new one is not ready). */
  private lastScan: Scan = () => [];
  /**
   * When the last build started and ended (ms since the epoch), when it had the registries' texts, the list of texts and
   * every text merged, and how many texts came from the warm-start cache.
   */
  private stats = { started: 0, completed: 0, texts: 0, cached: 0, workers: false, registries: 0, listed: 0, merged: 0 };
  private buildCancel?: vscode.CancellationTokenSource;
  private readonly timers = new Map<string, { timer: ReturnType<typeof setTimeout>; run: () => Promise<void> | void }>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri | undefined>();
  private watchers: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private warnedTooBig = false;
  /** Per text: how much of its start and end the pending edits left alone, and the indexed length they apply to. */
  private readonly hints = new Map<string, ChangeHint & { baseLength: number }>();
  /** Fires with the text whose mentions changed (undefined: many or the registry). */
  readonly onDidChange = this.emitter.event;
  /** Fires when the registry files were read again (their problems may have changed). */
  readonly onDidChangeRegistry = this.registryEmitter.event;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly pool?: ScanPool,
  ) {
    const sub = this.index.onDidChange((uri) => this.emitter.fire(uri ? vscode.Uri.parse(uri) : undefined));
    this.disposables.push({ dispose: () => sub.dispose() }, this.emitter, this.registryEmitter);
    const ws = vscode.workspace;
    this.disposables.push(
      ws.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && this.onChange(e)),
      ws.onDidOpenTextDocument((doc) => this.onEdit(doc)),
      // Closing without saving drops the live text: the disk's is the text again.
      ws.onDidCloseTextDocument((doc) => this.onClose(doc)),
      ws.onDidRenameFiles((e) => e.files.forEach(({ oldUri, newUri }) => this.onRename(oldUri, newUri))),
      ws.onDidChangeWorkspaceFolders(() => void this.rebuild()),
      ws.onDidChangeConfiguration((e) => affectsIndex(e) && void this.rebuild()),
    );
  }

  /** The settings the index was built with. */
  get config(): ReadingConfig {
    return this.cfg;
  }

  /** Every registry entity, once each. */
  entities(): Entity[] {
    return this.registry.all();
  }

  entity(id: string): Entity | undefined {
    return this.registry.byId(id);
  }

  /** The entity whose item holds `line` of the registry file `uri`. */
  entityAtRegistryLine(uri: vscode.Uri, line: number): Entity | undefined {
    return entityAtRegistryLine(this.registry.all(), uri.toString(), line);
  }

  /** What is wrong in the registry files: YAML and schema problems, undecodable files, ids defined twice. */
  registryProblems(): Problem[] {
    return [...this.registries.values()].flatMap((r) => r.problems).concat(this.registry.problems());
  }

  /** The registry files found (entities.yaml), in corpus order. */
  registryUris(): vscode.Uri[] {
    return [...this.registries.keys()].sort().map((u) => vscode.Uri.parse(u));
  }

  isRegistry(uri: vscode.Uri): boolean {
    return /(^|\/)entities\.yaml$/.test(uri.path);
  }

  /** True when a file belongs to the corpus: matches `marginalia.texts`, not excluded, not a sidecar or registry. */
  isText(uri: vscode.Uri): boolean {
    return (
      !!vscode.workspace.getWorkspaceFolder(uri) &&
      isTextPath(vscode.workspace.asRelativePath(uri, false), this.cfg.texts, this.cfg.exclude)
    );
  }

  /** Resolves when the index is complete: the build done and pending edits applied. */
  async whenReady(): Promise<void> {
    await Promise.all([...this.timers.keys()].map((key) => this.flush(key)));
    let build: Promise<void>;
    do {
      build = this.build;
      await build;
    } while (build !== this.build);
  }

  /** What the last build did and when (for `marginalia.waitForIndex`, which the benchmark reads). */
  buildStats(): typeof this.stats {
    return { ...this.stats };
  }

  /** Resolves when the pending edits of one text are indexed (the outline asks right after typing). */
  async whenCurrent(uri: vscode.Uri): Promise<void> {
    await this.flush(uri.toString());
  }

  /** Re-reads registries and texts from scratch, in the background, with progress in the status bar. */
  rebuild(rewatch = true): Promise<void> {
    this.buildCancel?.cancel();
    const cts = (this.buildCancel = new vscode.CancellationTokenSource());
    this.cfg = readConfig();
    for (const why of this.cfg.refused) this.log.warn(`Settings: ${why}`);
    // A registry change keeps the file watchers: recreating them may miss a text created meanwhile.
    if (rewatch) this.watch();
    const title = 'Marginalia: indexing the corpus';
    const run = vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title, cancellable: true },
      async (progress, token) => {
        const cancelled = () => cts.token.isCancellationRequested || token.isCancellationRequested;
        const started = Date.now();
        this.stats = { ...this.stats, started, completed: 0, texts: 0, cached: 0, workers: !!this.pool };
        // Texts the file watcher brings in while the build lists the corpus are not in its list, and stay.
        const before = new Set(this.index.uris());
        if (this.pool) return this.buildWithPool(this.pool, before, cancelled, (message) => progress.report({ message }));
        const [, uris] = await Promise.all([
          this.loadRegistries().finally(() => (this.stats.registries = Date.now())),
          this.listTexts(),
        ]);
        this.prune(before, uris);
        for (const [i, uri] of uris.entries()) {
          if (cancelled()) return;
          progress.report({ message: `${i + 1}/${uris.length}` });
          await this.loadFile(uri, cancelled);
        }
        this.stats.merged = Date.now();
        await this.index.rescanStale(pause, cancelled);
        this.stats = { ...this.stats, completed: Date.now(), texts: uris.length };
        this.log.info(`Indexed ${uris.length} texts and ${this.registry.all().length} entities in ${Date.now() - started} ms`);
      },
    );
    this.build = Promise.resolve(run).then(undefined, (err) => this.log.error(`Indexing failed: ${String(err)}`));
    return this.build;
  }

  /** The build in worker threads (Node extension host): see worker-build.ts. */
  private async buildWithPool(
    pool: ScanPool,
    indexed: Set<string>,
    cancelled: () => boolean,
    report: (message: string) => void,
  ): Promise<void> {
    const started = this.stats.started;
    this.session?.close();
    this.session = undefined;
    // An open text to index while the corpus is listed waits for this build's workers, not for this thread's scanner.
    let starting: (session: ScanSession | undefined) => void = () => {};
    const sessionStarting = (this.sessionStarting = new Promise((resolve) => (starting = resolve)));
    const notStarting = () => {
      starting(undefined);
      if (this.sessionStarting === sessionStarting) this.sessionStarting = undefined;
    };
    // The texts are listed (a workspace search, a process of its own) while the registries are read and the workers start.
    const listing = this.listTexts();
    listing.catch(() => undefined); // awaited below
    const sources = await this.registrySources()
      .finally(() => (this.stats.registries = Date.now()))
      .catch((err) => {
        notStarting();
        throw err;
      });
    const reads = new Map(sources.map(({ uri }) => [uri, this.registryReads.get(uri)]));
    // A newer build started meanwhile: starting a session now would cancel the newer one's.
    if (cancelled()) return notStarting();
    let cached = 0;
    // Every text is stale from now (the index's scanner is this build's); the workers' results replace them one by one.
    // Live edits meanwhile wait for `scannerReady`, the scanner of the registries the workers parse.
    const before = this.lastScan;
    let scan: Scan | undefined;
    let merged = () => {};
    const textsMerged = new Promise<void>((resolve) => (merged = resolve));
    let release = () => {};
    // Waiters on an older build's scanner, which may never come now, move on to this one (see scannerSettled).
    this.releaseScanner();
    this.scannerReady = new Promise<void>((resolve) => (release = resolve));
    this.releaseScanner = release;
    this.index.setScanner((text) => (scan ?? before)(text));
    const target = {
      index: this.index,
      config: this.cfg,
      setRegistries: (files: Array<ParsedRegistry & { source: string }>) => {
        // A registry read again on this thread since the build read it (changed on disk or in an editor) is newer.
        for (const f of files) if (this.registryReads.get(f.file) === reads.get(f.file)) this.registries.set(f.file, f);
        // This thread's name matcher, for live edits, is built after the texts are merged: the CPU goes to the workers first.
        return this.newScanner(textsMerged).then((next) => {
          scan = this.lastScan = next.scan;
          // Not awaited: the index is complete without this thread's scanner, which only live edits need.
          void next.ready.then(release);
        });
      },
      skipped: (uri: vscode.Uri, o: Extract<ScanOutcome, { ok: false }>) => this.skipped(uri, o),
    };
    const session = (this.session = startSession(target, pool, sources));
    this.sessionScanner = this.index.scanner;
    starting(session);
    const registriesReady = readRegistriesInWorkers(target, session, sources);
    const uris = await listing.catch((err) => {
      merged();
      session.close();
      throw err;
    });
    if (cancelled()) {
      merged();
      return session.close();
    }
    this.prune(indexed, uris);
    await buildInWorkers(
      target,
      session,
      uris,
      cancelled,
      (done) => report(`${done}/${uris.length}`),
      (fromCache) => {
        if (fromCache) cached++;
      },
    ).finally(merged);
    this.stats.merged = Date.now();
    // A newer build releases the waiters (they then wait for its scanner); a failed read of the registries falls back to this
    // thread.
    registriesReady.catch(async (err) => {
      if (!cancelled()) {
        this.log.error(`Reading the registries in a worker failed (${String(err)}); reading them here`);
        await this.loadRegistries();
      }
      release();
    });
    if (cancelled()) return session.close();
    // The registry's problems and entities (hover cards) belong to a complete index; this thread's scanner does not.
    await registriesReady.catch(() => this.scannerSettled());
    session.close();
    if (this.session === session) this.session = undefined;
    if (this.sessionStarting === sessionStarting) this.sessionStarting = undefined;
    // Texts that the build did not replace (an open one edited meanwhile) are re-scanned here, with the new scanner.
    if (this.index.uris().some((u) => !this.index.isCurrent(u))) {
      await this.scannerSettled();
      await this.index.rescanStale(pause, cancelled);
    }
    this.stats = { ...this.stats, completed: Date.now(), texts: uris.length, cached };
    this.log.info(
      `Indexed ${uris.length} texts (${cached} from the cache) and ${this.registry.all().length} entities in ` +
        `${Date.now() - started} ms, in worker threads`,
    );
  }

  /**
   * Drops the texts indexed before the build (`before`) that its list of the corpus no longer has: deleted or excluded
   * meanwhile. A text the file watcher indexed while the list was made may be missing from it, and is kept.
   */
  private prune(before: Set<string>, listed: vscode.Uri[]): void {
    const keep = new Set(listed.map(String));
    for (const uri of before) if (!keep.has(uri)) this.index.remove(uri);
  }

  /** The corpus's texts, found by the workspace search. */
  private async listTexts(): Promise<vscode.Uri[]> {
    const uris = await this.textsIn(await findFiles(this.cfg.texts, [...this.cfg.exclude, ...NOT_TEXTS]));
    this.stats.listed = Date.now();
    return uris;
  }

  /** The corpus texts among `found`, matched a slice at a time: glob matching thousands of paths is one long block otherwise. */
  private async textsIn(found: vscode.Uri[]): Promise<vscode.Uri[]> {
    const out: vscode.Uri[] = [];
    await inSlices(found, (uri) => this.isText(uri) && out.push(uri), pause);
    return out;
  }

  /** The registry files' texts for the workers to parse; one that cannot be decoded is recorded as a problem here. */
  private async registrySources(): Promise<Array<{ uri: string; text: string }>> {
    this.registries.clear();
    const out: Array<{ uri: string; text: string }> = [];
    for (const uri of await findFiles(REGISTRY_GLOB, this.cfg.exclude)) {
      const got = await this.readRegistryText(uri);
      if (got && 'text' in got) out.push({ uri: uri.toString(), text: got.text });
    }
    return out;
  }

  private skipped(uri: vscode.Uri, o: Extract<ScanOutcome, { ok: false }>): void {
    if (o.reason === 'cancelled') return;
    if (o.reason === 'too-big') return this.tooBig(uri, o.size ?? 0);
    if (o.reason === 'symlink') return this.notIndexed(uri, vscode.FileType.SymbolicLink);
    if (o.reason === 'not-file') return this.notIndexed(uri, vscode.FileType.Directory);
    if (o.reason === 'undecodable') this.log.warn(`${vscode.workspace.asRelativePath(uri)} ${o.message ?? 'cannot be read'}`);
    this.index.remove(uri.toString());
  }

  private watch(): void {
    this.watchers.forEach((w) => w.dispose());
    const texts = vscode.workspace.createFileSystemWatcher(this.cfg.texts);
    const reload = (uri: vscode.Uri) => this.isText(uri) && this.debounce(uri, 0, () => this.loadFile(uri));
    const registries = vscode.workspace.createFileSystemWatcher(REGISTRY_GLOB);
    const registryChanged = (uri: vscode.Uri) => this.debounce(uri, EDIT_DEBOUNCE_MS, () => this.reloadRegistry(uri));
    // A deleted folder is one event for the folder, which the texts glob does not match.
    const deletions = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
    this.watchers = [
      texts,
      texts.onDidCreate(reload),
      texts.onDidChange(reload),
      texts.onDidDelete((uri) => this.forget(uri)),
      deletions,
      deletions.onDidDelete((uri) => this.forget(uri)),
      registries,
      registries.onDidCreate(registryChanged),
      registries.onDidChange(registryChanged),
      registries.onDidDelete(registryChanged),
      watchNewFolders(
        (uri) => this.isText(uri) || this.isRegistry(uri),
        (uri) => (this.isRegistry(uri) ? registryChanged(uri) : reload(uri)),
      ),
    ];
  }

  /** Remembers what an edit left alone, so the re-scan need not diff megabytes to find it. */
  private onChange(e: vscode.TextDocumentChangeEvent): void {
    const doc = e.document;
    const key = doc.uri.toString();
    const after = doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
    const before = after - e.contentChanges.reduce((n, c) => n + c.text.length - c.rangeLength, 0);
    const hint = this.hints.get(key) ?? { prefix: Infinity, suffix: Infinity, baseLength: before };
    // Ranges of one event are in the text before it; what lies before the first and after the last is unchanged.
    for (const c of e.contentChanges) {
      hint.prefix = Math.min(hint.prefix, c.rangeOffset);
      hint.suffix = Math.min(hint.suffix, before - c.rangeOffset - c.rangeLength);
    }
    this.hints.set(key, hint);
    this.onEdit(doc);
  }

  private async reindex(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    const hint = this.hints.get(key);
    this.hints.delete(key);
    const text = doc.getText();
    // Characters, not bytes, but close enough to keep a huge open file from being scanned.
    if (text.length > this.cfg.maxFileSize) return this.tooBig(doc.uri, text.length);
    // Opened, not edited, and indexed already (the workers do open texts first): nothing to wait for.
    if (this.index.isCurrent(key) && this.index.textOf(key) === text) return;
    // While the workers build, a text not indexed yet goes to them ahead of the rest, rather than wait for this thread's scanner.
    const session = this.session ?? (await this.sessionStarting);
    if (this.index.isCurrent(key) && this.index.textOf(key) === text) return;
    if (session && !this.index.isCurrent(key)) {
      const version = this.index.versionOf(key);
      const outcome = await session.scan(key, { text }, true);
      if (outcome.ok && this.index.accept(key, text, outcome.mentions, { version, scanner: this.sessionScanner })) return;
    }
    await this.scannerSettled();
    // A text new to the index (or stale after a registry change) is scanned whole: in chunks, so a big one cannot block.
    if (!this.index.isCurrent(key)) return this.index.load(key, text, pause);
    const valid = hint && this.index.textOf(key)?.length === hint.baseLength;
    this.index.update(key, text, valid ? hint : undefined);
  }

  private onEdit(doc: vscode.TextDocument): void {
    if (this.isRegistry(doc.uri) && this.registries.has(doc.uri.toString())) {
      this.debounce(doc.uri, EDIT_DEBOUNCE_MS, () => this.reloadRegistry(doc.uri));
    } else if (this.index.has(doc.uri.toString()) || this.isText(doc.uri)) {
      this.debounce(doc.uri, EDIT_DEBOUNCE_MS, () => this.reindex(doc));
    }
  }

  private onClose(doc: vscode.TextDocument): void {
    if (this.isRegistry(doc.uri) && this.registries.has(doc.uri.toString()))
      this.debounce(doc.uri, 0, () => this.reloadRegistry(doc.uri));
    else if (this.isText(doc.uri)) this.debounce(doc.uri, 0, () => this.loadFile(doc.uri));
  }

  private onRename(oldUri: vscode.Uri, newUri: vscode.Uri): void {
    const prefix = oldUri.toString() + '/';
    for (const uri of this.index.uris()) {
      if (uri !== oldUri.toString() && !uri.startsWith(prefix)) continue;
      const moved = vscode.Uri.parse(newUri.toString() + uri.slice(oldUri.toString().length));
      if (this.isText(moved)) this.index.rename(uri, moved.toString());
      else this.index.remove(uri);
    }
  }

  /** A text (or a folder of texts) deleted on disk. */
  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    for (const u of this.index.uris()) if (u === key || u.startsWith(key + '/')) this.index.remove(u);
  }

  /** Reads a text: the open document's live text wins over the disk. */
  private async loadFile(uri: vscode.Uri, cancelled: () => boolean = () => false): Promise<void> {
    await this.scannerSettled();
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (open)
      return open.getText().length > this.cfg.maxFileSize
        ? this.tooBig(uri, open.getText().length)
        : this.index.load(key, open.getText(), pause, cancelled);
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type !== vscode.FileType.File) return this.notIndexed(uri, stat.type);
      if (stat.size > this.cfg.maxFileSize) return this.tooBig(uri, stat.size);
      const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
      if (!decoded.ok) {
        this.log.warn(`${vscode.workspace.asRelativePath(uri)} ${decoded.message}`);
        this.index.remove(key);
        return;
      }
      await this.index.load(key, decoded.text, pause, cancelled);
    } catch {
      this.index.remove(key); // gone meanwhile
    }
  }

  /**
   * A FIFO or device named like a text would block or never end; a symbolic link may lead out of the workspace,
   * and one leading inside would count its text twice (the text itself is listed where it lies).
   */
  private notIndexed(uri: vscode.Uri, type: vscode.FileType): void {
    this.index.remove(uri.toString());
    const what = type & vscode.FileType.SymbolicLink ? 'a symbolic link' : 'not a regular file';
    this.log.warn(`${vscode.workspace.asRelativePath(uri)} is ${what}: not indexed.`);
  }

  private tooBig(uri: vscode.Uri, size: number): void {
    this.index.remove(uri.toString());
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    const message =
      `${vscode.workspace.asRelativePath(uri)} is ${mb(size)} MB, over marginalia.maxFileSize ` +
      `(${mb(this.cfg.maxFileSize)} MB): not indexed. Raise the setting or split the file.`;
    this.log.warn(message);
    if (!this.warnedTooBig) {
      this.warnedTooBig = true;
      void vscode.window.showWarningMessage(`Marginalia: ${message}`, 'Show Log').then((pick) => pick && this.log.show());
    }
  }

  private async loadRegistries(): Promise<void> {
    this.registries.clear();
    for (const uri of await findFiles(REGISTRY_GLOB, this.cfg.exclude)) await this.readRegistry(uri);
    await this.applyRegistry();
  }

  private async reloadRegistry(uri: vscode.Uri): Promise<void> {
    // The same registry read again (a save seen once as an edit and again by the file watcher): nothing to rescan.
    // Read and applied on this thread, with or without workers: a registry change as a new worker build missed a
    // conflicted entities.yaml written on disk in the full integration suite (its diagnostic never came).
    if (!(await this.readRegistry(uri))) return;
    await this.applyRegistry();
    this.build = this.build.then(() => this.index.rescanStale(pause));
    await this.build;
    this.emitter.fire(undefined);
  }

  /**
   * Reads one registry into the map; false when its text is the one already read, or when a newer read of it started
   * meanwhile (that one applies it). Parsed in steps: a 39,000-entity registry read at once blocks for a third of a second.
   */
  private async readRegistry(uri: vscode.Uri): Promise<boolean> {
    const key = uri.toString();
    const read = (this.registryReads.get(key) ?? 0) + 1;
    this.registryReads.set(key, read);
    const newest = () => this.registryReads.get(key) === read;
    const got = await this.readRegistryText(uri);
    if (!newest()) return false;
    if (!got) return this.registries.delete(key); // deleted
    if (!('text' in got)) return true;
    if (this.registries.get(key)?.source === got.text) return false;
    const parsed = await parseRegistryInSteps(got.text, key, pause);
    if (!newest()) return false;
    this.registries.set(key, { file: key, source: got.text, ...parsed });
    return true;
  }

  /**
   * A registry's text (an open editor's live text first); undefined when deleted; one that cannot be decoded is recorded with its
   * problem.
   */
  private async readRegistryText(uri: vscode.Uri): Promise<{ text: string } | { problem: true } | undefined> {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (open) return { text: open.getText() };
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return undefined;
    }
    const decoded = decodeText(bytes);
    if (decoded.ok) return { text: decoded.text };
    const { line, column, reason: code, message } = decoded;
    this.registries.set(key, {
      file: key,
      entities: [],
      problems: [{ file: key, line, column, severity: 'error', code, message: `entities.yaml ${message}` }],
    });
    return { problem: true };
  }

  /**
   * Takes the registries read: hover cards see the new entities now; this thread's scanner is built in steps (`scannerReady`).
   */
  private async applyRegistry(): Promise<void> {
    const { scan, ready } = await this.newScanner();
    this.index.setScanner(scan);
    this.scannerReady = ready;
    await ready;
  }

  /** The registry of the registries read, and a scanner for it whose name matcher is built in steps. */
  private async newScanner(after?: Promise<void>): Promise<{ scan: Scan; ready: Promise<void> }> {
    this.registry = await Registry.inSteps(
      [...this.registries.keys()].sort().map((k) => this.registries.get(k)!),
      pause,
    );
    const next = createScannerInSteps(
      this.registry.all(),
      { dayFirst: this.cfg.dayFirst, julianBefore: this.cfg.julianBefore, lang: this.cfg.language },
      pause,
      after,
    );
    this.lastScan = next.scan;
    this.registryEmitter.fire();
    return next;
  }

  /** Resolves when this thread's scanner is built for the latest registries (a newer build may replace the promise meanwhile). */
  private async scannerSettled(): Promise<void> {
    let ready: Promise<void>;
    do {
      ready = this.scannerReady;
      await ready;
    } while (ready !== this.scannerReady);
  }

  /** Runs `run` for this URI after `ms` of quiet; a newer call replaces an older one. */
  private debounce(uri: vscode.Uri, ms: number, run: () => Promise<void> | void): void {
    const key = uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending.timer);
    this.timers.set(key, { run, timer: setTimeout(() => void this.flush(key), ms) });
  }

  private async flush(key: string): Promise<void> {
    const pending = this.timers.get(key);
    if (!pending) return;
    clearTimeout(pending.timer);
    this.timers.delete(key);
    try {
      await pending.run();
    } catch (err) {
      this.log.error(`Updating ${key} failed: ${String(err)}`);
    }
  }

  // The read-only view (CorpusView) the features use: the index's answers, without the index.
  uris(): readonly string[] {
    return this.index.uris();
  }

  has(uri: string): boolean {
    return this.index.has(uri);
  }

  textOf(uri: string): string | undefined {
    return this.index.textOf(uri);
  }

  mentionsIn(uri: string): readonly Mention[] {
    return this.index.mentionsIn(uri);
  }

  mentionAt(uri: string, offset: number): Mention | undefined {
    return this.index.mentionAt(uri, offset);
  }

  mentionsOf(entityId: string): Located[] {
    return this.index.mentionsOf(entityId);
  }

  countOf(entityId: string): { mentions: number; texts: number } {
    return this.index.countOf(entityId);
  }

  dates(): Located[] {
    return this.index.dates();
  }

  dispose(): void {
    this.buildCancel?.cancel();
    this.session?.close();
    this.timers.forEach((t) => clearTimeout(t.timer));
    this.watchers.forEach((w) => w.dispose());
    this.disposables.forEach((d) => d.dispose());
  }
}

/** Creates the corpus service, starts the first build, and offers `marginalia.waitForIndex` (for tests). */
export function registerCorpus(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): CorpusView {
  const service = new CorpusService(log, scanPool());
  context.subscriptions.push(
    service,
    vscode.commands.registerCommand('marginalia.waitForIndex', async () => {
      await service.whenReady();
      return service.buildStats();
    }),
  );
  void service.rebuild();
  return service;
}
