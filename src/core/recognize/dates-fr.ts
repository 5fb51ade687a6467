/**
 * French dates: «le 2 mars 1938», «1er mai», «du 2 au 13 mars 1938», «2-13
 * mars», «en mars 1938», «au printemps 1933», «à l'automne 1933», «début
 * 1935», «à la mi-1935», «fin 1929», «au début de 1935», «la fin des années
 * 1920», «les années trente», «en 1937», «de 1931 à 1936». Months are written
 * in small letters; «Mars» with a capital and no day is the planet or the
 * god. Spans leave out «le», «en», «à» and keep «du» of a range, as the
 * English rules keep «from», and the article of a season, as «the autumn».
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
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
  janv: 1,
  févr: 2,
  fevr: 2,
  avr: 4,
  juil: 7,
  sept: 9,
  oct: 10,
  nov: 11,
  déc: 12,
  dec: 12,
};
const MON_WORDS =
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|(?:janv|f[ée]vr|' +
  'avr|juil|sept|oct|nov|d[ée]c)\\.';
/** After a day number a capital is allowed («2 Mars 1938» in a heading). */
const MON =
  `(${MON_WORDS}|` +
  MON_WORDS.replace(/(^|\|)([a-zé(])/g, (_a: string, p: string, c: string) => (c === '(' ? `${p}(` : `${p}${c.toUpperCase()}`)) +
  ')';
const MON_LOWER = `(${MON_WORDS})`;
const DAY = '(1er|\\d{1,2})';
const YEAR = '(\\d{4})';
const APOS = "['\\u2019]";

export const frMonth = (w: string): number => MONTHS[w.toLowerCase().replace(/\.$/, '')] ?? 0;
const dayNum = (d: string): number => (d === '1er' ? 1 : +d);

const rule = (src: string, make: IntlRule['make'], ...from: number[]): IntlRule => ({ re: new RegExp(src, 'gu'), make, from });
const PARTS: Record<string, Part> = {
  début: 'begin',
  debut: 'begin',
  commencement: 'begin',
  milieu: 'middle',
  mi: 'middle',
  fin: 'end',
};
const part = (w: string): Part => PARTS[w.toLowerCase()] ?? 'begin';
const SEASONS: Record<string, number> = { printemps: 21, été: 22, ete: 22, automne: 23, hiver: 24 };
const TENS: Record<string, string> = { vingt: '20', trente: '30', quarante: '40', cinquante: '50', soixante: '60' };
const PART_SRC = '([Dd]ébut|[Dd]ebut|[Cc]ommencement|[Mm]ilieu|[Ff]in)';

export const FR_RULES: IntlRule[] = [
  // du 2 au 13 mars 1938; du 28 février au 13 mars 1938
  rule(`${B}(?:[Dd]u|[Ee]ntre le)${SP}${DAY}(?:${SP}${MON})?${SP}(?:au|et le)${SP}${DAY}${SP}${MON}(?:${WS}${YEAR})?${E}`, (m) =>
    days(m[5] ? year(m[5]) : undefined, m[2] ? frMonth(m[2]) : frMonth(m[4]), dayNum(m[1]), dayNum(m[3]), frMonth(m[4])),
  ),
  // 2-13 mars 1938
  rule(`${B}${DAY}${DASH}${DAY}${SP}${MON}(?:${WS}${YEAR})?${E}`, (m) =>
    days(m[4] ? year(m[4]) : undefined, frMonth(m[3]), dayNum(m[1]), dayNum(m[2])),
  ),
  // le 2 mars 1938, 1er mai 1937
  rule(`${B}${DAY}${SP}${MON}${WS}${YEAR}${E}`, (m) => dayOf(year(m[3]), frMonth(m[2]), dayNum(m[1]))),
  // le 1er mai (the year from the context)
  rule(`${B}${DAY}${SP}${MON}${E}`, (m) => dayNoYear(frMonth(m[2]), dayNum(m[1]))),
  // du 5 Ct (courant: this month), le 28 écoulé (last month), le 3 prochain (next month), as a merchant's letter dates
  rule(`${B}${DAY}${SP}(?:(Ct|Crt|ct|crt|courant|cour\\.)|(écoulé|passé)|(prochain))(?![\\p{L}\\p{N}])`, (m) =>
    dayOfMonth(dayNum(m[1]), m[2] ? 0 : m[3] ? -1 : 1),
  ),
  // en mars 1938, mars 1938, début mars 1938 (the month)
  rule(`${B}(?:(?:[Dd]ébut|[Ff]in|[Mm]i-)(?:${SP})?)?${MON_LOWER}${WS}${YEAR}${E}`, (m) => month(year(m[2]), frMonth(m[1]))),
  // en mars, depuis mai, jusqu'en juin, début mars: a month governed by a word of time, the year from the context
  rule(
    `${B}(?:[Ee]n|[Dd]epuis|[Jj]usqu${APOS}en|[Dd]ès|[Aa]vant|[Aa]près|[Dd]ébut|[Ff]in|[Mm]i-|[Mm]ois${SP}d${APOS}|` +
      `[Mm]ois${SP}de)(?:${SP})?${MON_LOWER}${E}`,
    (m) => monthNoYear(frMonth(m[1])),
    1,
  ),
  // au printemps 1933, à l'automne 1933, l'été de 1936, l'hiver 1917
  rule(`${B}((?:[Ll]${APOS}|[Ll]e${SP})?)(printemps|été|ete|automne|hiver)${SP}(?:de${SP})?${YEAR}${E}`, (m) =>
    season(year(m[3]), SEASONS[m[2]]),
  ),
  // début 1935, fin 1929, mi-1935, au début de 1935, à la fin de l'année 1929, au milieu de 1935
  rule(
    `${B}(?:[Aa]u${SP}|[Àà]${SP}la${SP})?(?:${PART_SRC}(?:${SP}de(?:${SP}l${APOS}année|${SP}l${APOS}an)?)?${SP}|` +
      `([Mm]i)-)${YEAR}${E}`,
    (m) => partOfYear(year(m[3]), part(m[1] ?? m[2])),
    1,
    2,
  ),
  // la fin des années 1920, les années 1930, au début des années 30, les années trente
  rule(
    `${B}(?:${PART_SRC}${SP}des|[Ll]es|[Dd]es|[Aa]ux)${SP}années${SP}(?:(\\d{4}|\\d0)|(vingt|trente|quarante|cinquante|` +
      `soixante))${E}`,
    (m) => decade(m[2] ?? TENS[m[3]], m[1] ? part(m[1]) : undefined),
    1,
  ),
  // de 1931 à 1936, entre 1932 et 1934
  rule(`${B}(?:[Dd]e|[Ee]ntre)${SP}(\\d{4})${SP}(?:à|et)${SP}${YEAR}${E}`, (m) => years(year(m[1]), year(m[2]))),
  // en 1937, depuis 1917, jusqu'en 1934, l'an 1937, vers 1930 (not «1937 francs»)
  rule(
    `${B}(?:[Ee]n|[Dd]epuis|[Jj]usqu${APOS}en|[Aa]vant|[Aa]près|[Dd]ès|[Ll]${APOS}an|[Aa]nnée)${SP}${YEAR}${E}(?![ ` +
      `\\u00a0]*(?:[-\\u2013]|francs|hommes|personnes|%))`,
    (m) => yearOnly(year(m[1])),
    1,
  ),
];
