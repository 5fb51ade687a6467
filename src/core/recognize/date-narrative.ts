/**
 * The narrative year, for Russian, German and French paragraphs: a day or a
 * month found without a year takes the year of the narrative, the nearest
 * date before it that has a year, in its own paragraph or any earlier one or
 * the heading («Яснополянские записки, 30 марта 1910» ... «30, 31 марта и 1
 * апреля»; a letter headed «3. Februar 1849» ... «am 14. Januar»). This comes
 * before date-ranges.ts's reading of a later date in the same sentence («12
 * мая, а отложено до 3 июня 1906 г.» after a heading of 1905 is 1905), which
 * stands only where there is no narrative year.
 * «прошлого года», «vorigen Jahres», «l'année dernière» after the date count
 * one year back from the narrative, «следующего года», «nächsten Jahres»,
 * «l'année prochaine» one year on. A bare year earlier than the narrative's
 * dated year is a look back and leaves it where it is. English paragraphs are
 * left as they are.
 */
import type { Language, LanguageSpans } from '../text/language';
import { julianToGregorian, edtf, validDay } from './date-parts';
import { withYear, type FoundDate } from './date-ranges';

/** Characters back a narrative year reaches: about a page. */
const NARRATIVE_REACH = 6000;

/** A year word after the date: the year before the narrative's (-1) or after it (+1). */
// prettier-ignore
const RELATIVE_AFTER: Partial<Record<Language, RegExp>> = {
  ru: /^[\s\u00a0]+(?:(прошлого|прошедшего|минувшего)[\s\u00a0]+года|(?:в[\s\u00a0]+)?(прошлом|минувшем)[\s\u00a0]+году|(следующего|будущего|наступающего)[\s\u00a0]+года|(?:в[\s\u00a0]+)?(следующем|будущем)[\s\u00a0]+году)(?![\p{L}])/u,
  de: /^[\s\u00a0]+(?:(vorigen|letzten|vergangenen|verflossenen)[\s\u00a0]+Jahres|(nächsten|kommenden|folgenden)[\s\u00a0]+Jahres)(?![\p{L}])/u,
  fr: /^[\s\u00a0]+(?:(?:de[\s\u00a0]+)?(l['\u2019]année|l['\u2019]an)[\s\u00a0]+(dernière|dernier|passée|prochaine|prochain|suivante)|(dernier)|(prochain))(?![\p{L}])/u,
};

/** A law, decree or treaty named by its date, just before the date. */
// prettier-ignore
const DOCUMENT_BEFORE =
  /(?<![\p{L}])(?:loi|décret|arrêté|arrêt|ordonnance|traité|circulaire|Gesetz(?:es)?|Verordnung|Erla(?:ß|ss)(?:es)?|Dekret(?:s|es)?|Vertrag(?:s|es)?|Ukas(?:es)?|закон(?:а|ом|у)?|указ(?:а|ом|у)?|декрет(?:а|ом|у)?|постановлени(?:е|я|ем|ю)|манифест(?:а|ом|у)?)[\s\u00a0]+(?:du|de|des|vom|von|от)[\s\u00a0]+$/iu;

const yearOf = (v: string): number => (/^\d{4}/.test(v) ? Number(v.slice(0, 4)) : 0);
/** A day or month found without a year (before date-ranges.ts gave it one, or not). */
export const needsYear = (d: FoundDate): boolean =>
  d.value.startsWith('XXXX') && !!d.month && (!!d.day || !!d.monthOnly) && d.shift === undefined;

/** Gives the year-less days and months of ru/de/fr paragraphs the narrative's year (see the top of this file). */
export function narrativeYears(text: string, dates: FoundDate[], spans: LanguageSpans, yearless: Set<FoundDate>): void {
  let year = 0;
  let month = 0;
  let yearAt = -1;
  let p = 0;
  for (const d of dates) {
    while (p < spans.starts.length - 1 && spans.ends[p] < d.start) p++;
    const lang = spans.langs[p];
    let aside = false;
    // Every day found without a year, whatever date-ranges.ts gave it: the narrative's year comes before a later date's.
    if (lang !== 'en' && yearless.has(d) && year && d.start - yearAt <= NARRATIVE_REACH) {
      d.julian = undefined;
      const m = d.month ?? 0;
      const r = relative(text, d, lang);
      // «en mars dernier», «в марте прошлого года»: a year back, or, for a bare «dernier» / «prochain», the last or next such
      // month.
      const y =
        r === 'last' ? (month && m <= month ? year : year - 1) : r === 'next' ? (month && m > month ? year : year + 1) : year + r;
      d.value = withYear(d, y);
      // "February of last year" is an aside: the narrative stays in its own year.
      aside = r !== 0;
      if (d.oldStyle && d.day && !d.day2 && validDay(y, m, d.day, true)) {
        d.julian = d.value;
        d.value = edtf(...julianToGregorian(y, m, d.day));
      }
    }
    const last = d.value.split('/').pop() ?? '';
    const own = yearOf(last);
    // A bare year before the narrative's dated year looks back («Oui, en 1871.», «avant 1789» in a hearing of June 1883): the
    // narrative stays where its last full date put it. A later bare year moves it on («En 1872, il partit.»).
    if (own && month && /^\d{4}$/.test(last) && own < year) aside = true;
    // The date of a law or a decree names it («la loi du 24 mai 1834», «Gesetz vom 21. Oktober 1878», «указ от 9 ноября
    // 1906 г.»): a citation, not the narrative's time.
    if (own && year && DOCUMENT_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start))) aside = true;
    if (own && !aside) {
      year = own;
      month = /^\d{4}-(\d\d)/.exec(last) ? Number(last.slice(5, 7)) : 0;
      yearAt = d.end;
    }
  }
}

/**
 * -1 for «прошлого года» / «vorigen Jahres» / «l'année dernière», +1 for the next year's words, 'last' / 'next' for a bare
 * «dernier» / «prochain», else 0.
 */
function relative(text: string, d: FoundDate, lang: Language): number | 'last' | 'next' {
  const re = RELATIVE_AFTER[lang];
  const m = re?.exec(text.slice(d.end, d.end + 32));
  if (!m) return 0;
  if (lang === 'fr' && m[3]) return 'last';
  if (lang === 'fr' && m[4]) return 'next';
  const word = m.slice(1).filter(Boolean).join(' ');
  return /прошл|прошед|минувш|vorig|letzt|vergang|verflossen|derni|pass/.test(word) ? -1 : 1;
}
