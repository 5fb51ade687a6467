import type { Entity } from '../model';
import { teiDateAttributes } from './edtf-tei';
import type { ExportItem } from './export-document';
import { xmlId } from './xml';

/** An inline TEI element: its name and attributes. */
export interface TeiElement {
  name: string;
  attrs: Record<string, string | undefined>;
}

/** The inline element for a mention or annotation; `ref`/`who` only point at entities the standOff lists. */
export function teiElement(item: ExportItem, entities: ReadonlyMap<string, Entity>): TeiElement {
  const who = item.entity ?? item.speaker;
  const ref = who && entities.has(who) ? `#${xmlId(who)}` : undefined;
  const id = item.id ? annotationXmlId(item.id) : undefined;
  const el = (name: string, attrs: Record<string, string | undefined> = {}): TeiElement => ({ name, attrs: { 'xml:id': id, ...attrs } });
  const quote = item.kind === 'quote' ? item.quote ?? 'quotation' : item.kind;
  switch (quote) {
    case 'person': return el('persName', { ref });
    case 'place': return el('placeName', { ref });
    case 'organisation': return el('orgName', { ref });
    case 'event': return el('name', { type: 'event', ref });
    case 'work': return el('title', { ref });
    case 'candidate': return el('name', { type: 'candidate' });
    case 'date': return el('date', {
      ...(item.value ? teiDateAttributes(item.value) : {}),
      // Old Style dates keep the Julian reading beside the Gregorian (see the header's calendarDesc).
      ...(item.julian ? { 'when-custom': item.julian, datingMethod: `#${JULIAN_CALENDAR}` } : {}),
    });
    case 'confession': return el('said', { who: ref });
    case 'quotation': return el('q', { who: ref });
    case 'scare': return el('soCalled');
    default: return el('seg', { type: item.kind, ana: undefined });
  }
}

/** The xml:id of the Julian calendar in the header, which Old Style dates point at. */
export const JULIAN_CALENDAR = 'julian';

/** The xml:id of an annotation's element (sidecar ids may start with a digit). */
export function annotationXmlId(id: string): string {
  return xmlId(`a-${id}`);
}
