/**
 * The shapes shared by every part of the core. Offsets are UTF-16 code units
 * into the text as decoded from UTF-8 (a JS string index), on the file's own
 * line endings.
 */

export type EntityType = 'person' | 'place' | 'organisation' | 'event' | 'work';
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organisation', 'event', 'work'];

/** One entry of an `entities.yaml` registry. */
export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  born?: string;
  died?: string;
  note?: string;
  links?: Record<string, string>;
  /** For persons: an honorific of the other gender before the surname ("Mrs. Adams" for John Adams) is someone else. */
  gender?: 'female' | 'male';
  /** For places: the id of the place it lies in (the Hotel Bristol within Copenhagen). */
  within?: string;
  /** For places: when it existed, an EDTF interval with either end open (`../1917`). */
  existed?: string;
  /** Where it is defined: registry file path and 0-based line of its `- id:` item. */
  source?: { file: string; line: number };
}

export type QuoteKind = 'scare' | 'quotation' | 'confession';
export type MentionKind = EntityType | 'candidate' | 'date' | 'quote';

/** Something a recognizer found in a text. */
export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  text: string;
  /** Registry id, for entity kinds. */
  entity?: string;
  /** EDTF value, for dates. */
  value?: string;
  /** For dates given or implied in the Julian calendar: the Julian EDTF value (`value` is Gregorian). */
  julian?: string;
  /** For quotes. */
  quote?: QuoteKind;
  /** Registry id of the speaker of a quote, when the sentence names one. */
  speaker?: string;
  /** For a candidate that looks like a registry name but is not linked: why ("not linked: another given name"). */
  reason?: string;
  /** For a candidate: the type it probably is (from a title, a gazetteer, the words around it). */
  guess?: EntityType;
}

/** A W3C TextQuoteSelector plus TextPositionSelector. */
export interface Target {
  /** The words the user annotated; never overwritten by re-anchoring. */
  exact: string;
  /**
   * The words of the passage now, when an edit changed them and the passage was
   * still clearly found (a correction inside it); absent while they equal `exact`.
   */
  current?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

/** One annotation of a sidecar (`<text>.annotations.yaml`). */
export interface Annotation {
  id: string;
  kind: string;
  target: Target;
  entity?: string;
  note?: string;
  /** A reply: the id of the annotation of the same sidecar whose note this one answers (same passage). */
  replyTo?: string;
  tags?: string[];
  created?: string;
  /** When the annotation was last changed (ISO 8601). */
  updated?: string;
  author?: string;
  /** Set when the annotation could not be found in its text; never deleted for that. */
  orphaned?: boolean;
  /** For kinds `claim` and `evidence`: what the passage asserts. */
  claim?: ClaimFields;
  /** For evidence: ids of the claims (in any sidecar of the corpus) it supports. */
  supports?: string[];
  /** For evidence: ids of the claims it refutes. */
  refutes?: string[];
}

/** Who says who was where, when, doing what. Every field may be missing. */
export interface ClaimFields {
  /** Registry id of who asserts it (for a confession, the confessor). */
  by?: string;
  /** Registry ids of who was there. */
  who?: string[];
  /** Registry id of a place. */
  where?: string;
  /** EDTF: a day, month, year, interval, approximate or uncertain value. */
  when?: string;
  /** Free text: what happened. */
  what?: string;
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem a user can fix: always names the file, the 0-based line and column, and the fix. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
  /** Stable machine-readable code, e.g. 'yaml-syntax', 'unknown-entity', 'orphan'. */
  code: string;
}
