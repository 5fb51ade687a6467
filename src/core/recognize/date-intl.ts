/**
 * Dates in Russian, German and French: the same EDTF values as the English
 * rules of dates.ts, by rules of each language (dates-ru.ts, dates-de.ts,
 * dates-fr.ts) run over the paragraphs in that language only, so that English
 * prose is read exactly as before. Numeric (18.12.1936) and Roman-month
 * (15.III.1938) dates are the English rules' already. Each rule's regex
 * starts on a digit or a fixed word and has bounded repetitions, so a
 * paragraph is read in linear time.
 */
import type { Language, LanguageSpans } from '../text/language';
import { MAX_YEAR, MIN_YEAR, edtf, julianToGregorian, validDay } from './date-parts';
export { dual } from './date-parts';
import type { FoundDate } from './date-ranges';

export type Made = Omit<FoundDate, 'start' | 'end'> | null;
export interface IntlOptions {
  julianBefore: string;
}
export interface IntlRule {
  re: RegExp;
  make: (m: RegExpExecArray, o: IntlOptions) => Made;
  /** Groups whose text starts the span, the first that matched (default: the whole match), to leave a preposition out. */
  from?: number[];
}

export const B = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';
export const SP = '[ \\t\\u00a0\\u202f]+';
/** A line break may fall inside a date; a blank line may not. */
export const WS = '[ \\t\\u00a0\\u202f]*(?:\\r?\\n)?[ \\t\\u00a0\\u202f]*';
export const DASH = '[ \\u00a0]*[\\u2013\\u2014-][ \\u00a0]*';

export const year = (s: string): number => {
  const y = Number(s);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : 0;
};

/** A day of a year; `old` marks the day as Julian (Old Style): the value is converted, `julian` keeps the original. */
export function dayOf(y: number, m: number, d: number, old = false): Made {
  if (!y || !validDay(y, m, d, old)) return null;
  if (!old) return { value: edtf(y, m, d) };
  const [gy, gm, gd] = julianToGregorian(y, m, d);
  return { value: edtf(gy, gm, gd), julian: edtf(y, m, d) };
}

/** A day without a year: XXXX until the context (date-ranges.ts) gives one. */
export function dayNoYear(m: number, d: number, old = false): Made {
  if (!validDay(2000, m, d)) return null;
  const made: Made = { value: edtf(0, m, d), month: m, day: d };
  if (old) made.oldStyle = true;
  return made;
}

/** Days d1..d2 of month m (and m2 for the last day, when it differs); without a year, XXXX until the context gives one. */
export function days(y: number | undefined, m: number, d1: number, d2: number, m2 = m): Made {
  if (!validDay(2000, m, d1) || !validDay(2000, m2, d2) || m2 < m || (m2 === m && d2 <= d1)) return null;
  if (y === undefined) {
    const made: Made = { value: `${edtf(0, m, d1)}/${edtf(0, m2, d2)}`, month: m, day: d1, day2: d2 };
    if (m2 !== m) made.month2 = m2;
    return made;
  }
  if (!y || !validDay(y, m, d1) || !validDay(y, m2, d2)) return null;
  return { value: `${edtf(y, m, d1)}/${edtf(y, m2, d2)}` };
}

export const month = (y: number, m: number): Made => (y && m ? { value: edtf(y, m) } : null);
/** A month without a year («в марте», «im März», «en mars»): XXXX-MM until the context gives a year, as in English. */
export const monthNoYear = (m: number): Made => (m ? { value: edtf(0, m), month: m, monthOnly: true } : null);
export const season = (y: number, code: number): Made => (y ? { value: `${edtf(y)}-${code}` } : null);
export const yearOnly = (y: number): Made => (y ? { value: edtf(y) } : null);
export const years = (a: number, b: number): Made =>
  a && b && b > a && b - a <= 150 ? { value: `${edtf(a)}/${edtf(b)}` } : null;

/** A part of a year, as the English rules read "the beginning / middle / end of", "early", "late", "the first half of". */
export type Part = 'begin' | 'middle' | 'end' | 'early' | 'late' | 'first half' | 'second half';
export function partOfYear(y: number, part: Part): Made {
  if (!y) return null;
  switch (part) {
    case 'begin':
      return { value: `${edtf(y, 1)}~` };
    case 'middle':
      return { value: `${edtf(y, 6)}~` };
    case 'end':
      return { value: `${edtf(y, 12)}~` };
    case 'early':
      return { value: `${edtf(y, 1)}/${edtf(y, 4)}` };
    case 'late':
      return { value: `${edtf(y, 9)}/${edtf(y, 12)}` };
    case 'first half':
      return { value: `${edtf(y, 1)}/${edtf(y, 6)}` };
    case 'second half':
      return { value: `${edtf(y, 7)}/${edtf(y, 12)}` };
  }
}

/**
 * A decade from its digits ("1930", "30", "20"): 193X; with a part, early 1930/1933, middle 1934/1936, end 1937/1939,
 * as the English rules read "the early / mid / late 1930s". Two digits are of the 1900s.
 */
export function decade(digits: string, part?: Part): Made {
  const first = digits.length === 4 ? digits.slice(0, 3) : digits.length === 2 ? `19${digits[0]}` : '';
  if (!first || !year(`${first}0`) || (digits.length === 4 && digits[3] !== '0') || (digits.length === 2 && digits[1] !== '0'))
    return null;
  if (!part) return { value: `${first}X` };
  const [a, b] = part === 'begin' || part === 'early' ? [0, 3] : part === 'middle' ? [4, 6] : [7, 9];
  return { value: `${first}${a}/${first}${b}` };
}

/**
 * A day of this (0), last (-1) or next (1) month: «du 5 Ct», «5 с. м.», «am 5. d. M.»; its month comes from the date before it
 * (date-ranges.ts).
 */
export function dayOfMonth(d: number, shift: number): Made {
  return validDay(2000, 1, d) ? { value: `XXXX-XX-${String(d).padStart(2, '0')}`, day: d, shift } : null;
}

/** Longest heading a year may close. */
const HEADING_LENGTH = 120;

/**
 * Rules every language shares: a year closing a heading after a comma («L. Sedov, Le livre rouge du procès de Moscou,
 * 1936.», «Яснополянские записки, 1906»), the paragraph short and the year its last word.
 */
export const SHARED_RULES: IntlRule[] = [
  {
    re: /(?<=,[ \u00a0]+)(\d{4})(?=\.?[ \t]*$)/gu,
    make: (m) => (m.input.length <= HEADING_LENGTH && !m.input.includes('\n') ? yearOnly(year(m[1])) : null),
  },
];

/** Runs one language's rules over text[from, to), pushing what they find. */
export function runRules(text: string, from: number, to: number, rules: IntlRule[], o: IntlOptions, found: FoundDate[]): void {
  const part = text.slice(from, to);
  for (const r of rules) {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(part); m; m = r.re.exec(part)) {
      const made = r.make(m, o);
      if (!made) continue;
      const g = r.from?.find((k) => m[k] !== undefined);
      const start = from + m.index + (g === undefined ? 0 : m[0].indexOf(m[g]));
      let end = from + m.index + m[0].length;
      while (end > start && /\s/.test(text[end - 1])) end--;
      found.push({ ...made, start, end });
    }
  }
}

/** Rules per language, registered by dates-ru.ts, dates-de.ts and dates-fr.ts through dates-intl-rules.ts. */
export function intlDates(
  text: string,
  spans: LanguageSpans,
  rules: Partial<Record<Language, IntlRule[]>>,
  o: IntlOptions,
  found: FoundDate[],
): void {
  for (let i = 0; i < spans.langs.length; i++) {
    const r = rules[spans.langs[i]];
    if (!r) continue;
    const first = found.length;
    runRules(text, spans.starts[i], spans.ends[i], r, o, found);
    const last = found.length;
    for (let k = first; k < last; k++) listedDays(text, spans.starts[i], found[k], found);
  }
}

/** Days listed before a day and its month: «Les 6, 12 et 18 décembre», «6, 12 и 18 декабря», «am 6., 12. und 18. Dezember». */
const LIST_BEFORE = /(?:^|[^\p{L}\p{N}.])((?:\d{1,2}\.?(?:,[ \u00a0]*|[ \u00a0]+(?:et|и|und)[ \u00a0]+))+)$/u;
const LIST_DAY = /(\d{1,2})\.?(?:,[ \u00a0]*|[ \u00a0]+(?:et|и|und)[ \u00a0]+)/gu;

/**
 * Each day listed before a found day gets its own date, with that day's month and year (one date per day, as per month in
 * English).
 */
function listedDays(text: string, from: number, f: FoundDate, found: FoundDate[]): void {
  // «du 24 et 25 Ct»: days of a month the context gives, each with the same shift.
  const relative = f.shift !== undefined && /^XXXX-XX-\d\d$/.test(f.value);
  const m = relative ? ['', 'XXXX', 'XX', ''] : /^(\d{4}|XXXX)-(\d\d)-(\d\d)$/.exec(f.value);
  if (!m) return;
  const headStart = Math.max(from, f.start - 60);
  const list = LIST_BEFORE.exec(text.slice(headStart, f.start));
  if (!list) return;
  const listStart = headStart + list.index + list[0].length - list[1].length;
  LIST_DAY.lastIndex = 0;
  for (let d = LIST_DAY.exec(list[1]); d; d = LIST_DAY.exec(list[1])) {
    const start = listStart + d.index;
    const y = m[1] === 'XXXX' ? undefined : Number(m[1]);
    const made = relative
      ? dayOfMonth(+d[1], f.shift ?? 0)
      : y === undefined
        ? dayNoYear(+m[2], +d[1], f.oldStyle)
        : f.julian
          ? null
          : dayOf(y, +m[2], +d[1]);
    if (made) found.push({ ...made, start, end: start + d[1].length });
  }
}
