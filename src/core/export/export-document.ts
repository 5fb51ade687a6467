import type { Annotation, ClaimFields, Entity, Mention, QuoteKind } from '../model';

/** One text with everything known about it, as every exporter takes it. */
export interface ExportDocument {
  /** The text's path relative to the export root, '/'-separated (W3C target source, CSV `file`, TEI source). */
  file: string;
  text: string;
  /** What the recognizers found. */
  mentions: Mention[];
  /** The sidecar's annotations, re-anchored: `target.start`/`end` are offsets into `text` now, unless orphaned. */
  annotations: Annotation[];
  /** The registry, by id. */
  entities: ReadonlyMap<string, Entity>;
}

/** A mention or an annotation, flattened to the fields the exports share. */
export interface ExportItem {
  source: 'mention' | 'annotation';
  kind: string;
  /** UTF-16 offsets; absent for an orphaned annotation. */
  start?: number;
  end?: number;
  text: string;
  prefix?: string;
  suffix?: string;
  entity?: string;
  value?: string;
  /** The Julian calendar's reading of a date given Old Style (`value` is Gregorian). */
  julian?: string;
  quote?: QuoteKind;
  speaker?: string;
  note?: string;
  tags?: string[];
  /** Sidecar id; mentions have none. */
  id?: string;
  created?: string;
  author?: string;
  /** For claims and evidence: what the passage asserts, and the claims it supports or refutes (sidecar ids). */
  claim?: ClaimFields;
  supports?: string[];
  refutes?: string[];
}

/**
 * Mentions and annotations of a document in text order (orphans last). A
 * mention with exactly the range of an annotation is left out: the
 * annotation is the historian's word on that passage.
 */
export function exportItems(doc: ExportDocument): ExportItem[] {
  const annotated = new Set<string>();
  const items: ExportItem[] = [];
  for (const a of doc.annotations) {
    const anchored = !a.orphaned && a.target.start !== undefined && a.target.end !== undefined;
    if (anchored) annotated.add(`${a.target.start}:${a.target.end}`);
    items.push({
      source: 'annotation',
      kind: a.kind,
      start: anchored ? a.target.start : undefined,
      end: anchored ? a.target.end : undefined,
      text: a.target.exact,
      prefix: a.target.prefix,
      suffix: a.target.suffix,
      entity: a.entity,
      note: a.note,
      tags: a.tags,
      id: a.id,
      created: a.created,
      author: a.author,
      ...(a.claim ? { claim: a.claim } : {}),
      ...(a.supports ? { supports: a.supports } : {}),
      ...(a.refutes ? { refutes: a.refutes } : {}),
    });
  }
  for (const m of doc.mentions) {
    if (annotated.has(`${m.start}:${m.end}`)) continue;
    items.push({
      source: 'mention',
      kind: m.kind,
      start: m.start,
      end: m.end,
      text: m.text,
      entity: m.entity,
      value: m.value,
      julian: m.julian,
      quote: m.quote,
      speaker: m.speaker,
    });
  }
  const position = (item: ExportItem) => item.start ?? Number.MAX_SAFE_INTEGER;
  return items.sort((x, y) => position(x) - position(y) || (y.end ?? 0) - (x.end ?? 0));
}
