import type { Annotation, Entity } from '../model';
import { parseRegistry } from '../registry/parse-registry';
import { parseSidecar } from '../sidecar/parse-sidecar';
import { SIDECAR_SUFFIX } from '../sidecar/sidecar';
import { sameValue } from './merge-fields';

/** What happened to one annotation between two versions of its sidecar. */
export interface AnnotationChange {
  change: 'added' | 'removed' | 'changed' | 're-anchored';
  id: string;
  kind: string;
  /** The annotated words (after the change; before it for a removal). */
  exact: string;
  /** Changed fields, `target.exact` style (changed only). */
  fields?: string[];
  /** Offsets before and after (re-anchored only, and changed when the hints moved too). */
  from?: number;
  to?: number;
  /** Where it is now (where it was, for a removal): orders the list in text order. */
  start?: number;
  note?: string;
}

/** What happened to one registry entity. */
export interface EntityChange {
  change: 'added' | 'removed' | 'changed';
  id: string;
  type: string;
  name: string;
  fields?: string[];
}

/** The review of one sidecar or registry file between two versions. */
export interface FileReview {
  /** The file's path as the caller names it (relative to the repository root for `marginalia diff`). */
  file: string;
  /** The annotated text's name (sidecars only). */
  text?: string;
  annotations: AnnotationChange[];
  entities: EntityChange[];
  /** Set when a version could not be read (a syntax error, a conflict left unresolved): says which and why. */
  unreadable?: string;
}

/** Fields that only say where the words are: when nothing else changed, the annotation was re-anchored. */
const HINTS = new Set(['target.start', 'target.end', 'target.prefix', 'target.suffix']);

/** Whether a path is a sidecar or a registry that `reviewFile` understands. */
export function isReviewable(path: string): boolean {
  return path.endsWith(SIDECAR_SUFFIX) || /(^|[/\\])entities\.yaml$/.test(path);
}

/** Compares two versions of a sidecar or registry (undefined: the file did not exist). */
export function reviewFile(file: string, before: string | undefined, after: string | undefined): FileReview {
  return file.endsWith(SIDECAR_SUFFIX) ? reviewSidecar(file, before, after) : reviewRegistry(file, before, after);
}

function reviewSidecar(file: string, before: string | undefined, after: string | undefined): FileReview {
  const read = (raw: string | undefined, which: string) => {
    if (raw === undefined) return { annotations: [] as Annotation[] };
    const { sidecar, problems } = parseSidecar(raw, file);
    const error = problems.find((p) => p.severity === 'error');
    return {
      annotations: sidecar?.annotations ?? [],
      text: sidecar?.text,
      error: !sidecar && error ? `${which}: line ${error.line + 1}: ${error.message}` : undefined,
    };
  };
  const a = read(before, 'before');
  const b = read(after, 'after');
  const review: FileReview = {
    file,
    text: b.text ?? a.text ?? file.slice(file.lastIndexOf('/') + 1, -SIDECAR_SUFFIX.length),
    annotations: diffAnnotations(a.annotations, b.annotations),
    entities: [],
  };
  const unreadable = [a.error, b.error].filter(Boolean).join('; ');
  if (unreadable) review.unreadable = unreadable;
  return review;
}

/** Added, removed, changed and re-anchored annotations, in text order. */
export function diffAnnotations(before: readonly Annotation[], after: readonly Annotation[]): AnnotationChange[] {
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Set(after.map((x) => x.id));
  const out: AnnotationChange[] = [];
  const about = (x: Annotation) => ({
    id: x.id,
    kind: x.kind,
    exact: x.target.exact,
    start: x.target.start,
    ...(x.note !== undefined ? { note: x.note } : {}),
  });
  for (const x of after) {
    const was = old.get(x.id);
    if (!was) {
      out.push({ change: 'added', ...about(x) });
      continue;
    }
    const fields = changedFields(was as unknown as Record<string, unknown>, x as unknown as Record<string, unknown>);
    if (fields.length === 0) continue;
    const moved = was.target.start !== x.target.start ? { from: was.target.start, to: x.target.start } : {};
    out.push({ change: fields.every((f) => HINTS.has(f)) ? 're-anchored' : 'changed', ...about(x), fields, ...moved });
  }
  for (const x of before) if (!now.has(x.id)) out.push({ change: 'removed', ...about(x) });
  return out.sort((p, q) => (p.start ?? Number.MAX_SAFE_INTEGER) - (q.start ?? Number.MAX_SAFE_INTEGER));
}

function reviewRegistry(file: string, before: string | undefined, after: string | undefined): FileReview {
  const read = (raw: string | undefined, which: string) => {
    if (raw === undefined) return { entities: [] as Entity[] };
    const { entities, problems } = parseRegistry(raw, file);
    const error = problems.find((p) => p.severity === 'error');
    return { entities, error: entities.length === 0 && error ? `${which}: line ${error.line + 1}: ${error.message}` : undefined };
  };
  const a = read(before, 'before');
  const b = read(after, 'after');
  const review: FileReview = { file, annotations: [], entities: diffEntities(a.entities, b.entities) };
  const unreadable = [a.error, b.error].filter(Boolean).join('; ');
  if (unreadable) review.unreadable = unreadable;
  return review;
}

/** Entities added, removed and changed (which fields), in the registry's order. */
export function diffEntities(before: readonly Entity[], after: readonly Entity[]): EntityChange[] {
  // Where an entity is defined (its line) is not a change of the entity.
  const plain = (e: Entity): Record<string, unknown> => ({ ...e, source: undefined });
  const old = new Map(before.map((e) => [e.id, e]));
  const now = new Set(after.map((e) => e.id));
  const out: EntityChange[] = [];
  const about = (e: Entity) => ({ id: e.id, type: e.type, name: e.name });
  for (const e of after) {
    const was = old.get(e.id);
    if (!was) {
      out.push({ change: 'added', ...about(e) });
      continue;
    }
    const fields = changedFields(plain(was), plain(e));
    if (fields.length) out.push({ change: 'changed', ...about(e), fields });
  }
  for (const e of before) if (!now.has(e.id)) out.push({ change: 'removed', ...about(e) });
  return out;
}

/** Top-level fields that differ; a changed `target` (or `links`) is named key by key (`target.exact`). */
function changedFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (sameValue(a[key], b[key])) continue;
    const x = a[key];
    const y = b[key];
    if ((key === 'target' || key === 'links') && isRecord(x) && isRecord(y))
      out.push(...changedFields(x, y).map((f) => `${key}.${f}`));
    else out.push(key);
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
