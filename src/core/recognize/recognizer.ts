import type { Mention, MentionKind } from '../model';
import type { Tokens } from '../text/tokens';

/** Which recognizers to run (`recognize`'s `kinds` option); all when omitted. */
export type RecognizerKind = 'name' | 'candidate' | 'date' | 'quote';

/** The recognizer that finds each kind of mention: the compiler asks for a new kind's. */
export const RECOGNIZER_OF: Record<MentionKind, RecognizerKind> = {
  person: 'name',
  place: 'name',
  organisation: 'name',
  event: 'name',
  work: 'name',
  candidate: 'candidate',
  date: 'date',
  quote: 'quote',
};

/** What a recognizer may use beside the text: its tokens (shared, made once) and what recognizers before it found. */
export interface RecognizerContext {
  tokens?: Tokens;
  /** Mentions already found (registry names, dates): a recognizer need not find a name inside a date again. */
  found: readonly Mention[];
}

/**
 * The contract of a recognizer (names.ts, dates.ts, quotes.ts and the
 * language variants): text in, mentions out, sorted by start, each with its
 * `kind` among `kinds`, offsets in UTF-16 units into `text`, no I/O and no
 * state between calls. `recognize` (index.ts) runs them in order and merges.
 */
export interface Recognizer {
  readonly kind: RecognizerKind;
  /** The mention kinds it produces. */
  readonly kinds: readonly MentionKind[];
  find(text: string, context: RecognizerContext): Mention[];
}
