/**
 * German dates: «2. März 1938», «am 2. März», «vom 23. bis 30. Januar 1937»,
 * «23.–30. Januar», «im März 1938», «Frühjahr 1933», «Herbst 1933», «Anfang
 * 1935», «Mitte 1935», «Ende 1929», «Ende der 1920er Jahre», «in den
 * dreißiger Jahren», «im Jahre 1937», «von 1931 bis 1936». A day number takes
 * its full stop («2.»). Spans leave out «am», «im», «in» and keep «vom» of a
 * range, as the English rules keep «from».
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

const MONTHS: Record<string, number> = {
  januar: 1,
  jänner: 1,
  februar: 2,
  feber: 2,
  märz: 3,
  maerz: 3,
  april: 4,
  mai: 5,
  juni: 6,
  juli: 7,
  august: 8,
  september: 9,
  oktober: 10,
  november: 11,
  dezember: 12,
  jan: 1,
  feb: 2,
  febr: 2,
  mär: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  nov: 11,
  dez: 12,
};
const MON =
  '(Januar|Jänner|Februar|Feber|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|' +
  '(?:Jan|Febr?|Mär|Apr|Jun|Jul|Aug|Sept?|Okt|Nov|Dez)\\.)';
const DAY = '(\\d{1,2})\\.';
const YEAR = '(\\d{4})';

export const deMonth = (w: string): number => MONTHS[w.toLowerCase().replace(/\.$/, '')] ?? 0;

const rule = (src: string, make: IntlRule['make'], ...from: number[]): IntlRule => ({ re: new RegExp(src, 'gu'), make, from });
const PARTS: Record<string, Part> = {
  anfang: 'begin',
  beginn: 'begin',
  mitte: 'middle',
  ende: 'end',
  'erste hälfte': 'first half',
  'zweite hälfte': 'second half',
};
const part = (w: string): Part =>
  PARTS[
    w
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/^(erste|zweite)n? .*$/, '$1 hälfte')
  ] ?? 'begin';
const SEASONS: Record<string, number> = { frühjahr: 21, frühling: 21, sommer: 22, herbst: 23, winter: 24 };
const PART_SRC = '(Anfang|Beginn|Mitte|Ende|(?:[Ee]rsten?|[Zz]weiten?)[ \\u00a0]+Hälfte)';
const TENS: Record<string, string> = {
  zwanziger: '20',
  dreißiger: '30',
  dreissiger: '30',
  vierziger: '40',
  fünfziger: '50',
  sechziger: '60',
  siebziger: '70',
  achtziger: '80',
  neunziger: '90',
};

export const DE_RULES: IntlRule[] = [
  // vom 23. bis 30. Januar 1937; vom 28. Februar bis 13. März 1938
  rule(
    `${B}(?:[Vv]om|[Zz]wischen dem)${SP}${DAY}(?:${SP}${MON})?${SP}(?:bis(?:${SP}zum)?|` +
      `und(?:${SP}dem)?)${SP}${DAY}${SP}${MON}(?:${WS}${YEAR})?${E}`,
    (m) => days(m[5] ? year(m[5]) : undefined, m[2] ? deMonth(m[2]) : deMonth(m[4]), +m[1], +m[3], deMonth(m[4])),
  ),
  // 23.–30. Januar 1937
  rule(`${B}${DAY}${DASH}${DAY}${SP}${MON}(?:${WS}${YEAR})?${E}`, (m) =>
    days(m[4] ? year(m[4]) : undefined, deMonth(m[3]), +m[1], +m[2]),
  ),
  // 2. März 1938
  rule(`${B}${DAY}${SP}${MON}${WS}${YEAR}${E}`, (m) => dayOf(year(m[3]), deMonth(m[2]), +m[1])),
  // am 2. März (the year from the context)
  rule(`${B}${DAY}${SP}${MON}${E}`, (m) => dayNoYear(deMonth(m[2]), +m[1])),
  // am 5. d. M. (dieses Monats), am 28. v. M. (vorigen Monats)
  rule(
    `${B}${DAY}${SP}(?:(d\\.[ \\u00a0]?(?:M|Mts)\\.|dieses${SP}Monats|laufenden${SP}Monats|l\\.[ \\u00a0]?M\\.)|(v\\.[ ` +
      `\\u00a0]?(?:M|Mts)\\.|vorigen${SP}Monats))`,
    (m) => dayOfMonth(+m[1], m[2] ? 0 : -1),
  ),
  // März 1938, im März 1938, Anfang März 1938 (the month)
  rule(`${B}(?:(?:Anfang|Mitte|Ende)${SP})?${MON}${WS}${YEAR}${E}`, (m) => month(year(m[2]), deMonth(m[1]))),
  // im März, seit Mai, bis Juni, Anfang März: a month governed by a word of time, the year from the context
  rule(
    `${B}(?:[Ii]m|[Ss]eit|[Bb]is|[Aa]b|[Vv]or|[Nn]ach|Anfang|Mitte|Ende)${SP}${MON}${E}`,
    (m) => monthNoYear(deMonth(m[1])),
    1,
  ),
  // Frühjahr 1933, im Herbst 1933
  rule(`${B}(Frühjahr|Frühling|Sommer|Herbst|Winter)(?:s|es)?${SP}${YEAR}${E}`, (m) =>
    season(year(m[2]), SEASONS[m[1].toLowerCase()]),
  ),
  // Anfang 1935, Mitte 1935, Ende 1929, in der ersten Hälfte 1930, Ende des Jahres 1929
  rule(`${B}${PART_SRC}(?:${SP}(?:des${SP})?(?:Jahres|Jahrs))?${SP}${YEAR}${E}`, (m) => partOfYear(year(m[2]), part(m[1]))),
  // Ende der 1920er Jahre, in den 1930er Jahren, Anfang der 30er Jahre, die dreißiger Jahre
  rule(`${B}(?:${PART_SRC}${SP}der${SP}|(?:[Dd]ie|[Dd]en|[Dd]er)${SP})?(\\d{4}|\\d0)er(?:${SP}|-)Jahre[n]?${E}`, (m) =>
    decade(m[2], m[1] ? part(m[1]) : undefined),
  ),
  rule(
    `${B}(?:${PART_SRC}${SP}der${SP}|(?:[Dd]ie|[Dd]en|[Dd]er)${SP})(zwanziger|dreißiger|dreissiger|vierziger|fünfziger|` +
      `sechziger|siebziger|achtziger|neunziger)${SP}Jahre[n]?${E}`,
    (m) => decade(TENS[m[2]], m[1] ? part(m[1]) : undefined),
  ),
  // von 1931 bis 1936; zwischen 1932 und 1934
  rule(`${B}(?:[Vv]on|[Zz]wischen)${SP}(\\d{4})${SP}(?:bis|und)${SP}${YEAR}${E}`, (m) => years(year(m[1]), year(m[2]))),
  // im Jahre 1937, seit 1917, bis 1934 (not «1937 Mark», «in 1500 Fällen»: a year after a word of time only)
  rule(
    `${B}(?:[Ii]m${SP}Jahre?|[Ii]n|[Ss]eit|[Bb]is|[Nn]ach|[Vv]or|[Uu]m|[Aa]b|[Ss]ommer|[Jj]ahr)${SP}${YEAR}${E}(?![ ` +
      `\\u00a0]*(?:[-\\u2013]|Mark|Rubel|Menschen|Personen|%))`,
    (m) => yearOnly(year(m[1])),
    1,
  ),
];
