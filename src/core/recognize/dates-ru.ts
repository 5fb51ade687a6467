/**
 * Russian dates: «2 марта 1938 г.», «в ночь на 7 ноября 1927 года», «весной
 * 1933 г.», «в середине 1935 года», «в начале 20-х годов», «2–13 марта 1938
 * г.», «с 2 по 13 марта», «24 октября (6 ноября) 1917 г.», «12 (25) октября
 * 1917 г.», and Old Style / New Style marks («по ст. ст.», «ст. ст.», «н.
 * ст.», «по старому стилю»): an Old Style day is converted, its Julian form
 * kept. Months are written in small letters in Russian: «Мая» with a capital
 * and no day number before it is a name, not May. Spans leave out a leading
 * preposition («в», «с», «к») and keep «г.» / «года» after the year.
 */
import {
  B,
  DASH,
  E,
  SP,
  WS,
  dayNoYear,
  dayOfMonth,
  dayOf,
  days,
  decade,
  dual,
  month,
  monthNoYear,
  partOfYear,
  season,
  year,
  yearOnly,
  years,
  type IntlRule,
  type Part,
} from './date-intl';

/** Month stems and the endings of their cases: января, январе, январь, январём; abbreviations янв., сент. */
const MONTH_STEMS: Array<[string, number]> = [
  ['январ', 1],
  ['феврал', 2],
  ['март', 3],
  ['апрел', 4],
  ['ма', 5],
  ['июн', 6],
  ['июл', 7],
  ['август', 8],
  ['сентябр', 9],
  ['октябр', 10],
  ['ноябр', 11],
  ['декабр', 12],
];
const ABBREV: Record<string, number> = {
  янв: 1,
  фев: 2,
  февр: 2,
  мар: 3,
  апр: 4,
  авг: 8,
  сен: 9,
  сент: 9,
  окт: 10,
  ноя: 11,
  нояб: 11,
  дек: 12,
};
const ENDINGS = '(?:ь|я|е|ю|ём|ем)';
const monthWord = (capital: boolean): string => {
  const c = (stem: string): string => (capital ? `[${stem[0].toUpperCase()}${stem[0]}]${stem.slice(1)}` : stem);
  return (
    `(?:${['январ', 'феврал', 'апрел', 'июн', 'июл', 'сентябр', 'октябр', 'ноябр', 'декабр'].map(c).join('|')})${ENDINGS}|` +
    `${c('ма')}(?:й|я|е|ю|ем)|(?:${c('март')}|${c('август')})(?:а|е|у|ом)?`
  );
};
const MON_WORD = monthWord(false);
/** A month in any case, small letters (or a capital after a day number: «2 Марта»), or its abbreviation. */
const MON = `(${monthWord(true)}|(?:${Object.keys(ABBREV).join('|')})\\.)`;
const MON_LOWER = `(${MON_WORD})`;
const DAY = '(\\d{1,2})(?:-?(?:го|е))?';
/** The year, with «г.», «года», «году», «год» after it (kept in the span). */
const YEAR = `(\\d{4})(?:(?:${SP})?(?:г\\.|года|году|год|гг\\.)(?![\\p{L}]))?`;
const OLD = 'ст\\.\\s?ст\\.|старому\\s+стилю|старого\\s+стиля|стар\\.\\s?ст\\.';
const NEW = 'н\\.\\s?ст\\.|нов\\.\\s?ст\\.|новому\\s+стилю|нового\\s+стиля';
/** «(по ст. ст.)», «по н. ст.» after a date. */
const MARK = `(?:[ \\u00a0]*\\(?[ \\u00a0]*(?:по[ \\u00a0]+)?(${OLD}|${NEW})\\)?)?`;

export function ruMonth(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (ABBREV[w]) return ABBREV[w];
  for (const [stem, n] of MONTH_STEMS) if (w.startsWith(stem) && w.length <= stem.length + 2) return n;
  return 0;
}

const old = (mark: string | undefined): boolean => mark !== undefined && !/^(?:н|нов)[.\s]/.test(mark) && !/^нов/.test(mark);
const rule = (src: string, make: IntlRule['make'], ...from: number[]): IntlRule => ({ re: new RegExp(src, 'gu'), make, from });

const PARTS: Record<string, Part> = {
  начал: 'begin',
  середин: 'middle',
  конц: 'end',
  конец: 'end',
  перв: 'first half',
  втор: 'second half',
};
const part = (w: string): Part => PARTS[Object.keys(PARTS).find((k) => w.toLowerCase().startsWith(k)) ?? 'начал'];
const SEASONS: Record<string, number> = { весн: 21, лет: 22, осен: 23, зим: 24 };
const seasonCode = (w: string): number => SEASONS[Object.keys(SEASONS).find((k) => w.toLowerCase().startsWith(k)) ?? ''] ?? 0;

export const RU_RULES: IntlRule[] = [
  // 24 октября (6 ноября) 1917 г.; 24 октября / 6 ноября 1917
  rule(`${B}${DAY}${SP}${MON}${WS}(?:\\(${WS}|/${WS})${DAY}${SP}${MON}${WS}\\)?,?${WS}${YEAR}${E}`, (m, o) =>
    dual(year(m[5]), ruMonth(m[2]), +m[1], ruMonth(m[4]), +m[3], o),
  ),
  // 12 (25) октября 1917 г.; 12/25 октября 1917
  rule(`${B}${DAY}${WS}(?:\\(${WS}(\\d{1,2})${WS}\\)|/(\\d{1,2}))${SP}${MON}${WS}${YEAR}${E}`, (m, o) =>
    dual(year(m[5]), ruMonth(m[4]), +m[1], ruMonth(m[4]), +(m[2] ?? m[3]), o),
  ),
  // 2–13 марта 1938 г.; с 2 по 13 марта (the year may come from the context)
  rule(`${B}${DAY}${DASH}${DAY}${SP}${MON}(?:${WS}${YEAR})?${E}`, (m) =>
    days(m[4] ? year(m[4]) : undefined, ruMonth(m[3]), +m[1], +m[2]),
  ),
  rule(`${B}(?:[Сс]${SP})${DAY}${SP}(?:по|до)${SP}${DAY}${SP}${MON}(?:${WS}${YEAR})?${E}`, (m) =>
    days(m[4] ? year(m[4]) : undefined, ruMonth(m[3]), +m[1], +m[2]),
  ),
  // с 28 февраля по 13 марта 1938 г.; 28 февраля – 13 марта 1938 г.
  rule(`${B}(?:[Сс]${SP})?${DAY}${SP}${MON}(?:${SP}(?:по|до)${SP}|${DASH})${DAY}${SP}${MON}(?:${WS}${YEAR})?${E}`, (m) =>
    days(m[5] ? year(m[5]) : undefined, ruMonth(m[2]), +m[1], +m[3], ruMonth(m[4])),
  ),
  // 2 марта 1938 г.; 25 октября 1917 г. (по ст. ст.)
  rule(`${B}${DAY}${SP}${MON}${WS}${YEAR}${E}${MARK}`, (m) => dayOf(year(m[3]), ruMonth(m[2]), +m[1], old(m[4]))),
  // 2 марта (the year from the context); 25 октября ст. ст.
  rule(`${B}${DAY}${SP}${MON}${E}${MARK}`, (m) => dayNoYear(ruMonth(m[2]), +m[1], old(m[3]))),
  // 5 с. м. (сего месяца: this month), 28 п. м. (прошлого месяца: last month)
  rule(
    `${B}${DAY}${SP}(?:(с\\.[ \\u00a0]?м\\.|сего${SP}месяца|текущего${SP}месяца)|(п\\.[ \\u00a0]?м\\.|прошлого${SP}месяца))`,
    (m) => dayOfMonth(+m[1], m[2] ? 0 : -1),
  ),
  // в марте 1938 г.; март 1938; марта 1938 года
  rule(`${B}${MON_LOWER}${WS}${YEAR}${E}`, (m) => month(year(m[2]), ruMonth(m[1]))),
  // в марте, к маю, с января, до октября: a month governed by a preposition of time, the year from the context
  rule(
    `${B}(?:[Вв]о?|[Кк]|[Сс]о?|[Дд]о|[Пп]осле|[Пп]еред|[Кк]онце|[Нн]ачале|[Сс]ередине)${SP}${MON_LOWER}${E}`,
    (m) => monthNoYear(ruMonth(m[1])),
    1,
  ),
  // весной 1933 г.; осень 1917 года; зимой 1917/18 г.
  rule(`${B}((?:[Вв]есн|[Лл]ет|[Оо]сен|[Зз]им)(?:ой|ом|ью|а|о|ь|е|у|ы|и)?)${SP}${YEAR}${E}`, (m) =>
    season(year(m[2]), seasonCode(m[1])),
  ),
  // в начале 1935 года, в середине 1935 г., в конце 1929 года, в первой половине 1930 г.
  rule(
    `${B}(?:[Вв]о?${SP})?((?:[Нн]ачал|[Сс]ередин|[Кк]онц)[аеуы]|[Кк]онец|(?:[Пп]ерв|[Вв]тор)(?:ой|ая|` +
      `ую)${SP}половин[аеуы])${SP}${YEAR}${E}`,
    (m) => partOfYear(year(m[2]), part(m[1])),
    1,
  ),
  // в начале 20-х годов, в середине 1930-х гг., 30-е годы, в 1930-х годах
  rule(
    `${B}(?:[Вв]о?${SP})?(?:((?:[Нн]ачал|[Сс]ередин|[Кк]онц)[аеуы]|[Кк]онец)${SP})?(\\d0|\\d{3}0)-?(?:х|е|ые|ых)${SP}(?:годов|` +
      `годах|годы|гг\\.|годам)${E}`,
    (m) => decade(m[2], m[1] ? part(m[1]) : undefined),
    1,
    2,
  ),
  // с 1931 по 1936 г.; с 1931 до 1936 года
  rule(`${B}[Сс]${SP}(\\d{4})${SP}(?:по|до)${SP}${YEAR}${E}`, (m) => years(year(m[1]), year(m[2]))),
  // в 1937 году, 1937 г., 1937 год (not «1937 рублей»)
  rule(`${B}(\\d{4})(?:${SP})?(?:г\\.|года|году|год)(?![\\p{L}])`, (m) => yearOnly(year(m[1]))),
  rule(
    `${B}(?:[Вв]|[Сс]|[Дд]о|[Пп]осле|[Кк]|[Оо]т|[Пп]о)${SP}(\\d{4})${E}(?![ \\u00a0]*(?:[-\\u2013]|г\\.|год|р\\.|руб|чел|тыс|` +
      `млн|%))`,
    (m) => yearOnly(year(m[1])),
    1,
  ),
];
