// brat entity type names (no spaces) for Marginalia kinds, and back.
import type { MentionKind, QuoteKind } from '../model';

/** Every mention kind and quote kind has its brat type (the compiler asks for a new one's); `note` is an annotation's. */
const TO_BRAT: Record<MentionKind | QuoteKind | 'note', string> = {
  person: 'Person',
  place: 'Place',
  organisation: 'Organisation',
  event: 'Event',
  work: 'Work',
  candidate: 'Candidate',
  date: 'Date',
  quote: 'Quote',
  confession: 'Confession',
  scare: 'ScareQuote',
  note: 'Note',
  quotation: 'Quotation',
};
const FROM_BRAT = new Map(Object.entries(TO_BRAT).map(([kind, type]) => [type, kind]));

/** The brat type of a kind: the known ones by table, any other capitalised with non-name characters as '_'. */
export function bratType(kind: string): string {
  const known = (TO_BRAT as Record<string, string | undefined>)[kind];
  if (known) return known;
  const safe = kind.replace(/[^\p{L}\p{N}_-]/gu, '_') || 'Annotation';
  return safe[0].toUpperCase() + safe.slice(1);
}

/** The Marginalia kind of a brat type (the inverse of `bratType` for what it wrote). */
export function kindOfBratType(type: string): string {
  return FROM_BRAT.get(type) ?? type[0].toLowerCase() + type.slice(1);
}
