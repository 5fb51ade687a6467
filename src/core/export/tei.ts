import type { Entity } from '../model';
import { exportItems, type ExportDocument, type ExportItem } from './export-document';
import { annotationXmlId, teiElement, type TeiElement } from './tei-elements';
import { teiHeader, teiStandOff } from './tei-header';
import { claimEntityIds, teiClaims } from './tei-claims';
import { xmlAttrs, xmlText } from './xml';

export interface TeiOptions {
  /** The title in the header; default the file name. */
  title?: string;
}

export interface TeiExport {
  xml: string;
  /** Mentions and annotations that could not be marked up inline because they overlapped others or crossed a paragraph. */
  dropped: number;
}

interface Span {
  start: number;
  end: number;
  item: ExportItem;
  element: TeiElement;
}

/**
 * The text as TEI P5: paragraphs (blank-line separated) as <p>, mentions and
 * annotations inline, notes after their passage, and the registry entries the
 * text refers to in a standOff.
 *
 * XML cannot hold overlapping elements. Spans are taken in text order, the one
 * that starts first (or, starting together, is longer) first, and a span that
 * would cross one already taken, or a paragraph break, is not marked up. An
 * annotation dropped that way keeps its place as two <anchor>s its note points
 * at (target/targetEnd), so no historian's note is lost.
 */
export function toTei(doc: ExportDocument, options: TeiOptions = {}): TeiExport {
  const items = exportItems(doc);
  const paragraphs = paragraphsOf(doc.text);
  const taken: Span[][] = paragraphs.map(() => []);
  const anchored: Span[] = [];
  const orphans: ExportItem[] = [];
  let dropped = 0;
  for (const item of items) {
    if (item.start === undefined || item.end === undefined) {
      orphans.push(item);
      continue;
    }
    const span = { start: item.start, end: item.end, item, element: teiElement(item, doc.entities) };
    const p = paragraphs.findIndex((par) => par.start <= span.start && span.end <= par.end);
    if (p >= 0 && span.end > span.start && !taken[p].some((t) => crosses(t, span))) {
      taken[p].push(span);
    } else {
      dropped++;
      if (item.note || item.tags?.length) anchored.push(span);
    }
  }

  const body = paragraphs.map((p, i) => `<p>${renderParagraph(doc.text, p, taken[i], anchored)}</p>`).join('\n');
  const orphanDiv = orphans.length
    ? `\n<div type="orphaned-annotations">\n${orphans.map((o) => orphanNote(o)).join('\n')}\n</div>`
    : '';
  const referenced = new Set(
    [...items.flatMap((i) => [i.entity, i.speaker]), ...claimEntityIds(items)].filter((id): id is string => !!id),
  );
  const entities = [...referenced].map((id) => doc.entities.get(id)).filter((e): e is Entity => !!e);
  const standOff = withClaims(teiStandOff(entities), teiClaims(items, doc.entities));
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<TEI xmlns="http://www.tei-c.org/ns/1.0">',
    teiHeader(
      options.title ?? doc.file.split('/').pop() ?? doc.file,
      doc.file,
      taken.some((spans) => spans.some((s) => s.item.julian)),
    ),
    ...(standOff ? [standOff] : []),
    '  <text>',
    `<body>\n${body}${orphanDiv}\n</body>`,
    '  </text>',
    '</TEI>',
    '',
  ].join('\n');
  return { xml, dropped };
}

/** The claims' lists go at the end of the standOff (one is made when there was none). */
function withClaims(standOff: string, claims: string): string {
  if (!claims) return standOff;
  return standOff
    ? standOff.replace(/\n {2}<\/standOff>$/, `\n${claims}\n  </standOff>`)
    : `  <standOff>\n${claims}\n  </standOff>`;
}

function crosses(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return (a.start < b.start && b.start < a.end && a.end < b.end) || (b.start < a.start && a.start < b.end && b.end < a.end);
}

/** Runs of text separated by blank lines, trimmed of the line breaks around them. */
function paragraphsOf(text: string): Array<{ start: number; end: number }> {
  const paragraphs: Array<{ start: number; end: number }> = [];
  const separator = /(?:\r\n|\r|\n)[ \t]*(?:(?:\r\n|\r|\n)[ \t]*)+/g;
  let from = 0;
  const push = (start: number, end: number) => {
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const trail = slice.length - slice.trimEnd().length;
    if (start + lead < end - trail) paragraphs.push({ start: start + lead, end: end - trail });
  };
  for (const m of text.matchAll(separator)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return paragraphs;
}

/** One paragraph's content: text with the taken spans as elements and notes/anchors as points. */
function renderParagraph(text: string, p: { start: number; end: number }, spans: Span[], anchored: Span[]): string {
  const opens = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const points = new Map<number, string[]>();
  const addPoint = (at: number, xml: string) => points.set(at, [...(points.get(at) ?? []), xml]);
  for (const s of spans)
    if (s.item.note || s.item.tags?.length) addPoint(s.end, noteXml(s.item, { target: `#${annotationXmlId(s.item.id ?? '')}` }));
  for (const s of anchored) {
    const id = annotationXmlId(s.item.id ?? `m${s.start}`);
    if (p.start <= s.start && s.start <= p.end) addPoint(s.start, `<anchor${xmlAttrs({ 'xml:id': `${id}-start` })}/>`);
    if (p.start <= s.end && s.end <= p.end) {
      addPoint(s.end, `<anchor${xmlAttrs({ 'xml:id': `${id}-end` })}/>`);
      addPoint(s.end, noteXml(s.item, { target: `#${id}-start`, targetEnd: `#${id}-end` }));
    }
  }
  const positions = [...new Set([p.start, p.end, ...spans.flatMap((s) => [s.start, s.end]), ...points.keys()])]
    .filter((at) => p.start <= at && at <= p.end)
    .sort((a, b) => a - b);
  let out = '';
  let at = p.start;
  const stack: Span[] = [];
  let next = 0;
  for (const pos of positions) {
    out += xmlText(text.slice(at, pos));
    at = pos;
    while (stack.length && stack[stack.length - 1].end === pos) out += `</${(stack.pop() as Span).element.name}>`;
    out += (points.get(pos) ?? []).join('');
    while (next < opens.length && opens[next].start === pos) {
      const span = opens[next++];
      out += `<${span.element.name}${xmlAttrs(span.element.attrs)}>`;
      stack.push(span);
    }
  }
  return out;
}

/** An annotation's note (and tags) as a TEI note pointing at its passage. */
function noteXml(item: ExportItem, attrs: Record<string, string>): string {
  return `<note${xmlAttrs({ type: 'annotation', ...attrs })}>${noteContent(item)}</note>`;
}

/** An annotation that could not be found in the text: its quote and note, so nothing is lost. */
function orphanNote(item: ExportItem): string {
  return `<note${xmlAttrs({ type: 'orphaned', n: item.id })}><quote>${xmlText(item.text)}</quote>${noteContent(item)}</note>`;
}

function noteContent(item: ExportItem): string {
  const tags = (item.tags ?? []).map((tag) => `<term>${xmlText(tag)}</term>`).join(' ');
  return xmlText(item.note?.trim() ?? '') + (item.note && tags ? ' ' : '') + tags;
}
