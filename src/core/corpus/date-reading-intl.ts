/**
 * The plain reading of an EDTF value in Russian, German or French, for the
 * hover of a date in a paragraph of that language: `1936-12-18` -> «18
 * декабря 1936 г., пятница», «Freitag, 18. Dezember 1936», «vendredi 18
 * décembre 1936». English is date-reading.ts's readEdtf.
 */
import type { Language } from '../text/language';
import { parseIsoDay, weekdayOf } from './calendar';
import { readEdtf } from './date-reading';

interface Words {
  /** Months as a day takes them (Russian genitive: «18 декабря»), and alone (nominative: «декабрь 1936»). */
  monthsOfDay: string[];
  months: string[];
  weekdays: Record<string, string>;
  seasons: string[];
  day: (d: number, month: string, y: string, weekday: string) => string;
  month: (month: string, y: string) => string;
  year: (y: string) => string;
  decade: (first: string) => string;
  century: (n: number) => string;
  interval: (a: string, b: string) => string;
  from: (a: string) => string;
  until: (b: string) => string;
  qualifiers: Record<string, string>;
}

const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const weekdays = (names: string): Record<string, string> =>
  Object.fromEntries(names.split(' ').map((n, i) => [EN_WEEKDAYS[i], n]));
/** A century in Roman numerals (XX век, XXe siècle); centuries run to XXI. */
function roman(n: number): string {
  const tens = 'X'.repeat(Math.floor(n / 10));
  return tens + ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][n % 10];
}

const WORDS: Record<Exclude<Language, 'en'>, Words> = {
  ru: {
    monthsOfDay: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(' '),
    months: 'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'.split(' '),
    weekdays: weekdays('понедельник вторник среда четверг пятница суббота воскресенье'),
    seasons: ['весна', 'лето', 'осень', 'зима'],
    day: (d, m, y, w) => `${d} ${m} ${y} г., ${w}`,
    month: (m, y) => `${m} ${y} г.`,
    year: (y) => `${y} г.`,
    decade: (first) => `${first}0-е годы`,
    century: (n) => `${roman(n)} век`,
    interval: (a, b) => `с ${a} по ${b}`,
    from: (a) => `с ${a}`,
    until: (b) => `по ${b}`,
    qualifiers: { '?': 'возможно,', '~': 'около:', '%': 'возможно, около:' },
  },
  de: {
    monthsOfDay: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' '),
    months: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' '),
    weekdays: weekdays('Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag'),
    seasons: ['Frühjahr', 'Sommer', 'Herbst', 'Winter'],
    day: (d, m, y, w) => `${w}, ${d}. ${m} ${y}`,
    month: (m, y) => `${m} ${y}`,
    year: (y) => y,
    decade: (first) => `${first}0er Jahre`,
    century: (n) => `${n}. Jahrhundert`,
    interval: (a, b) => `von ${a} bis ${b}`,
    from: (a) => `ab ${a}`,
    until: (b) => `bis ${b}`,
    qualifiers: { '?': 'vielleicht', '~': 'etwa', '%': 'vielleicht etwa' },
  },
  fr: {
    monthsOfDay: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
    months: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
    weekdays: weekdays('lundi mardi mercredi jeudi vendredi samedi dimanche'),
    seasons: ['printemps', 'été', 'automne', 'hiver'],
    day: (d, m, y, w) => `${w} ${d === 1 ? '1er' : d} ${m} ${y}`,
    month: (m, y) => `${m} ${y}`,
    year: (y) => y,
    decade: (first) => `années ${first}0`,
    century: (n) => `${roman(n)}e siècle`,
    interval: (a, b) => `de ${a} à ${b}`,
    from: (a) => `à partir de ${a}`,
    until: (b) => `jusqu'à ${b}`,
    qualifiers: { '?': 'peut-être', '~': 'vers', '%': 'peut-être vers' },
  },
};

/** The reading of an EDTF value in `lang` (English by readEdtf); a value it cannot read is returned as it is. */
export function readEdtfIn(value: string, lang: Language): string {
  if (lang === 'en') return readEdtf(value);
  const w = WORDS[lang];
  if (value.includes('/')) {
    const [from, to] = value.split('/');
    if (!from || from === '..') return w.until(readEdtfIn(to, lang));
    if (!to || to === '..') return w.from(readEdtfIn(from, lang));
    return w.interval(readEdtfIn(from, lang), readEdtfIn(to, lang));
  }
  const m = /^(\d{4}|\d{3}X|\d{2}XX)(?:-(\d{2}))?(?:-(\d{2}))?([?~%]?)$/.exec(value);
  if (!m) return value;
  const [, yearText, monthText, dayText, qualifier] = m;
  let reading: string;
  if (yearText.endsWith('XX')) reading = w.century(Number(yearText.slice(0, 2)) + 1);
  else if (yearText.endsWith('X')) reading = w.decade(yearText.slice(0, 3));
  else {
    const y = String(Number(yearText));
    const month = monthText ? Number(monthText) : 0;
    if (!month) reading = w.year(y);
    else if (month >= 21 && month <= 24) reading = `${w.seasons[month - 21]} ${y}`;
    else if (month > 12) return value;
    else if (!dayText) reading = w.month(w.months[month - 1], y);
    else {
      const day = parseIsoDay(`${yearText}-${monthText}-${dayText}`);
      if (!day) return value;
      reading = w.day(day.day, w.monthsOfDay[month - 1], y, w.weekdays[weekdayOf(day)] ?? '');
    }
  }
  return w.qualifiers[qualifier] ? `${w.qualifiers[qualifier]} ${reading}` : reading;
}
