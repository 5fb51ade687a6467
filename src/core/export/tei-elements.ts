import type { Entity, MentionKind, QuoteKind } from '../model';
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
  const el = (name: string, attrs: Record<string, string | undefined> = {}): TeiElement => ({
    name,
    attrs: { 'xml:id': id, ...attrs },
  });
  const quote = item.kind === 'quote' ? (item.quote ?? 'quotation') : item.kind;
  const make = Object.hasOwn(TEI_OF, quote) ? TEI_OF[quote as keyof typeof TEI_OF] : undefined;
  return make ? make(el, ref, item) : el('seg', { type: item.kind, ana: undefined });
}

type Make = (
  el: (name: string, attrs?: Record<string, string | undefined>) => TeiElement,
  ref: string | undefined,
  item: ExportItem,
) => TeiElement;

/** The element of each kind of mention (a quote's by its quote kind); the compiler asks for a new kind's. Others are a `seg`. */
const TEI_OF: Record<Exclude<MentionKind, 'quote'> | QuoteKind, Make> = {
  person: (el, ref) => el('persName', { ref }),
  place: (el, ref) => el('placeName', { ref }),
  organisation: (el, ref) => el('orgName', { ref }),
  event: (el, ref) => el('name', { type: 'event', ref }),
  work: (el, ref) => el('title', { ref }),
  candidate: (el) => el('name', { type: 'candidate' }),
  date: (el, _ref, item) =>
    el('date', {
      ...(item.value ? teiDateAttributes(item.value) : {}),
      // Old Style dates keep the Julian reading beside the Gregorian (see the header's calendarDesc).
      ...(item.julian ? { 'when-custom': item.julian, datingMethod: `#${JULIAN_CALENDAR}` } : {}),
    }),
  confession: (el, ref) => el('said', { who: ref }),
  quotation: (el, ref) => el('q', { who: ref }),
  scare: (el) => el('soCalled'),
};

/** The xml:id of the Julian calendar in the header, which Old Style dates point at. */
export const JULIAN_CALENDAR = 'julian';

/** The xml:id of an annotation's element (sidecar ids may start with a digit). */
export function annotationXmlId(id: string): string {
  return xmlId(`a-${id}`);
}
