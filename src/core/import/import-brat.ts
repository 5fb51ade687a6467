import { CodePointIndex } from '../export/code-points';
import { kindOfBratType } from '../export/brat-types';
import { bratSafe } from '../export/brat';
import type { Entity, Problem } from '../model';
import { entityOfReference } from './entity-ref';
import { importedRef, type ImportedAnnotation, type ImportResult } from './imported';
import { placeTarget } from './place-target';

interface TextBound {
  line: number;
  annotation: ImportedAnnotation;
  /** Entity from a Marginalia reference (preferred) and from any other. */
  own?: string;
  other?: string;
}

/**
 * The text-bound annotations (T) of a brat .ann file over `text`, with their
 * AnnotatorNotes (#), Reference normalisations (N), Tag attributes (A) and
 * Supports / Refutes relations (R, evidence -> claim: the evidence gets
 * `supports` / `refutes`). Offsets are code points, as brat counts them;
 * other relations and events have no sidecar form and are reported, not imported.
 */
export function importBrat(ann: string, text: string, annFile: string, entities: readonly Entity[]): ImportResult {
  const points = new CodePointIndex(text);
  const problems: Problem[] = [];
  const bound = new Map<string, TextBound>();
  const relations: Array<{ line: number; id: string; type: 'supports' | 'refutes'; from: string; to: string }> = [];
  const problem = (line: number, message: string, code: string, severity: Problem['severity'] = 'warning') =>
    problems.push({ file: annFile, line, column: 0, severity, message, code });

  ann.split(/\r?\n/).forEach((original, line) => {
    if (original.trim() === '') return;
    // A NUL has no place in a note or a sidecar (it makes the file read as binary): kept visible as U+FFFD, and said.
    const raw = original.includes('\0') ? original.replace(/\0/g, '\uFFFD') : original;
    if (raw !== original) problem(line, `${raw.split('\t')[0]}: a NUL character was replaced by U+FFFD (�)`, 'brat-nul');
    // The text after the second tab is the covered text (or note), which may itself hold a tab.
    const [id, middle = '', ...after] = raw.split('\t');
    const rest = after.length ? after.join('\t') : undefined;
    const fields = middle.split(' ');
    if (/^T\d+$/.test(id)) {
      const ranges = fields
        .slice(1)
        .join(' ')
        .split(';')
        .map((pair) => pair.trim().split(/\s+/).map(Number));
      if (!fields[0] || ranges.some((r) => r.length !== 2 || r.some((n) => !Number.isInteger(n) || n < 0))) {
        return problem(
          line,
          `${id}: cannot read '${middle}' as 'Type start end'; line skipped. Fix the offsets.`,
          'brat-syntax',
          'error',
        );
      }
      const start = points.toUtf16(ranges[0][0]);
      const end = points.toUtf16(ranges[ranges.length - 1][1]);
      const quoted = ranges.map(([s, e]) => text.slice(points.toUtf16(s), points.toUtf16(e))).join(' ');
      // When the text at the offsets is not the quoted one, the text changed since the export: look for the quote.
      // The export writes the covered text through bratSafe (a NUL or lone surrogate as U+FFFD): compare it the same way.
      const exact = rest === undefined || quoted === rest || bratSafe(quoted) === rest ? text.slice(start, end) : rest;
      const { target, orphaned } = placeTarget(text, { exact, start, end });
      if (orphaned)
        problem(
          line,
          `${id}: '${rest}' is not in the text at ${middle}; kept as an orphan. Re-attach it in the editor.`,
          'orphan',
        );
      bound.set(id, { line, annotation: { kind: kindOfBratType(fields[0]), target, ...(orphaned ? { orphaned } : {}) } });
      return;
    }
    const relation =
      /^R\d+$/.test(id) && /^(Supports|Refutes)$/.test(fields[0])
        ? /^Arg1:(\S+) Arg2:(\S+)$/.exec(fields.slice(1).join(' '))
        : null;
    if (relation) {
      relations.push({ line, id, type: fields[0] === 'Supports' ? 'supports' : 'refutes', from: relation[1], to: relation[2] });
      return;
    }
    const of = bound.get(fields[1] ?? '');
    if (/^#\d+$/.test(id) && fields[0] === 'AnnotatorNotes' && of) {
      of.annotation.note = of.annotation.note ? `${of.annotation.note}\n\n${rest ?? ''}` : (rest ?? '');
    } else if (/^N\d+$/.test(id) && fields[0] === 'Reference' && of) {
      const ref = fields[2] ?? '';
      if (/^EDTF:/i.test(ref)) return; // dates are read again from the text by the recognizer
      const entity = entityOfReference(ref, entities);
      if (entity === undefined)
        return problem(
          line,
          `${id}: no registry entity has ${ref}; add it to a registry's links, or the entity to a sidecar by hand.`,
          'unknown-entity',
        );
      if (/^Marginalia:/i.test(ref)) of.own = entity;
      else of.other ??= entity;
    } else if (/^A\d+$/.test(id) && fields[0] === 'Tag' && of && fields[2]) {
      of.annotation.tags = [...(of.annotation.tags ?? []), fields[2].replace(/_/g, ' ')];
    } else {
      problem(
        line,
        `${id}: '${middle}' has no sidecar form (or refers to an unknown span); not imported.`,
        'brat-unsupported',
        'info',
      );
    }
  });

  const order = [...bound.keys()];
  for (const r of relations) {
    const from = bound.get(r.from);
    const to = order.indexOf(r.to);
    if (!from || to < 0) {
      problem(
        r.line,
        `${r.id}: ${r.type} links ${r.from} and ${r.to}, which are not both spans of this file; not imported.`,
        'brat-unsupported',
        'warning',
      );
      continue;
    }
    from.annotation.kind = 'evidence';
    const target = bound.get(r.to)!.annotation;
    if (target.kind !== 'evidence') target.kind = 'claim';
    from.annotation[r.type] = [...(from.annotation[r.type] ?? []), importedRef(to)];
  }
  const annotations = [...bound.values()].map((b) => {
    const entity = b.own ?? b.other;
    return entity ? { ...b.annotation, entity } : b.annotation;
  });
  return { annotations, problems };
}
