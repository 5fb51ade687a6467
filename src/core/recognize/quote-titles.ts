/**
 * Titles in quotation marks, in Russian, German and French texts: the name of
 * a newspaper, a work or an organisation («Правда», «Круга чтения», „Kölner
 * Zeitung“, „NRZ“, « Le Temps »). The evaluation set's convention (and the
 * historians') makes them quotations, not scare quotes, however short: they
 * name a text. A title is told by
 * - its letters: an abbreviation in capitals („NRZ“, «РСДРП»);
 * - in Russian and French, a capital first letter: both languages write common
 *   nouns in small letters, so a capitalised word in marks inside a sentence is
 *   a name («Слове», « Le Temps »), while words held at a distance are small
 *   («ошибка», « contemporains »);
 * - a word of a newspaper's name in it („Staatszeitung“, „Staats-Anzeigers“,
 *   „Tribune“, «Русские ведомости»);
 * - a word naming a text or a body right before it: „die Nummer der
 *   „Tribune““, „Herausgeber des „Staats-Anzeigers““, „Pamphlet [„Po und
 *   Rhein“]“, «в статье «…»», « le journal « … » » (French articles are left out: «fait partie du « groupe »»
 *   is no title);
 * - every word capitalised („Neue Rheinische Zeitung“, « Le Petit Journal »), or, in German, a foreign name
 *   (an English or French article, French letters: „La Réforme“, „The Times“);
 * - a registry entity of type work or organisation spelled by its words;
 * - in German, what the grammar around the marks says: a person's genitive before them names the work („Hegels
 *   „Logik““, „Lassalles „Sickingen““, „Marx' „Kapital““), and a title keeps its nominative after a genitive
 *   article („des „National““, where a noun would read „des Nationals“);
 * - a title coordinated with the quotation before it: „„Phänomenologie“ und „Logik““, « « Le Temps » et « Le
 *   Matin » ».
 * German capitalises every noun, so a capital alone says nothing there.
 */
import type { Mention } from '../model';
import type { Language } from '../text/language';
import { cityNames } from './city-names';

/** Words of newspapers' names, in any of the three languages (and the English names the émigré press kept). */
// prettier-ignore
const PAPER_WORD =
  /(?:zeitung|blatt|blad|tidning|anzeiger|bote|kurier|courier|tribune|journal|gazette|presse|chronik|revue|rundschau|vorwärts|merkur|herold|correspondent|korrespondent|telegraph|times|herald|review|ведомост|газет|вестник|листок|известия|правда|gazette|courrier|moniteur|figaro|prawda|pravda|iswestija|izvestija|izvestia|humanité)(?:e?s|e|en|n|er|и|ей|ям|ях|ах|а|у|ы|ой|е)?$/iu;

/** Nouns naming a text, a paper or a body, in the case forms that come before a title. */
// prettier-ignore
const TITLE_NOUN =
  /(?:^|[\s([])(?:\p{L}*zeitung|\p{L}*blatt(?:e?s)?|\p{L}*blättern|\p{L}*zeitschrift|Veröffentlichung|Herausgabe|Lektüre|Verfasser(?:s)?|Exemplar(?:e|en)?|Nummer|Artikel|Aufsatz(?:es)?|Buch(?:e?s)?|Schrift(?:chen)?|Broschüre|Pamphlet(?:s)?|Flugschrift|Werk(?:e?s)?|Drama(?:s)?|Gedicht(?:e?s)?|Roman(?:s)?|Organ(?:s)?|Herausgeber|Redakteur|Redaktion|Verein(?:s)?|Titel(?:s)?|газет[аеуы]|журнал[аеу]?|стать[яеюи]|книг[аеиу]|брошюр[аеуы]|роман[аеу]?|повест[ьи]|рассказ[аеу]?|пьес[аеуы]|драм[аеуы]|сочинени[еяю]|обществ[оау]|парти[яиюей]|кружк[аеу]|кружок|издательств[оау]|journal|article|livre|brochure|revue|roman|pièce|drame|ouvrage|organe|société|titre|feuille|Druck(?:e?s)?|Abhandlung|Heft(?:e?s)?|Vorrede|Einleitung|Auflage|Ausgabe|Übersetzung|Zeitschrift|Monatsschrift|Wochenschrift|Komödie|Tragödie|Lustspiel|\p{L}*[Ss]chiff(?:e?s)?|Dampfer(?:s)?|Fregatte|navire|vaisseau|frégate|paquebot|bateau|пароход(?:а|е|ом)?|корабл(?:ь|я|е|ем))(?:[\s\u00a0]+(?:der|des|dem|den|die|das|eines|einer|meiner|meines|seiner|seines|ihrer|ihres|deiner|deines|unsrer|unserer|unseres|Ihrer|Ihres))?[\s\u00a0]*[[(]?[\s\u00a0]*$/iu;

const FOREIGN_ARTICLE = /^(?:The|La|Le|Les|L['\u2019]|El|Il)(?:[\s\u00a0]|$)/u;
const ABBREVIATION = /^[\p{Lu}][\p{Lu}.-]{1,7}$/u;
/** Initials of a paper's words, each a capital with at most two small letters and its dot: „N.Rh.Z.“, « Rev. Soc. ». */
const DOTTED_ABBREVIATION = /^(?:\p{Lu}\p{Ll}{0,2}\.[\s\u00a0]?){1,4}\p{Lu}\p{Ll}{0,2}\.?$/u;
const TITLE_KINDS = new Set(['work', 'organisation']);

/**
 * Whether the quotation text[start, end) (marks included) is a title, in a paragraph of language `lang`; `inner` is
 * its words without the marks, `names` gives the registry mentions within it (asked for last: it may cost a match).
 */
export function isTitle(
  text: string,
  start: number,
  end: number,
  inner: string,
  lang: Language | undefined,
  names?: () => Mention[],
  depth = 0,
  look?: 'previous' | 'next',
): boolean {
  if (!lang || lang === 'en') return false;
  const words = inner.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  const bare = words.replace(/[.,;:!?\u2026]+$/, '');
  if (ABBREVIATION.test(bare) || DOTTED_ABBREVIATION.test(bare)) return true;
  if ((lang === 'ru' || lang === 'fr') && /^\p{Lu}/u.test(bare) && !/^\p{Lu}\./u.test(bare)) return true;
  const parts = bare.split(/[\s-]+/).filter((w) => /\p{L}/u.test(w));
  if (parts.some((w) => PAPER_WORD.test(w))) return true;
  // Every word capitalised („Neue Rheinische Zeitung“, „Northern Star“): a name; German writes the adjective and
  // the article of a phrase small („die Partei der Oktroyierung“, „gemütsarmen Yankees“).
  const spaced = bare.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (spaced.length >= 2 && spaced.every((w) => /^\p{Lu}/u.test(w))) return true;
  if (lang === 'de' && germanTitleShape(text, start, spaced)) return true;
  // A foreign name in a German paragraph: an English or French article, or French letters („La Réforme“, „The Times“).
  if (lang === 'de' && /^\p{Lu}/u.test(bare) && (FOREIGN_ARTICLE.test(bare) || /[éèêëàâçôûîœ]/u.test(bare))) return true;
  if (lang === 'de' && /^\p{Lu}/u.test(bare)) {
    if (germanTitleGrammar(text.slice(Math.max(0, start - 60), start), bare)) return true;
    if (PRINTED.test(clauseAround(text, start, end))) return true;
  }
  if (TITLE_NOUN.test(text.slice(Math.max(0, start - 40), start))) return true;
  if (ENTITLED.test(text.slice(Math.max(0, start - 30), start))) return true;
  // An editor's gloss right after the marks that names a paper or a work: „Social-Demokrätchen“ [„Der Sozialdemokrat“,
  // Zeitung des ADAV], « la Sociale » [journal de Vallès].
  const gloss = EDITOR_GLOSS.exec(text.slice(end, end + 160));
  if (gloss && gloss[1].split(/[\s\u00a0,.;:()„“”«»"-]+/).some((w) => PAPER_WORD.test(w) || GLOSS_NOUN.test(w))) return true;
  // German: a capitalised name alone in parentheses right after a noun, its apposition (erzwungner Humor („Scorpion
  // und Felix“), ein Drama („Oulanem“)).
  if (
    lang === 'de' &&
    /^\p{Lu}/u.test(bare) &&
    text[end] === ')' &&
    PAREN_AFTER_NOUN.test(text.slice(Math.max(0, start - 40), start))
  )
    return true;
  // A body's noun, then its name in apposition: « groupe Marie Ferré », « cercle Proudhon » (« groupe de Zinoviev »
  // describes a group: no name in apposition).
  if (lang === 'fr' && BODY_NAMED.test(bare)) return true;
  if (names?.().some((m) => TITLE_KINDS.has(m.kind) && m.entity && m.start <= start + 2 && m.end >= end - 2)) return true;
  return coordinatedWithTitle(text, start, lang, names, depth, end, look);
}

/** A participle of entitling right before the marks: „betitelt „Besuch““, « intitulé « … » », «озаглавленный «…»». */
const ENTITLED =
  /(?<![\p{L}])(?:betitelt(?:e[nrs]?)?|überschrieben(?:e[nrs]?)?|intitulée?s?|озаглавлен\p{L}*)[\s\u00a0]*[,:]?[\s\u00a0]*$/u;

/** An editor's bracket right after the closing mark, and what it says. */
const EDITOR_GLOSS = /^[\s\u00a0]*\[([^\]]{1,150})\]/u;
/** Nouns of a gloss that make the words glossed a title: a paper, a work, a body. */
// prettier-ignore
const GLOSS_NOUN =
  /^(?:Zeitung|Zeitschrift|Wochenblatt|Blatt|Organ|Buch|Schrift|Broschüre|Pamphlet|Drama|Gedicht|Roman|Werk|Partei|Verein|journal|revue|livre|brochure|pamphlet|roman|ouvrage|organe|parti|société|газета|журнал|книга|брошюра|партия)$/iu;
/** A German noun (capitalised, not opening its sentence), then an opening parenthesis. */
const PAREN_AFTER_NOUN = /[\p{Ll},;][\s\u00a0]+(?:\p{Ll}+[\s\u00a0]+)*\p{Lu}\p{Ll}+[\s\u00a0]*\($/u;

/** French nouns of a body or a group, in small letters, before its name. */
// prettier-ignore
const BODY_NAMED =
  /^(?:groupe|comité|cercle|ligue|société|parti|club|union|association|fédération|chambre|conseil|bataillon|régiment|légion|loge)[\s\u00a0]+\p{Lu}/u;

/** German verbs done to a text: printed, translated, published, read, reviewed („das „Manifest“ übersetzen“). */
// prettier-ignore
const PRINTED =
  /(?<![\p{L}])(?:(?:ab|nach)?(?:ge)?druck(?:t|te|ten|en)?|übersetz(?:t|te|ten|en|ung)|erschien(?:en)?|erscheint|erscheinen|herausgegeben|herausgeben|herausgab|(?:ge)?lesen|las|liest|rezensier(?:t|te|en)|verlegt|veröffentlich(?:t|te|en)|enth(?:ält|ielt|ielten|alten)|exzerpier(?:t|te|ten|en)|zitier(?:t|te|ten|en))(?![\p{L}])/u;

/**
 * The clause a quotation stands in: back to the last comma, colon, semicolon or full stop, on to the next, and not past
 * a conjunction that opens another clause (one followed by a small word: „und sprach …“, not „ins Italienische und
 * Spanische übersetzen“). German puts the verb at the clause's end, far from its object.
 */
function clauseAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 150), start);
  const after = text.slice(end, end + 150);
  let b = Math.max(...[',', ';', ':', '.'].map((c) => before.lastIndexOf(c))) + 1;
  for (const m of before.matchAll(CLAUSE_CONJUNCTION)) if (m.index >= b) b = m.index + m[0].length;
  const a = after.search(/[,;:.!?]|\s(?:und|oder|aber|sondern|denn)\s+\p{Ll}/u);
  return before.slice(b) + ' ' + (a < 0 ? after : after.slice(0, a));
}
const CLAUSE_CONJUNCTION = /\s(?:und|oder|aber|sondern|denn)\s+(?=\p{Ll})/gu;

/** A quotation right before, joined by "and", "or" or a comma: „X“ und „Y“, « X » et « Y », «X» и «Y». */
// prettier-ignore
const JOIN =
  '(?:,|und|oder|sowie|et|ou|и|или)' +
  // then a preposition and an article, or their contraction: „X“ oder im „Y“, « X » et dans le « Y »
  '(?:[\\s\\u00a0\\u202f]+(?:in|an|zu|von|aus|mit|bei|nach|über|für|dans|de|à|в|на|о))?' +
  "(?:[\\s\\u00a0\\u202f]+(?:der|die|das|den|dem|des|im|am|zum|zur|vom|ins|le|la|les|du|au|aux|l['\\u2019]))?";
/** A quotation in double marks or guillemets, its words captured. */
const QUOTED = '[\\u201e\\u00ab\\u201c]([^\\u201e\\u201c\\u201d\\u00ab\\u00bb]{1,80})[\\u201c\\u201d\\u00bb]';
const GAP = '[\\s\\u00a0\\u202f]*';
const COORDINATED = new RegExp(`${QUOTED}${GAP}${JOIN}${GAP}$`, 'u');
/** The same, looking forward: this quotation, a conjunction, and the next one („Rumpelstilzchen“ oder im „König Drosselbart“). */
const COORDINATED_NEXT = new RegExp(`^${GAP}${JOIN}${GAP}${QUOTED}`, 'u');
/** Quotations looked back through for a coordinated title: a list of titles is rarely longer. */
const MAX_COORDINATED = 8;

/**
 * Whether the quotation before this one, or the one after it, joined to it by a conjunction, is a title (and this one,
 * short too, is its like); `look` keeps a neighbour from asking back.
 */
function coordinatedWithTitle(
  text: string,
  start: number,
  lang: Language,
  names: (() => Mention[]) | undefined,
  depth: number,
  end?: number,
  look?: 'previous' | 'next',
): boolean {
  if (depth >= MAX_COORDINATED) return false;
  if (look !== 'next') {
    const window = text.slice(Math.max(0, start - 120), start);
    const m = COORDINATED.exec(window);
    if (m) {
      const prevStart = start - window.length + m.index;
      const prevEnd = prevStart + 1 + m[1].length + 1;
      if (isTitle(text, prevStart, prevEnd, m[1], lang, names, depth + 1, 'previous')) return true;
    }
  }
  if (look !== 'previous' && end !== undefined) {
    const n = COORDINATED_NEXT.exec(text.slice(end, end + 120));
    if (n) {
      const nextEnd = end + n.index + n[0].length;
      const nextStart = nextEnd - n[1].length - 2;
      if (isTitle(text, nextStart, nextEnd, n[1], lang, names, depth + 1, 'next')) return true;
    }
  }
  return false;
}

/** Words after which a capitalised word ending in s is a noun's genitive, not a person's (des Landes, eines Volkes). */
// prettier-ignore
const NOT_BEFORE_GENITIVE = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'eines', 'einer', 'einem',
  'seines', 'ihres', 'meines', 'deines', 'dieses', 'jenes', 'unseres', 'unsres', 'eures', 'jedes', 'alles']);
/** A genitive article or determiner: the noun after it takes -s or -es, a title does not. */
const GENITIVE_ARTICLE = /(?:^|[^\p{L}])(?:des|eines|seines|ihres|meines|deines|unseres|unsres|eures|dieses|jenes)[\s\u00a0]+$/u;

/**
 * German grammar right before a capitalised quotation that makes it a title: a person's genitive („Hegels
 * „Phänomenologie““, „Marx' „Kapital““), or a genitive article before a word that is not in the genitive („des
 * „National““, „seines „Figaro““; a noun after „des“ ends in -s, or in -n as „des Menschen“).
 */
function germanTitleGrammar(before: string, bare: string): boolean {
  const genitive = /(?:^|[^\p{L}'\u2019])(?:(\p{L}+)[\s\u00a0]+)?(\p{Lu}\p{Ll}+(?:s|[sxzß]['\u2019]))[\s\u00a0]+$/u.exec(before);
  if (
    genitive &&
    !/(?:nis|us|ss|is|as|os)$/u.test(genitive[2]) &&
    !NOT_BEFORE_GENITIVE.has((genitive[1] ?? '').toLowerCase()) &&
    !cityNames().has(genitive[2]) // aus Paris, in Brüssel's …: a place, not a person's genitive
  )
    return true;
  if (GENITIVE_ARTICLE.test(before) && !/\s/u.test(bare) && !/(?:s|n|x|z|ß)$/u.test(bare)) return true;
  return false;
}

/** German articles and prepositions that begin titles of works: „Zur Kritik …“, „Das Kapital“, „Über die …“. */
const TITLE_START = /^(?:Der|Die|Das|Des|Dem|Den|Ein|Eine|Zur|Zum|Über|Von|Vom|Aus|Am|Im|An|Auf)$/u;
/** A capitalised adjective before a noun inside a phrase: „Kritik der Politischen Ökonomie“ (common phrases write it small). */
const NAME_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:e|en|er|es|em|sche|schen|scher)$/u;

/**
 * The shapes of a German title: a capital article or preposition opening it inside a sentence („des Buches „Das
 * Kapital““, not a quoted sentence's „Die …“ after a full stop), a capital adjective inside it before a noun, or a
 * paper's adjective standing alone („Kölnische“).
 */
function germanTitleShape(text: string, start: number, words: string[]): boolean {
  if (words.length >= 2 && TITLE_START.test(words[0])) {
    let k = start - 1;
    while (k >= 0 && /[\s\u00a0[(]/.test(text[k])) k--;
    if (k >= 0 && !/[.!?:\u2026]/.test(text[k])) return true;
  }
  for (let i = 1; i + 1 < words.length; i++) if (NAME_ADJECTIVE.test(words[i]) && /^\p{Lu}/u.test(words[i + 1])) return true;
  // A paper called by its adjective alone: „Kölnische“, „Neue Preußische“, „Trier'sche“.
  // -isch or 'sch, not any noun in -schen („Menschen“, „Taschen“).
  if (words.length <= 2 && /^\p{Lu}\p{L}*(?:isch|['\u2019]sch)(?:e|en)$/u.test(words[words.length - 1])) return true;
  return false;
}
