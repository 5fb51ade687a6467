/**
 * All recognizers over one text: registry names, candidate names, dates and
 * quotations, as one list of mentions sorted by start, then by end descending
 * (an outer quotation before the names inside it).
 */
import type { Mention } from '../model';
import { paragraphLanguages, type LanguageSetting } from '../text/language';
import { tokenize } from '../text/tokens';
import { findDates } from './dates';
import type { NameMatcher } from './name-matcher';
import { findCandidates } from './names';
import { findMoreCandidates, guessType, refineCandidates, russianSurnamePairs, withoutTitle } from './discovery';
import { splitNamesakes } from './namesakes';
import { findQuotes } from './quotes';
import { findDashDialogue } from './quote-dash';
import { germanGenitives } from './name-genitive';

export { NameMatcher } from './name-matcher';
export { findCandidates } from './names';
export { findDates, type DateOptions } from './dates';
export { findQuotes } from './quotes';

import type { RecognizerKind } from './recognizer';
export type { Recognizer, RecognizerContext, RecognizerKind } from './recognizer';

export interface RecognizeOptions {
  /** Read 03/04/1936 as 3 April rather than March 4. */
  dayFirst?: boolean;
  /** EDTF day before which dual Old Style / New Style dates are read as Julian; default 1918-02-14. */
  julianBefore?: string;
  kinds?: RecognizerKind[];
  /** The text's language (a setting, a CLI flag), or `auto` (default): each paragraph's own, detected (text/language.ts). */
  lang?: LanguageSetting;
}

/** Every mention in the text, sorted by start then by end descending. */
export function recognize(text: string, names: NameMatcher, options: RecognizeOptions = {}): Mention[] {
  const want = (k: RecognizerKind): boolean => !options.kinds || options.kinds.includes(k);
  // One tokenization serves the name matcher and the candidate finder.
  const tokens = want('name') || want('candidate') || want('quote') ? tokenize(text) : undefined;
  // A surname alias of someone else ("Samuel Adams" for John Adams) or of a place ("Hamilton Ave.") is not linked.
  // Each paragraph's language, once for all the recognizers (English paragraphs are read as before).
  const languages = options.lang === 'en' ? undefined : paragraphLanguages(text, options.lang);
  const split = splitNamesakes(text, tokens ? names.match(text, 0, text.length, tokens) : [], (id) => names.entity(id));
  const namesakes = split.namesakes;
  let registry = split.kept;
  // «Lenins», «Marx'»: German genitives of registry names (name-genitive.ts); the noun before one («der Schritt Lenins»)
  // is its head, no other given name, so they are not split as namesakes.
  if (tokens && languages?.langs.includes('de')) {
    const taken = registry.concat(namesakes.map((n) => n.mention));
    registry = registry.concat(germanGenitives(text, languages, names, taken)).sort((a, b) => a.start - b.start || b.end - a.end);
  }
  const dates = want('date') ? findDates(text, options, languages) : [];
  let out: Mention[] = want('name') ? registry.slice() : [];
  if (want('candidate') && tokens) {
    // A capitalised date ("December 1936") is never a name.
    const candidates = refineCandidates(text, findCandidates(text, registry.concat(dates), tokens), languages);
    // A namesake of another person is offered as a candidate (its given name or initials with it), with the reason.
    for (const n of namesakes) {
      const start = n.start ?? n.mention.start;
      if (n.start === undefined) continue;
      const same = candidates.find((c) => c.start < n.mention.end && c.end > start);
      if (same) {
        same.reason ??= n.reason;
        continue;
      }
      candidates.push({ kind: 'candidate', start, end: n.mention.end, text: text.slice(start, n.mention.end), reason: n.reason });
    }
    for (const c of candidates) c.guess ??= guessType(text, c);
    const named = candidates.map((c) => withoutTitle(text, c));
    const more = findMoreCandidates(text, registry.concat(dates, candidates), languages);
    const pairs = languages?.langs.includes('ru') ? russianSurnamePairs(text, registry.concat(candidates, more), languages) : [];
    out = out.concat(named, more, pairs);
  }
  out = out.concat(dates);
  if (want('quote')) out = out.concat(findQuotes(text, registry, { languages, entity: (id) => names.entity(id) }));
  // The Russian dash of dialogue (quote-dash.ts).
  if (want('quote') && languages?.langs.includes('ru'))
    out = out.concat(findDashDialogue(text, languages, registry, (id) => names.entity(id)));
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
