import type { AnnotationChange, EntityChange, FileReview } from './review';

/** Field names as a historian reads them in a pull request. */
const FIELD_WORDS: Record<string, string> = {
  'target.exact': 'the annotated words',
  'target.start': 'position',
  'target.end': 'position',
  'target.prefix': 'context',
  'target.suffix': 'context',
  orphaned: 'orphaned mark',
};

/** The review as Markdown for a pull request description: a summary line, then one section per text and registry. */
export function reviewMarkdown(reviews: readonly FileReview[], title: string): string {
  const changed = reviews.filter((r) => r.annotations.length || r.entities.length || r.unreadable);
  const lines = [`## ${title}`, '', summary(changed), ''];
  for (const r of changed) {
    lines.push(r.text !== undefined ? `### ${r.text}` : `### Registry \`${r.file}\``, '');
    if (r.unreadable) lines.push(`- Could not be read (${r.unreadable}); run \`marginalia check\` on \`${r.file}\`.`);
    for (const a of r.annotations) lines.push(`- ${annotationLine(a)}`);
    for (const e of r.entities) lines.push(`- ${entityLine(e)}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** The review as JSON Lines: one object per change, with the file and text it belongs to. */
export function reviewJsonl(reviews: readonly FileReview[]): string {
  const out: string[] = [];
  for (const r of reviews) {
    const where = { file: r.file, ...(r.text !== undefined ? { text: r.text } : {}) };
    if (r.unreadable) out.push(JSON.stringify({ ...where, type: 'file', change: 'unreadable', message: r.unreadable }));
    for (const a of r.annotations) out.push(JSON.stringify({ ...where, type: 'annotation', ...a }));
    for (const { type: entityType, ...e } of r.entities) out.push(JSON.stringify({ ...where, type: 'entity', ...e, entityType }));
  }
  return out.map((l) => `${l}\n`).join('');
}

/** "3 annotations added, 1 changed in 2 texts; 1 entity added", or that nothing changed. */
export function summary(reviews: readonly FileReview[]): string {
  const annotations = reviews.flatMap((r) => r.annotations);
  const entities = reviews.flatMap((r) => r.entities);
  if (!annotations.length && !entities.length)
    return reviews.some((r) => r.unreadable) ? 'Some files could not be read.' : 'No annotation or registry changes.';
  const texts = reviews.filter((r) => r.annotations.length).length;
  const parts: string[] = [];
  if (annotations.length)
    parts.push(`Annotations in ${texts} text${texts === 1 ? '' : 's'}: ${counts(annotations.map((a) => a.change))}.`);
  if (entities.length) parts.push(`Registry entities: ${counts(entities.map((e) => e.change))}.`);
  return parts.join(' ');
}

/** One annotation change in words. */
export function annotationLine(a: AnnotationChange): string {
  const on = `\`${a.id}\` on ${quote(a.exact)}`;
  switch (a.change) {
    case 'added':
      return `Added ${a.kind} ${on}${a.note ? `: ${excerpt(a.note)}` : ''}`;
    case 'removed':
      return `Removed ${a.kind} ${on}`;
    case 're-anchored':
      return (
        `Re-anchored ${on}: ` +
        `${a.from !== a.to ? `moved from offset ${a.from ?? '?'} to ${a.to ?? '?'}` : 'its context was updated'}`
      );
    case 'changed':
      return (
        `Changed ${a.kind} ${on}: ${fieldWords(a.fields ?? [])}` +
        `${a.from !== a.to ? ` (moved from offset ${a.from ?? '?'} to ${a.to ?? '?'})` : ''}`
      );
  }
}

function entityLine(e: EntityChange): string {
  switch (e.change) {
    case 'added':
      return `Added ${e.type} \`${e.id}\`: ${e.name}`;
    case 'removed':
      return `Removed ${e.type} \`${e.id}\` (${e.name})`;
    case 'changed':
      return `Changed ${e.type} \`${e.id}\` (${e.name}): ${fieldWords(e.fields ?? [])}`;
  }
}

function fieldWords(fields: readonly string[]): string {
  // Every edit in the editor stamps `updated`, and a moved passage changes its hints: name them only when nothing else changed.
  const minor = (f: string) => f === 'updated' || (f.startsWith('target.') && f !== 'target.exact');
  const named = fields.some((f) => !minor(f)) ? fields.filter((f) => !minor(f)) : fields;
  return [...new Set(named.map((f) => FIELD_WORDS[f] ?? f))].join(', ');
}

function counts(changes: readonly string[]): string {
  const order = ['added', 'changed', 're-anchored', 'removed'];
  return order
    .map((c) => [c, changes.filter((x) => x === c).length] as const)
    .filter(([, n]) => n > 0)
    .map(([c, n]) => `${n} ${c}`)
    .join(', ');
}

function quote(s: string): string {
  return `“${excerpt(s, 60)}”`;
}

function excerpt(s: string, max = 80): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
