/**
 * Titles in quotation marks in English: a book, a play, a paper named in marks ("author of "The Mollusc"", "his plays,
 * "Strife" and "Justice,"", "says in his "War of Today"", "published in the "White Paper""). The evaluation set's
 * convention makes them quotations, not scare quotes, however short: they name a text. English capitalises the words
 * of a title but also those of a phrase held at a distance ("War Cabinet," "Uncrowned Kings."), so a capital alone
 * says nothing; what stands right before the marks does:
 * - the noun of a maker of texts and "of": author of, editor of, creator of, translator of;
 * - a noun naming a text (book, novel, play, poem, volume, paper …), with a comma or "upon", "on", "called",
 *   "entitled" after it;
 * - "entitled" or "known for" (famous, noted, remembered for);
 * - "including" or "such as" after a maker of texts or a noun of a text in the same clause ("author of many novels,
 *   including "Dodo."");
 * - a verb of publishing or writing, "in" and a determiner ("published in the", "says in his");
 * - a title right before, joined by a comma, "and" or "or", maybe with a parenthesis between ("author of "Life of
 *   Macready," "Real Conversations," … and (with Granville Barker) "A National Theatre."").
 * The words in the marks must open with a capital: "author of "reforms"" names no work.
 */

/** Nouns naming a text or a paper, singular and plural. */
// prettier-ignore
const WORK_NOUN =
  '(?:book|novel|play|poem|essay|pamphlet|article|volume|story|stories|tale|drama|comedy|comedies|tragedy|tragedies|' +
  'song|hymn|anthem|ballad|romance|opera|sketch(?:es)?|treatise|tract|work|paper|magazine|journal|newspaper|edition|' +
  'chapter|lecture|sermon|address|series)s?';
const MAKER = '(?:author|editor|creator|translator|composer|publisher|writer)s?[\\s\\u00a0]+of';
const GAP = '[\\s\\u00a0]';

/** What stands right before a title's opening mark. */
const BEFORE_TITLE = new RegExp(
  '(?<![\\p{L}])(?:' +
    [
      `${MAKER}(?:${GAP}+the)?`,
      `${WORK_NOUN}${GAP}*(?:,|:|${GAP}(?:upon|on|called|entitled|titled|named))`,
      '(?:entitled|titled)',
      '(?:known|famous|noted|remembered)' + `${GAP}+for`,
      `(?:${MAKER}|${WORK_NOUN})(?![\\p{L}])[^.;:"\\u201c\\u201d]{0,80}?(?:including|such${GAP}+as)`,
      `(?:published|printed|reprinted|appeared|says?|said|writes?|wrote|written)${GAP}+in${GAP}+` +
        '(?:the|a|an|his|her|its|their|my|our|your)',
    ].join('|') +
    `)${GAP}*$`,
  'iu',
);

/** A quotation right before this one, joined by a comma, "and" or "or", maybe with a parenthesis between. */
const JOINED_BEFORE =
  /(["\u201d])[\s\u00a0]*(?:,[\s\u00a0]*)?(?:(?:and|or)[\s\u00a0]+)?(?:\([^()"\u201c\u201d]{1,60}\)[\s\u00a0]*)?$/u;
/** The same looking forward: a comma, "and" or "or", then the next quotation's opening mark. */
const JOINED_AFTER =
  /^[\s\u00a0]*(?:,[\s\u00a0]*)?(?:(?:and|or)[\s\u00a0]+)?(?:\([^()"\u201c\u201d]{1,60}\)[\s\u00a0]*)?(["\u201c])/u;
/** Titles in a list are rarely more than this many. */
const MAX_LIST = 12;

/** Whether the quotation text[start, end) (marks included), with `inner` its words, is a title, in English. */
export function isEnglishTitle(text: string, start: number, end: number, inner: string): boolean {
  if (!capitalised(inner)) return false;
  if (titleBefore(text, start)) return true;
  return listedWithTitle(text, start, end, 'previous', 0) || listedWithTitle(text, start, end, 'next', 0);
}

function capitalised(inner: string): boolean {
  return /^[\s\u00a0]*\p{Lu}/u.test(inner);
}

function titleBefore(text: string, start: number): boolean {
  return BEFORE_TITLE.test(text.slice(Math.max(0, start - 120), start));
}

/** A title joined to this quotation in a list, looking one way, through at most MAX_LIST quotations. */
function listedWithTitle(text: string, start: number, end: number, look: 'previous' | 'next', depth: number): boolean {
  if (depth >= MAX_LIST) return false;
  let s: number;
  let e: number;
  if (look === 'previous') {
    const window = text.slice(Math.max(0, start - 80), start);
    const m = JOINED_BEFORE.exec(window);
    if (!m) return false;
    e = start - window.length + m.index + 1;
    const open = m[1] === '"' ? '"' : '\u201c';
    s = text.lastIndexOf(open, e - 2);
    if (s < 0 || e - s > 80 || /[\n]/.test(text.slice(s, e))) return false;
  } else {
    const n = JOINED_AFTER.exec(text.slice(end, end + 80));
    if (!n) return false;
    s = end + n.index + n[0].length - 1;
    const close = n[1] === '"' ? '"' : '\u201d';
    e = text.indexOf(close, s + 1) + 1;
    if (e <= 0 || e - s > 80 || /[\n]/.test(text.slice(s, e))) return false;
  }
  const words = text.slice(s + 1, e - 1);
  if (!capitalised(words)) return false;
  return titleBefore(text, s) || listedWithTitle(text, s, e, look, depth + 1);
}
