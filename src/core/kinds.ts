/**
 * One vocabulary of kinds. Every table keyed by a kind is typed `Record<Kind, …>`,
 * so adding a kind to `MentionKind` (model.ts) makes the compiler list every place
 * that must handle it: here, the hover (corpus/describe.ts), the exports
 * (export/tei-elements.ts, export/brat-types.ts), the look (editor/highlight-styles.ts);
 * test/unit/kinds.test.ts checks package.json's settings against HIGHLIGHT_KINDS.
 */
import { ENTITY_TYPES, type EntityType, type Mention, type MentionKind, type QuoteKind } from './model';

/** What the editor highlights, each with a `marginalia.highlight.<kind>` setting and theme colours. */
export type HighlightKind = EntityType | 'candidate' | 'date' | 'scare' | 'quotation' | 'confession';

/** The highlight of each kind of mention; a quote's depends on its quote kind. */
const HIGHLIGHT_OF: Record<MentionKind, (m: Mention) => HighlightKind | undefined> = {
  person: () => 'person',
  place: () => 'place',
  organisation: () => 'organisation',
  event: () => 'event',
  work: () => 'work',
  candidate: () => 'candidate',
  date: () => 'date',
  quote: (m) => QUOTE_HIGHLIGHT[m.quote ?? 'quotation'],
};

const QUOTE_HIGHLIGHT: Record<QuoteKind, HighlightKind> = { quotation: 'quotation', confession: 'confession', scare: 'scare' };

/** Every highlight, in the order the settings and the highlight picker list them. */
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = [
  ...ENTITY_TYPES,
  'candidate',
  'date',
  'scare',
  'quotation',
  'confession',
];

/** Which highlight a mention gets (undefined: none; every kind has one today). */
export function highlightOf(m: Mention): HighlightKind | undefined {
  return HIGHLIGHT_OF[m.kind](m);
}

/** The kinds offered when annotating a passage, in the order of the picker (any other word is allowed in a sidecar). */
export const ANNOTATION_KINDS: readonly string[] = [
  'note',
  'person',
  'date',
  'quote',
  'confession',
  'place',
  'organisation',
  'event',
  'work',
];
