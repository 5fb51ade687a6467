import { CodePointIndex } from '../export/code-points';
import { validateW3c } from '../export/validate-w3c';
import type { ClaimFields, Entity, Problem, Target } from '../model';
import { entityOfReference } from './entity-ref';
import type { ImportedAnnotation, ImportResult } from './imported';
import { placeTarget } from './place-target';

type Node = Record<string, unknown>;

/**
 * The annotations of a W3C Web Annotation JSON-LD document (an Annotation, a
 * list, an AnnotationPage or a Collection with embedded pages) that target
 * `textFile` (by its last path segment; all of them when none names it),
 * except the mentions Marginalia's recognizers wrote (they are found again).
 * TextPositionSelector offsets are code points, as the model counts them.
 */
export function importW3c(
  json: string,
  text: string,
  textFile: string,
  jsonFile: string,
  entities: readonly Entity[],
): ImportResult {
  const problems: Problem[] = [];
  const problem = (message: string, code: string, severity: Problem['severity'] = 'warning') =>
    problems.push({ file: jsonFile, line: 0, column: 0, severity, message, code });
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (e) {
    problem(`not JSON (${(e as Error).message}); nothing imported. Fix the file or export it again.`, 'json-syntax', 'error');
    return { annotations: [], problems };
  }
  for (const error of validateW3c(doc)) problem(`not a valid Web Annotation: ${error}`, 'w3c-invalid');

  const all = annotationsIn(doc, problem);
  const name = lastSegment(textFile);
  const mine = all.filter((a) => targetsOf(a).some((t) => lastSegment(t.source) === name));
  if (mine.length === 0 && all.length > 0)
    problem(`no annotation targets '${name}'; imported all ${all.length} of them.`, 'w3c-other-source', 'info');
  // What Marginalia's recognizers wrote (generator Marginalia) they find again in the text: only people's annotations come in.
  const chosen = (mine.length ? mine : all).filter((a) => !isRecognized(a));
  const skipped = (mine.length ? mine : all).length - chosen.length;
  if (skipped)
    problem(`${skipped} recognized mention(s) left out: Marginalia finds them in the text again.`, 'w3c-recognized', 'info');
  const points = new CodePointIndex(text);
  const annotations = chosen.map((a) => toImported(a, text, points, entities, problem));
  return { annotations, problems };
}

function annotationsIn(doc: unknown, problem: (message: string, code: string) => void): Node[] {
  if (Array.isArray(doc)) return doc.flatMap((d) => annotationsIn(d, problem));
  if (!isNode(doc)) return [];
  const types = list(doc.type);
  if (types.includes('Annotation')) return [doc];
  if (types.includes('AnnotationPage')) return list(doc.items).filter(isNode);
  if (types.includes('AnnotationCollection')) {
    if (isNode(doc.first)) return annotationsIn(doc.first, problem);
    if (doc.first !== undefined)
      problem("the collection's pages are not embedded; import each page file instead.", 'w3c-unsupported');
  }
  return [];
}

function toImported(
  a: Node,
  text: string,
  points: CodePointIndex,
  entities: readonly Entity[],
  problem: (m: string, c: string) => void,
): ImportedAnnotation {
  const target = targetsOf(a)[0];
  const hint: Target = { exact: '' };
  for (const s of list(target?.selector).filter(isNode)) {
    if (s.type === 'TextQuoteSelector' && typeof s.exact === 'string') {
      Object.assign(
        hint,
        { exact: s.exact },
        typeof s.prefix === 'string' ? { prefix: s.prefix } : {},
        typeof s.suffix === 'string' ? { suffix: s.suffix } : {},
      );
    } else if (s.type === 'TextPositionSelector' && Number.isInteger(s.start) && Number.isInteger(s.end)) {
      Object.assign(hint, { start: points.toUtf16(s.start as number), end: points.toUtf16(s.end as number) });
    }
  }
  if (!hint.exact && hint.start !== undefined && hint.end !== undefined) hint.exact = text.slice(hint.start, hint.end);
  const { target: placed, orphaned } = placeTarget(text, hint);
  if (orphaned) problem(`${a.id}: '${hint.exact}' is not in the text; kept as an orphan. Re-attach it in the editor.`, 'orphan');

  const out: ImportedAnnotation = { kind: '', target: placed };
  const notes: string[] = [];
  const motivation = String(list(a.motivation)[0] ?? '');
  for (const body of list(a.body)) {
    const b = typeof body === 'string' ? { source: body } : isNode(body) ? body : {};
    const purpose = String(b.purpose ?? motivation);
    // Links between annotations (evidence -> claim) point at annotations of the export, not at entities.
    if (purpose === 'linking') continue;
    if (purpose === 'describing' && b.format === 'application/json' && typeof b.value === 'string') {
      const claim = claimOf(b.value);
      if (claim) out.claim = claim;
      continue;
    }
    const reference = typeof b.source === 'string' ? b.source : typeof b.id === 'string' && !('value' in b) ? b.id : undefined;
    if (reference) {
      const entity = entityOfReference(reference, entities);
      if (entity) out.entity ??= entity;
      else problem(`${a.id}: no registry entity is ${reference}; add it to a registry's links.`, 'unknown-entity');
    } else if (typeof b.value === 'string') {
      if (purpose === 'classifying') out.kind ||= b.value;
      else if (purpose === 'tagging') out.tags = [...(out.tags ?? []), b.value];
      else if (purpose !== 'describing') notes.push(b.value);
    }
  }
  if (!out.kind)
    out.kind = motivation === 'identifying' && out.entity ? (entities.find((e) => e.id === out.entity)?.type ?? 'note') : 'note';
  if (notes.length) out.note = notes.join('\n\n');
  if (typeof a.created === 'string') out.created = a.created;
  const author =
    typeof a.creator === 'string'
      ? a.creator
      : isNode(a.creator) && typeof a.creator.name === 'string'
        ? a.creator.name
        : undefined;
  if (author) out.author = author;
  if (orphaned) out.orphaned = true;
  return out;
}

/** The claim fields of a structured body that Marginalia wrote; undefined for any other JSON. */
function claimOf(json: string): ClaimFields | undefined {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!isNode(v) || (v.type !== 'claim' && v.type !== 'evidence')) return undefined;
  const str = (x: unknown) => (typeof x === 'string' ? x : undefined);
  const claim: ClaimFields = {};
  if (str(v.by)) claim.by = str(v.by);
  if (Array.isArray(v.who)) claim.who = v.who.filter((x): x is string => typeof x === 'string');
  if (str(v.where)) claim.where = str(v.where);
  if (str(v.when)) claim.when = str(v.when);
  if (str(v.what)) claim.what = str(v.what);
  return claim;
}

function isRecognized(a: Node): boolean {
  return isNode(a.generator) && a.generator.name === 'Marginalia' && a.creator === undefined;
}

function targetsOf(a: Node): Array<{ source: string; selector?: unknown }> {
  return list(a.target).map((t) =>
    typeof t === 'string'
      ? { source: t }
      : isNode(t)
        ? { source: String(t.source ?? t.id ?? ''), selector: t.selector }
        : { source: '' },
  );
}

function lastSegment(iri: string): string {
  const path = iri.split(/[?#]/)[0];
  try {
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  } catch {
    return path.slice(path.lastIndexOf('/') + 1);
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
