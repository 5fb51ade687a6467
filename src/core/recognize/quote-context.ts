/**
 * What a quotation is and who says it, from its words and its sentence.
 * - `scare`: at most three words and not a sentence (“confessions”, “crime,”).
 * - `confession`: a verb of confession or testimony (admitted, confessed,
 *   testified, declared, pleaded, acknowledged, stated, deposed, avowed...)
 *   in the quotation's sentence outside the quotation, or in the sentence before.
 * - otherwise `quotation`.
 * The speaker is a registry entity named next to a verb of saying:
 * “Goltzman testified: “…””, “…,” said Reingold’, ‘according to Zinoviev, “…”’.
 */
import type { Mention } from '../model';
import type { Paragraphs } from '../text/paragraphs';
import { sentenceEnd, sentenceStart } from '../text/sentences';
import type { NameMatcher } from './name-matcher';
import { INTL_ACCORDING, INTL_CONFESS, INTL_SAY } from './quote-verbs-intl';

const CONFESS =
  '(?:admit(?:s|ted|ting)?|confess(?:es|ed|ing)?|testif(?:y|ies|ied|ying)|declar(?:e|es|ed|ing)|plead(?:s|ed|ing)?|pled|' +
  'acknowledg(?:e|es|ed|ing)|stat(?:es|ed|ing)|depos(?:e|es|ed|ing)|avow(?:s|ed|ing)?|avers?|averred|swore|swears?|sworn|' +
  'recant(?:s|ed|ing)?)';
const SAY =
  `(?:${CONFESS}|says?|said|writes?|wrote|written|warn(?:s|ed)?|repl(?:y|ies|ied)|answer(?:s|ed)?|asks?|asked|adds?|added|` +
  `tells?|told|` +
  'exclaim(?:s|ed)?|cr(?:y|ies|ied)|shout(?:s|ed)?|insist(?:s|ed)?|explain(?:s|ed)?|continu(?:es|ed)|remark(?:s|ed)?|' +
  'observ(?:es|ed)|not(?:es|ed)|announc(?:es|ed)|claim(?:s|ed)?|maintain(?:s|ed)?|protest(?:s|ed)?|retort(?:s|ed)?|repeat(?:s|' +
  'ed)?|put it)';
// The verbs of Russian, German and French (quote-verbs-intl.ts) are alternatives after the English ones.
const CONFESS_RE = new RegExp(`(?<![\\p{L}])(?:${CONFESS}|${INTL_CONFESS})(?![\\p{L}])`, 'u');
const SAY_RE = new RegExp(
  `(?<![\\p{L}])(?:${SAY}|${INTL_SAY}|${INTL_CONFESS}|[Aa]ccording to|${INTL_ACCORDING})(?![\\p{L}])`,
  'gu',
);
const ACCORDING_RE = new RegExp(`^(?:[Aa]ccording|${INTL_ACCORDING})`, 'u');
/** After a quotation, the Russian and French way: «…», — сказал Бухарин; «…», dit Boukharine; „…“, sagte Bucharin. */
const INTL_SAY_AFTER_RE = new RegExp(`^[\\s,\\u2013\\u2014]*(?:${INTL_CONFESS}|${INTL_SAY})(?![\\p{L}])`, 'u');
const SAY_AFTER_RE = new RegExp(`^[\\s,]*${SAY}(?![\\p{L}])`, 'u');
const SPEAKER_KINDS = new Set(['person', 'organisation']);

/** Builds the mention of the quotation text[start, end) (marks included). */
export function classifyQuote(
  text: string,
  start: number,
  end: number,
  names: NameMatcher | Mention[],
  paragraphs: Paragraphs,
): Mention {
  const mention: Mention = { kind: 'quote', start, end, text: text.slice(start, end) };
  const inner = text.slice(start + 1, end - 1);
  const p = paragraphs.indexAt(start);
  const ps = p >= 0 ? paragraphs.starts[p] : 0;
  // A scare quote needs no sentence: its words decide, and it has no speaker; unless a verb of saying gives them a speaker.
  if (isScare(inner) && !spoken(text, start, end, ps, inner)) {
    mention.quote = 'scare';
    return mention;
  }
  const pe = paragraphs.ends[paragraphs.indexAt(end - 1)] ?? text.length;
  const s = sentenceStart(text, start, ps);
  // A quotation that ends with its own full stop ends its sentence too.
  const e = /[.!?\u2026]\s*$/.test(inner.slice(-100)) ? end : sentenceEnd(text, end, pe);
  const before = text.slice(s, start);
  const after = text.slice(end, e);
  // A quotation opening its paragraph after "... testifies:" belongs to the sentence that ends the paragraph before.
  const intro =
    s === ps &&
    p > 0 &&
    /:\s*$/.test(text.slice(Math.max(paragraphs.starts[p - 1], paragraphs.ends[p - 1] - 100), paragraphs.ends[p - 1]));
  const prevStart = intro
    ? sentenceStart(text, lastMark(text, paragraphs.ends[p - 1]), paragraphs.starts[p - 1])
    : s > ps
      ? sentenceStart(text, lastMark(text, s), ps)
      : s;
  const previous = text.slice(prevStart, intro ? paragraphs.ends[p - 1] : s);
  mention.quote =
    CONFESS_RE.test(stripQuotes(before)) || CONFESS_RE.test(stripQuotes(after)) || CONFESS_RE.test(stripQuotes(previous))
      ? 'confession'
      : 'quotation';
  // The speaker is named in the quotation's sentence, or else in the one before when the quotation opens its own.
  const speaker =
    findSpeaker(text, s, start, end, e, names) ??
    (/^\s*$/.test(before) && previous ? findSpeaker(text, prevStart, prevStart + previous.length, end, end, names) : undefined);
  if (speaker) mention.speaker = speaker;
  return mention;
}

/** "he answered, “No, sir”", "he promised to “cut the tax”", "“No,” he said": short words someone says, not a scare quote. */
const SPOKEN_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:(?:${SAY}|${INTL_SAY}|${INTL_CONFESS})[\\s\\u00a0]*[,:]|(?:promis|pledg|vow|swor|vot|undertak|` +
    `threaten)\\p{L}*[\\s\\u00a0]+to)[\\s\\u00a0]*$`,
  'u',
);
const SPOKEN_AFTER = new RegExp(`^[\\s\\u00a0]*(?:\\p{L}+[\\s\\u00a0]+)?${SAY}(?![\\p{L}])`, 'u');

function spoken(text: string, start: number, end: number, ps: number, inner: string): boolean {
  if (SPOKEN_BEFORE.test(text.slice(Math.max(ps, start - 40), start))) return true;
  // After the quotation, only when it ends as speech does before its attribution: “No,” he said.
  return /[,!?][\s\u00a0]*$/.test(inner) && SPOKEN_AFTER.test(text.slice(end, end + 40));
}

/**
 * Offset of the last non-space character before `pos`: a sentence's own terminal must not be read as the end of the one before.
 */
function lastMark(text: string, pos: number): number {
  let q = pos;
  while (q > 0 && /\s/.test(text[q - 1])) q--;
  return Math.max(0, q - 1);
}

/** At most three words and not a sentence of its own. */
function isScare(inner: string): boolean {
  if (inner.length > 200) return false; // three words are never this long; don't split a whole chapter to count them
  const words = inner.split(/[\s\u00a0]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words > 3) return false;
  const sentence = /^[\s\u00a0]*\p{Lu}/u.test(inner) && /[.!?\u2026][\s\u00a0]*$/.test(inner) && words >= 2;
  return !sentence && !/[.!?]\s+\p{Lu}/u.test(inner);
}

/** Other quotations in the sentence are not the narrator's words: blank them. */
function stripQuotes(s: string): string {
  return s.replace(/[\u201c\u201e\u00ab][^\u201c\u201d\u201e\u00ab\u00bb]*[\u201d\u201c\u00bb]/g, ' ');
}

function mentionsIn(text: string, from: number, to: number, names: NameMatcher | Mention[]): Mention[] {
  let all: Mention[];
  if (Array.isArray(names)) {
    // Mentions come sorted by start: binary search, so that a long text with many quotations stays linear.
    let lo = 0;
    let hi = names.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (names[mid].start < from) lo = mid + 1;
      else hi = mid;
    }
    all = [];
    for (let k = lo; k < names.length && names[k].start < to; k++) if (names[k].end <= to) all.push(names[k]);
  } else {
    all = names.match(text, from, to);
  }
  return all.filter((m) => m.entity && SPEAKER_KINDS.has(m.kind));
}

function subjectOf(gap: string): boolean {
  const words = gap.split(/[\s\u00a0]+/).filter((w) => /\p{L}/u.test(w)).length;
  if (!gap.includes(',')) return words <= 3;
  return /^[\u2019']?s?,/.test(gap.trimStart()) && /,[\s\u00a0]*$/.test(gap);
}

function nearest(ms: Mention[]): Mention | undefined {
  return ms.find((m) => m.kind === 'person') ?? ms[0];
}

function findSpeaker(
  text: string,
  s: number,
  start: number,
  end: number,
  e: number,
  names: NameMatcher | Mention[],
): string | undefined {
  // Before the quotation: the last verb of saying, and the name nearest before it (or just after it: "said Reingold:").
  const before = mentionsIn(text, s, start, names);
  let verb: RegExpExecArray | undefined;
  SAY_RE.lastIndex = 0;
  const head = text.slice(s, start);
  for (let m = SAY_RE.exec(head); m; m = SAY_RE.exec(head)) verb = m;
  if (verb) {
    const at = s + verb.index;
    const according = ACCORDING_RE.test(verb[0]);
    // The subject of the verb: a name right before it ("Lenin warned in 1922:") or one whose apposition runs up to it
    // ("Dr. Ciliga, a Yugoslav revolutionary ..., testifies:"), not one inside a clause ("... Pritt belongs, wrote").
    const prior = according
      ? undefined
      : nearest([...before].reverse().filter((m) => m.end <= at && subjectOf(text.slice(m.end, at))));
    const later = nearest(before.filter((m) => m.start >= at + verb[0].length));
    const who = prior ?? later;
    if (who?.entity) return who.entity;
  }
  // After it: “…,” said Reingold / “…,” Reingold said.
  const tail = mentionsIn(text, end, Math.min(e, end + 80), names)[0];
  if (tail?.entity) {
    const gap = text.slice(end, tail.start);
    if (
      /^[\s,]*$/.test(gap)
        ? SAY_AFTER_RE.test(text.slice(tail.end, tail.end + 30))
        : SAY_AFTER_RE.test(gap) && /^[\s,]*\p{L}+[\s]*$/u.test(gap.replace(/^[\s,]*/, ''))
    ) {
      return tail.entity;
    }
    // «…», — признался Бухарин; „…“, gab Bucharin zu: a verb of another language, at most one word, then the name.
    if (INTL_SAY_AFTER_RE.test(gap) && /^[\s,\u2013\u2014]*\p{L}+(?:[\s\u00a0]+\p{L}+)?[\s\u00a0]*$/u.test(gap))
      return tail.entity;
  }
  return undefined;
}
