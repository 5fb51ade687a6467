import type { Annotation, Problem, Target } from '../model';
import { Emitter } from '../events';
import { parseSidecar } from '../sidecar/parse-sidecar';
import { type AnnotationPatch, setSidecarText, updateAnnotations } from '../sidecar/edit-sidecar';
import { reanchor } from '../anchor/reanchor';
import { applyChanges, type TextChange } from '../anchor/shift';
import { makeTarget } from '../anchor/make-target';
import { findsUnaided, targetAt, targetPatch } from '../anchor/refresh';
import type { LiveAnnotation, SidecarState } from './annotation-state';

/** How the model reaches files; the editor's host reads open documents first and writes through the one write path. */
export interface AnnotationsHost<U> {
  isSidecar(uri: U): boolean;
  /** The text a sidecar belongs to: its `text:` field resolved beside it, else its own name minus the suffix. */
  textUriFor(sidecar: U, textField?: string): U;
  /** The sidecar of `dir/x.txt` is `dir/x.txt.annotations.yaml`. */
  sidecarUriFor(text: U): U;
  baseName(uri: U): string;
  /** The path shown in problems and the log. */
  displayPath(uri: U): string;
  /** A sidecar's text; `problem` when the file exists but is not text (binary, not UTF-8); {} when missing. */
  readSidecar(uri: U): Promise<{ text?: string; problem?: Problem }>;
  /** A text as the user sees it; undefined when missing or not text. */
  readText(uri: U): Promise<string | undefined>;
  exists(uri: U): Promise<boolean>;
  /** Every sidecar of the workspace. */
  findSidecars(): Promise<U[]>;
  /** Changes a sidecar through the one write path; true when the sidecar now holds the change (see editSidecar). */
  editSidecar(sidecar: U, change: (current: string | undefined) => string | undefined): Promise<boolean>;
  readonly log: { info(message: string): void; error(message: string): void };
}

/** What a change of a text on disk did to its annotations. */
export interface DiskChange<U> {
  moved: LiveAnnotation<U>[];
  orphaned: LiveAnnotation<U>[];
}

/**
 * The annotation layer without an editor: loads sidecars, anchors their
 * annotations against their texts and keeps them current. Live edits shift
 * anchors, a save writes the moved hints back, a change on disk re-anchors.
 * Reloads of one sidecar are ordered by generation: a read that started
 * earlier never puts back what it read over a newer one.
 */
export class AnnotationsModel<U> {
  private readonly byText = new Map<string, SidecarState<U>>();
  private readonly emitter = new Emitter<U | undefined>();
  private saving: Promise<void> = Promise.resolve();
  private readonly generations = new Map<string, number>();
  private readonly loading = new Map<string, Promise<void>>();
  /** Fires with the text whose annotations changed. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly host: AnnotationsHost<U>) {}

  forDocument(uri: U): LiveAnnotation<U>[] {
    return this.byText.get(String(uri))?.annotations ?? [];
  }

  /** Every loaded sidecar with its text. */
  all(): SidecarState<U>[] {
    return [...this.byText.values()];
  }

  /** The state of a text or of its sidecar. */
  stateOf(uri: U): SidecarState<U> | undefined {
    if (!this.host.isSidecar(uri)) return this.byText.get(String(uri));
    return this.all().find((s) => String(s.sidecar) === String(uri));
  }

  /** Loads every sidecar of the workspace, one after another. */
  async loadAll(): Promise<number> {
    const found = await this.host.findSidecars();
    for (const uri of found) {
      await this.reload(uri).catch((e) => this.host.log.error(`Could not load ${this.host.displayPath(uri)}: ${String(e)}`));
    }
    return found.length;
  }

  /** Re-reads a sidecar (open document or disk) and re-anchors its annotations; resolves when the state is current. */
  async reload(sidecar: U): Promise<void> {
    const key = String(sidecar);
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    let run = this.load(sidecar, key, generation);
    this.loading.set(key, run);
    // A newer reload may have started meanwhile: the caller wants what it reads.
    for (;;) {
      await run;
      const newer = this.loading.get(key);
      if (!newer || newer === run) break;
      run = newer;
    }
    if (this.loading.get(key) === run) this.loading.delete(key);
  }

  private async load(sidecar: U, key: string, generation: number): Promise<void> {
    const host = this.host;
    // A load that started earlier must not finish last and put back what it read.
    const { text: yaml, problem } = await host.readSidecar(sidecar);
    if (this.generations.get(key) !== generation) return;
    if (yaml === undefined && !problem) return this.forget(sidecar);
    const { sidecar: parsed, problems } =
      yaml === undefined ? { sidecar: undefined, problems: [problem as Problem] } : parseSidecar(yaml, host.displayPath(sidecar));
    const text = host.textUriFor(sidecar, parsed?.text);
    const content = await host.readText(text).catch(() => undefined);
    if (parsed && yaml !== undefined && content === undefined && !(await host.exists(text).catch(() => false))) {
      problems.push(textMissing(host.displayPath(sidecar), host.baseName(sidecar), yaml, host.baseName(text)));
    }
    if (this.generations.get(key) !== generation) return;
    const old = this.stateOf(sidecar);
    if (old && String(old.text) !== String(text)) this.byText.delete(String(old.text));
    const annotations = (parsed?.annotations ?? []).map((a) => ({ annotation: a, line: parsed?.lines.get(a.id) ?? 0 }));
    const state: SidecarState<U> = {
      sidecar,
      text,
      content,
      problems,
      annotations: parsed
        ? resolveAll(annotations, sidecar, content, old?.content === content ? old : undefined)
        : (old?.annotations ?? []),
    };
    this.byText.set(String(text), state);
    this.emitter.fire(text);
  }

  private forget(sidecar: U): void {
    const state = this.stateOf(sidecar);
    if (!state) return;
    this.byText.delete(String(state.text));
    this.emitter.fire(state.text);
  }

  /**
   * A live edit of a text (`now`, after `changes`, whose ranges are in the text before): anchors shift without a
   * search; only passages an edit swallowed are searched for again.
   */
  edited(uri: U, now: string, changes: readonly TextChange[]): void {
    const state = this.byText.get(String(uri));
    if (!state || changes.length === 0) return;
    const grown = changes.reduce((n, c) => n + c.text.length - (c.end - c.start), 0);
    // Out of step (should not happen): search for every passage instead of trusting the offsets.
    const inStep = state.content !== undefined && state.content.length + grown === now.length;
    for (const a of state.annotations) {
      if (!a.current) continue; // Orphans are searched for again on save, not on every keystroke.
      const shifted = inStep ? applyChanges(a.current, now, changes) : undefined;
      a.current = shifted ?? found(now, a.current);
      a.start = a.current?.start;
      a.end = a.current?.end;
    }
    state.content = now;
    sortByText(state.annotations);
    this.emitter.fire(state.text);
  }

  /**
   * A text was saved with `content`: one write brings the sidecar's hints up to
   * date with it. Patches are decided against the sidecar as it is when written
   * (it may have changed since it was loaded), and saves are queued.
   */
  saved(uri: U, content: string): Promise<void> {
    this.saving = this.saving
      .then(() => this.writeHints(uri, content))
      .catch((e) => this.host.log.error(`Could not update anchors: ${String(e)}`));
    return this.saving;
  }

  private async writeHints(uri: U, content: string): Promise<void> {
    const state = this.byText.get(String(uri));
    if (!state) return;
    const orphans = state.annotations.filter((a) => !a.current);
    for (const a of orphans) {
      a.current = found(content, a.annotation.target); // Typed back in, perhaps.
      a.start = a.current?.start;
      a.end = a.current?.end;
    }
    if (orphans.some((a) => a.current)) {
      sortByText(state.annotations);
      this.emitter.fire(state.text);
    }
    const live = new Map(state.annotations.map((a) => [a.annotation.id, a]));
    const where = this.host.displayPath(state.sidecar);
    let count = 0;
    const ok = await this.host.editSidecar(state.sidecar, (yaml) => {
      const stored = yaml === undefined ? undefined : parseSidecar(yaml, where).sidecar;
      if (yaml === undefined || !stored) return undefined; // Unparsable: its diagnostics say so; the hints wait.
      const updates = stored.annotations.flatMap((s) => hintPatch(s, live.get(s.id), content) ?? []);
      count = updates.length;
      return count ? updateAnnotations(yaml, updates) : undefined;
    });
    if (ok && count)
      this.host.log.info(
        `${this.host.baseName(state.sidecar)}: updated ${count} anchor(s) after saving ${this.host.baseName(state.text)}`,
      );
    if (count) await this.reload(state.sidecar);
  }

  /** Files renamed: a text renamed together with its sidecar has the sidecar's `text:` follow, and its annotations. */
  async renamed(files: readonly { oldUri: U; newUri: U }[]): Promise<void> {
    const host = this.host;
    for (const { oldUri, newUri } of files) {
      if (host.isSidecar(oldUri) || host.baseName(oldUri) === host.baseName(newUri)) continue;
      const moved = files.find((f) => String(f.oldUri) === String(host.sidecarUriFor(oldUri)));
      if (!moved) continue; // only the text moved: the sidecar's diagnostics say so
      // Only a sidecar that named the old text is pointed at the new one.
      const ok = await host.editSidecar(moved.newUri, (yaml) =>
        yaml === undefined || parseSidecar(yaml, '').sidecar?.text !== host.baseName(oldUri)
          ? undefined
          : setSidecarText(yaml, host.baseName(newUri)),
      );
      if (ok) await this.reload(moved.newUri);
    }
  }

  /** A text changed on disk (git checkout, another program) while not open: re-anchors and says what moved. */
  async changedOnDisk(uri: U): Promise<DiskChange<U> | undefined> {
    const state = this.byText.get(String(uri));
    if (!state) return undefined;
    const before = new Map(state.annotations.map((a) => [a.annotation.id, a.start]));
    await this.reload(state.sidecar);
    const after = this.byText.get(String(uri))?.annotations ?? [];
    const moved = after.filter((a) => a.start !== undefined && before.get(a.annotation.id) !== a.start);
    const orphaned = after.filter((a) => a.start === undefined && before.get(a.annotation.id) !== undefined);
    return { moved, orphaned };
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

/** What the user is told when a text changed on disk moved or orphaned annotations; undefined when nothing did. */
export function diskChangeMessage<U>(textName: string, { moved, orphaned }: DiskChange<U>): string | undefined {
  if (moved.length === 0 && orphaned.length === 0) return undefined;
  const ids = (xs: LiveAnnotation<U>[]) => xs.map((a) => a.annotation.id).join(', ');
  return (
    `${textName} changed on disk: ${moved.length} annotation(s) moved` +
    (moved.length ? ` (${ids(moved)})` : '') +
    `, ${orphaned.length} orphaned` +
    (orphaned.length ? ` (${ids(orphaned)}): see Problems` : '') +
    '.'
  );
}

/**
 * What a save writes for one stored annotation, given where it is live: nothing
 * while its quote still finds it unaided (quiet sidecars), else new hints and,
 * when its words changed, those words as `current` beside the kept `exact`;
 * `orphaned` set or cleared. Nothing when the live state was anchored from a
 * different entry (the sidecar changed since; its reload re-anchors).
 */
function hintPatch<U>(
  stored: Annotation,
  a: LiveAnnotation<U> | undefined,
  content: string,
): { id: string; patch: AnnotationPatch } | undefined {
  if (!a || JSON.stringify(a.annotation.target) !== JSON.stringify(stored.target)) return undefined;
  const patch: AnnotationPatch = {};
  if (a.current && a.start !== undefined && a.end !== undefined) {
    // An entry rewritten anyway (found again) gets fresh hints too.
    const target =
      !stored.orphaned && findsUnaided(content, stored.target, a.start, a.end)
        ? undefined
        : targetPatch(stored.target, targetAt(content, stored.target, a.start, a.end));
    if (target) patch.target = target;
    if (stored.orphaned) patch.orphaned = undefined;
  } else if (!stored.orphaned) {
    patch.orphaned = true;
  }
  return Object.keys(patch).length ? { id: stored.id, patch } : undefined;
}

/** The sidecar's text is not where `text:` says: renamed or moved without its sidecar (git mv, another program). */
function textMissing(file: string, sidecarName: string, yaml: string, name: string): Problem {
  const line = Math.max(
    0,
    yaml
      .replace(/^\ufeff/, '')
      .split('\n')
      .findIndex((l) => /^text\s*:/.test(l)),
  );
  return {
    file,
    line,
    column: 0,
    severity: 'warning',
    code: 'text-missing',
    message:
      `The text '${name}' that 'text:' names is not beside this sidecar. If it was renamed or moved, rename or move ` +
      `${sidecarName} with it, or fix 'text:'.`,
  };
}

/** Searches for a target in a text: the target there now, or undefined (orphan). */
function found(content: string, target: Target): Target | undefined {
  const r = reanchor(content, target);
  if (r.status === 'orphan') return undefined;
  if (r.status === 'exact') return { ...target, start: r.start, end: r.end };
  return makeTarget(content, r.start, r.end);
}

/**
 * Anchors a sidecar's annotations in the text. `same`: the previous state, when
 * the text has not changed since; an annotation whose entry is unchanged keeps
 * where live edits put it (a search could land elsewhere after an edit inside it).
 */
function resolveAll<U>(
  items: Array<{ annotation: Annotation; line: number }>,
  sidecar: U,
  content?: string,
  same?: SidecarState<U>,
): LiveAnnotation<U>[] {
  const before = new Map(same?.annotations.map((a) => [a.annotation.id, a]));
  const out = items.map(({ annotation, line }): LiveAnnotation<U> => {
    const kept = before.get(annotation.id);
    const current =
      kept && JSON.stringify(kept.annotation.target) === JSON.stringify(annotation.target)
        ? kept.current
        : content === undefined
          ? undefined
          : found(content, annotation.target);
    return { annotation, sidecar, sidecarLine: line, current, start: current?.start, end: current?.end };
  });
  return sortByText(out);
}

function sortByText<U>(xs: LiveAnnotation<U>[]): LiveAnnotation<U>[] {
  return xs.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || (a.end ?? 0) - (b.end ?? 0));
}
