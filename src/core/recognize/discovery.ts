/**
 * Names on a text with no registry, beyond the shapes names.ts takes (title +
 * name, initials + surname, two capitalised words): single words and
 * gazetteer names, and a guessed type for every candidate.
 * - Countries and regions from the Unicode CLDR names built into the runtime
 *   (Intl.DisplayNames: "France", "United States", "United Kingdom"), kept
 *   up to date with it rather than by hand.
 * - A capitalised word governed by a preposition of place ("in Kentucky",
 *   "from Prussia", "at Charleston") that the text never uses in small letters
 *   and that is no month, title or function word.
 * - Lone capitalised words inside a sentence that the text never writes in
 *   small letters (discovery-lone-words.ts).
 * - The type: person after a title (Gen., Mrs., Admiral) or with a given name
 *   (given-names.ts), organisation when the name ends in Company, Committee,
 *   Department, Party..., place for gazetteer names (countries from CLDR, cities
 *   and regions from city-names.ts), place words (River, Mountains, Islands) and
 *   names after a preposition of place, else person.
 */
import type { EntityType, Mention } from '../model';
import { languageOfSpan, type LanguageSpans } from '../text/language';
import { NOT_NAMES, TITLES } from './candidate-words';
import { lowerCaseWords } from '../text/lower-case-words';
import {
  GERMAN_PRONOUNS,
  germanCalendarWord,
  germanName,
  germanNoun,
  germanNounByContext,
  germanNouns,
  opensSentence,
} from './discovery-lone-words';
import { isGivenName } from './given-names';
import { cityNames } from './city-names';

// prettier-ignore
const ORGANISATION_END =
  /(?:^|[ \u00a0])(?:Company|Co\.|Corporation|Treasury|Committee|Department|Party|Office|Council|Bureau|Society|Association|Commission|Board|Bank|Railroad|Railway|University|College|Church|Army|Navy|League|Union|Institute|Court|Senate|Assembly|Ministry|Agency|Administration|Service|Club|Trust|Foundation|Academy|Brotherhood|Federation|Congress|Parliament|Versammlung|Partei|Regierung|Komitee|Ausschuss|Ministerium|Kammer|Senat|Sénat|Parti|Comité|Assemblée|Conseil|Chambre|Партия|Комитет|Сенат|Дума)$/;
// prettier-ignore
const PLACE_WORD =
  /(?:^|[ \u00a0])(?:River|Mountains?|Islands?|Isles?|Lake|Ocean|Sea|Bay|Gulf|County|Street|City|Valley|Mount|Fort|Cape|Port|Territory|Province|State|Peninsula|Strait|Canal|Harbor|Harbour|Falls|Springs|Desert|Plains|Coast|Empire|Kingdom|Republics?|Duchy|Principality|Colony|Confederation|Confederacy)(?:$|[ \u00a0])/;
const PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:in|at|from|into|near|across|throughout|toward|towards|via|to|of|with|off|beyond|around|through)[ \u00a0]+$/u;
/** A preposition of place opening a sentence: "At Potsdam there was", "In Florida the troops". */
const PLACE_BEFORE_OPENING = /(?:^|[.!?;:][ \u00a0]+|\n[ \u00a0]*)(?:In|At|From|Into|Near|Across|Throughout|Via)[ \u00a0]+$/u;
/** Ordinary words that open place names: "Great Britain", "New York", "North Carolina". */
const PLACE_OPENERS = new Set([
  'Great',
  'New',
  'North',
  'South',
  'East',
  'West',
  'Upper',
  'Lower',
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Central',
]);
/**
 * An adjective of nationality next to a small-letter word ("of African descent", "the Spanish fleet", "le bateau Français
 * et", «Яснополянские записки»): no name by itself.
 */
const ADJECTIVE = /(?:an|ish|ese|ic|ian|ais|aise|ois|oise|isch|ische|ские|ское|ских|ским|ская)$/u;
/**
 * Bodies that are names by their common word alone ("the Senate", "to Congress"); any other word of an organisation or a
 * place ("the Department", "Departments", "the District") is a head noun when it stands alone.
 */
const UNIQUE_BODIES = new Set(['Congress', 'Senate', 'Treasury', 'Parliament', 'Navy', 'Army', 'Senat', 'Sénat', 'Reichstag']);
const HEAD_NOUN = (word: string): boolean =>
  !UNIQUE_BODIES.has(word) &&
  [word, word.replace(/s$/, ''), word.replace(/ies$/, 'y')].some(
    (w) => w === 'House' || ORGANISATION_END.test(` ${w}`) || PLACE_WORD.test(` ${w} `),
  );
/** Determiners other than "the" before a word. */
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:this|that|these|those|our|its|their|his|her|my|your|an?|every|each|any)[ \u00a0]+$/iu;
/** A people rather than a place: "Americans", "Prussians". */
const PEOPLE = /(?:ans|ians)$/;
/** Saint opens a name of its own: St. Petersburg, Saint-Just. */
const SAINT = /^(?:St|Saint|Ste|Sainte)\.?$/;
/** The points of the compass: "the North West coast" names a direction, not a place, when nothing else follows. */
const COMPASS = new Set(['North', 'South', 'East', 'West', 'Northwest', 'Northeast', 'Southwest', 'Southeast']);

/**
 * Capitalised words that are no name by themselves: points of the compass alone ("the North West coast"), or an
 * adjective of nationality closing the words before a small-letter noun ("Central American waters", "the Peru-Bolivian
 * treaty") unless the gazetteer knows the words as a place.
 */
export function notAName(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).split(/[ \u00a0\n-]+/);
  if (words.every((w) => COMPASS.has(w))) return true;
  const last = words[words.length - 1];
  // "James Buchanan to Congress": a given name says the words are a person's name.
  if (words.some((w) => isGivenName(w))) return false;
  const name = text.slice(start, end).replace(/\s+/g, ' ');
  return (
    ADJECTIVE.test(last) && /^[ \u00a0]+\p{Ll}/u.test(text.slice(end, end + 3)) && !regions().has(name) && !cityNames().has(name)
  );
}

const STRONG_PLACE_BEFORE = /(?:^|[^\p{L}])(?:in|at|from|into|near|across|throughout|via)[ \u00a0]+$/u;

let gazetteer: Set<string> | undefined;
/** Country and region names in English, French, German and Russian, from the runtime's CLDR data ("&" read as "and"). */
function regions(): Set<string> {
  if (gazetteer) return gazetteer;
  gazetteer = new Set();
  for (const lang of ['en', 'fr', 'de', 'ru']) addRegions(gazetteer, lang);
  return gazetteer;
}

function addRegions(into: Set<string>, lang: string): void {
  try {
    const names = new Intl.DisplayNames([lang], { type: 'region' });
    // Two-letter codes (countries, territories) and three-digit UN M49 codes (continents and regions: Europe, Asia).
    const codes: string[] = [];
    for (let a = 65; a < 91; a++) for (let b = 65; b < 91; b++) codes.push(String.fromCharCode(a, b));
    for (let n = 1; n < 1000; n++) codes.push(String(n).padStart(3, '0'));
    {
      for (const code of codes) {
        let name: string | undefined;
        try {
          name = names.of(code);
        } catch {
          name = undefined;
        }
        if (!name || name === code) continue;
        const plain = name.replace(/ \(.*\)$/, '').replace(/ & /g, ' and ');
        if (/^[\p{L} .'’-]+$/u.test(plain)) into.add(plain);
      }
    }
  } catch {
    // A runtime without ICU data: no gazetteer, the other rules still apply.
  }
}

/**
 * A capitalised plural of a common noun ("both Governments", "the Provinces"): its singular is a word the text writes in
 * small letters or no name at all. Places in the plural (the Netherlands, the Carolinas) have no such singular.
 */
function commonPlural(word: string, usedLower: (w: string) => boolean): boolean {
  if (!/\p{Ll}s$/u.test(word)) return false;
  const singulars = [word.slice(0, -1), word.replace(/ies$/, 'y'), word.replace(/es$/, '')].filter((w) => w !== word);
  return singulars.some((w) => NOT_NAMES.has(w) || TITLES.has(w) || usedLower(w));
}

let tails: Set<string> | undefined;
/** Last words of the gazetteer's names opened by a point of the compass or an opener: America, Korea, Carolina. */
function placeTails(): Set<string> {
  if (tails) return tails;
  tails = new Set();
  for (const set of [regions(), cityNames()])
    for (const n of set) {
      const w = n.split(' ');
      if (w.length === 2 && PLACE_OPENERS.has(w[0]) && /^\p{Lu}\p{Ll}+$/u.test(w[1])) tails.add(w[1]);
    }
  return tails;
}

/** The guessed type of a candidate name. */
export function guessType(text: string, m: Mention): EntityType {
  const first = /^\p{Lu}[\p{L}]*/u.exec(m.text)?.[0] ?? '';
  const name = m.text.replace(/\s+/g, ' ');
  if (
    ORGANISATION_END.test(name) ||
    /^(?:Department|Committee|Bureau|Board|Office|Ministry|Society|Bank|University|Council) of /.test(name)
  )
    return 'organisation';
  if (TITLES.has(first.replace(/\.$/, '')) && !SAINT.test(first)) return 'person';
  if (regions().has(name) || PLACE_WORD.test(name)) return 'place';
  // "St. Petersburg", "Saint Louis": a city when the gazetteer knows it under either spelling; else a saint.
  if (SAINT.test(first)) {
    const rest = name.replace(/^\S+[ \u00a0]*/, '');
    if (['St.', 'Saint'].some((s) => cityNames().has(`${s} ${rest}`))) return 'place';
  }
  if (STRONG_PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return 'place';
  // "Harry Truman" is a person whatever the gazetteer says of Truman; "San Francisco", "New Orleans" are cities.
  if (name.includes(' ') && isGivenName(first)) return 'person';
  if (cityNames().has(name) || placeTails().has(name)) return 'place';
  return 'person';
}

const LEADING_TITLE = /^(\p{Lu}\p{Ll}*)\.?[ \u00a0]+/u;

/**
 * A person's candidate without its titles: "General Scott" is Scott, "Monsieur A. Grünberg" A. Grünberg, as a registry
 * holds the name (the title still gave the type). Saint stays (St. Petersburg), and so does a title that is part of a
 * body's or a place's name, which guessType did not call a person ("General Assembly").
 */
export function withoutTitle(text: string, m: Mention): Mention {
  // A namesake's title is its reason ("Mrs. Adams" is not John Adams): it stays.
  if (m.guess !== 'person' || m.reason) return m;
  let start = m.start;
  for (let t = LEADING_TITLE.exec(text.slice(start, m.end)); t; t = LEADING_TITLE.exec(text.slice(start, m.end))) {
    if (!TITLES.has(t[1]) || SAINT.test(t[1])) break;
    start += t[0].length;
  }
  if (start === m.start || start >= m.end) return m;
  return { ...m, start, text: text.slice(start, m.end) };
}

/** Russian patronymics and surnames in any case: Львовны, Ивановна; Дунаев, Маковицкого, Толстой, Пятакова. */
// prettier-ignore
const RUSSIAN_PERSON =
  /^\p{Lu}\p{Ll}*(?:(?:ович|евич|ьич|овн|евн|ичн)\p{Ll}{0,2}|(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ом|е|ой|ых)?|(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую))$/u;
/** Russian, French and German prepositions of place before a lone word: «в Тулу», «à Paris», „nach Deutschland“. */
const PLACE_BEFORE_INTL = /(?:^|[^\p{L}])(?:в|во|из|на|под|около|à|en|au|aux|vers|dans|nach|aus|in)[ \u00a0]+$/u;

/** A capitalised word just before a list's comma or "and", or just after one: "Italy, Rumania, Bulgaria". */
const LISTED_BEFORE = /(\p{Lu}\p{Ll}+),?[ \u00a0]+(?:and[ \u00a0]+|et[ \u00a0]+|und[ \u00a0]+|и[ \u00a0]+)?$/u;
const LISTED_AFTER = /^,?[ \u00a0]+(?:and[ \u00a0]+|et[ \u00a0]+|und[ \u00a0]+|и[ \u00a0]+)?(\p{Lu}\p{Ll}+)/u;

/**
 * Russian surnames joined by a hyphen, a trial or a bloc named after its accused («процесса Пятакова-Радека», «блок
 * Зиновьева-Каменева»): each surname a person. Only where both halves have a surname's ending.
 */
export function russianSurnamePairs(text: string, taken: Mention[], languages?: LanguageSpans): Mention[] {
  const out: Mention[] = [];
  const re = /(?<![\p{L}-])(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)(?![\p{L}-])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (languageOfSpan(languages, start) !== 'ru' || taken.some((t) => t.start < end && t.end > start)) continue;
    if (!RUSSIAN_PERSON.test(m[1]) || !RUSSIAN_PERSON.test(m[2])) continue;
    const second = start + m[1].length + 1;
    out.push({ kind: 'candidate', start, end: start + m[1].length, text: m[1], guess: 'person' });
    out.push({ kind: 'candidate', start: second, end, text: m[2], guess: 'person' });
  }
  return out;
}

/** The guessed type of a lone capitalised word found inside a sentence (findMoreCandidates). */
function guessLoneWord(text: string, m: Mention, lang: string | undefined): EntityType {
  const guess = guessType(text, m);
  if (guess !== 'person') return guess;
  // In a list with a country: a place.
  const before = LISTED_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1];
  const after = LISTED_AFTER.exec(text.slice(m.end, m.end + 40))?.[1];
  if ((before && regions().has(before)) || (after && regions().has(after))) return 'place';
  if (lang === 'ru' && RUSSIAN_PERSON.test(m.text)) return 'person';
  if (lang && lang !== 'en' && PLACE_BEFORE_INTL.test(text.slice(Math.max(0, m.start - 12), m.start))) return 'place';
  if (lang === 'ru' && /(?:ово|ево|ино|ыно|ск)$/u.test(m.text)) return 'place';
  return 'person';
}

// A possessive's "'s" closes a name ("America's examples").
const CAPITALISED =
  /(?<![\p{L}\p{N}.'’-])\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+)*(?=['’]s(?![\p{L}\p{N}])|(?![\p{L}\p{N}'’-]))/gu;

/**
 * Single-word and gazetteer names not already found (`taken`: every mention so far); each with its guessed type.
 * `languages`: each paragraph's language, when the text is not read as English throughout.
 */
export function findMoreCandidates(text: string, taken: Mention[], languages?: LanguageSpans): Mention[] {
  const blocked = taken.slice().sort((a, b) => a.start - b.start);
  let lower: ReadonlySet<string> | undefined;
  const usedLower = (w: string): boolean => (lower ??= lowerCaseWords(text)).has(w.toLowerCase());
  const places = regions();
  let nouns: Set<string> | undefined;
  const out: Mention[] = [];
  let b = 0;
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text)) {
    // A preposition of place opening the sentence is not part of the name after it ("At Potsdam there was").
    const opener = /^(?:In|At|From|Into|Near|Across|Throughout|Via)[ \u00a0]+(?=\p{Lu})/u.exec(m[0])?.[0] ?? '';
    const run = m[0].slice(opener.length);
    const start = m.index + opener.length;
    const end = start + run.length;
    while (b < blocked.length && blocked[b].end <= start) b++;
    if (b < blocked.length && blocked[b].start < end) continue;
    const words = run.split(/[ \u00a0]+/);
    let name: string | undefined;
    const ordinary = (w: string): boolean => NOT_NAMES.has(w) || TITLES.has(w) || usedLower(w) || commonPlural(w, usedLower);
    if (places.has(run)) name = run;
    else if (words.length > 1 && PLACE_OPENERS.has(words[0]) && !words.slice(1).some(ordinary)) name = run;
    else if (words.length > 1 && PLACE_WORD.test(` ${words[words.length - 1]}`) && !words.slice(0, -1).some(ordinary)) name = run;
    else if (words.length > 1 && places.has(words.slice(1).join(' ')) && NOT_NAMES.has(words[0])) name = words.slice(1).join(' ');
    else if (
      words.length === 1 &&
      !ordinary(run) &&
      (PLACE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ||
        PLACE_BEFORE_OPENING.test(text.slice(Math.max(0, start - 14), start))) &&
      !(ADJECTIVE.test(run) && /^[ \u00a0]+\p{Ll}/u.test(text.slice(end, end + 3))) &&
      !PEOPLE.test(run) &&
      // A first name before initials or another capitalised word ("of James K. Polk") is part of a longer name.
      !/^[ \u00a0]+\p{Lu}/u.test(text.slice(end, end + 3)) &&
      !/^[ \u00a0]*[.:]?[ \u00a0]*$/.test(text.slice(Math.max(0, start - 3), start))
    )
      name = run;
    if (name && words.length > 1 && notAName(text, start, end)) continue;
    const lang = languageOfSpan(languages, start);
    // German capitalises every noun: after a preposition only a place the gazetteer knows, or a word nothing marks as a
    // noun, is a name ("in Koblenz", not "in Kollisionen", "in Gegenwart").
    if (name && lang === 'de' && words.length === 1 && !places.has(run) && !cityNames().has(run)) {
      nouns ??= germanNouns(text);
      if (germanNoun(run, nouns) || germanNounByContext(text, start, end, nouns) || germanCalendarWord(run)) continue;
    }
    if (name) {
      const s = start + run.length - name.length;
      const mention: Mention = { kind: 'candidate', start: s, end, text: name };
      // A single word found after a preposition of place is a place unless something says otherwise (Congress).
      const guess = guessType(text, mention);
      mention.guess = guess === 'person' ? 'place' : guess;
      out.push(mention);
      continue;
    }
    if (words.length !== 1 || ordinary(run) || run.length < 3 || PEOPLE.test(run) || HEAD_NOUN(run)) continue;
    if (opensSentence(text, start)) continue;
    // "the Secretary", "the Nation", "the Convention": in English a lone capitalised word after "the" is an office or a
    // body spoken of in general unless its own word says it is one (the Treasury) or it is a country (the Netherlands).
    if ((lang ?? 'en') === 'en' && /(?:^|[^\p{L}])[Tt]he[ \u00a0]+$/u.test(text.slice(Math.max(0, start - 5), start))) {
      if (!ORGANISATION_END.test(` ${run}`) && !places.has(run)) continue;
    }
    // "cite this Internet address", "his Nation's": after another determiner, a word before its noun modifies it.
    if ((lang ?? 'en') === 'en' && DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && !places.has(run))
      continue;
    // A label ("Markup:", "Written:") or a doctrine ("Trotskyism", «троцкизм», "Marxismus") is no name.
    if (text[end] === ':' || /(?:ism|ismus|isme|изм)$/u.test(run)) continue;
    // "the English transport", "die russische": an adjective before a small-letter noun; a word before another capitalised
    // one (the given name of a longer name) or an initial.
    if (/^[ \u00a0]+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    if (ADJECTIVE.test(run) && /^[ \u00a0,]+\p{Ll}/u.test(text.slice(end, end + 3))) continue;
    if (lang === 'de' && (GERMAN_PRONOUNS.has(run) || germanCalendarWord(run))) continue;
    if (lang === 'de' && germanNounByContext(text, start, end, (nouns ??= germanNouns(text)))) continue;
    if (lang === 'de' && (germanNoun(run, (nouns ??= germanNouns(text))) || /\d[ \u00a0]+$/.test(text.slice(start - 3, start))))
      continue;
    const mention: Mention = { kind: 'candidate', start, end, text: run };
    // "aus Bern": a city of the gazetteer after a preposition of place is the place, whatever given name it also is.
    const cityAfterPreposition =
      cityNames().has(run) &&
      (PLACE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ||
        PLACE_BEFORE_INTL.test(text.slice(Math.max(0, start - 12), start)));
    mention.guess = cityAfterPreposition ? 'place' : isGivenName(run) ? 'person' : guessLoneWord(text, mention, lang);
    out.push(mention);
  }
  return out;
}

/**
 * The candidates names.ts found, cut down to their names in German paragraphs, where every noun is capitalised
 * ("Politik der Bolschewiki" is "Bolschewiki"); the others as they are.
 */
export function refineCandidates(text: string, found: Mention[], languages?: LanguageSpans): Mention[] {
  const candidates = found.filter((c) => !notAName(text, c.start, c.end));
  if (!languages?.langs.includes('de')) return candidates;
  let nouns: Set<string> | undefined;
  const out: Mention[] = [];
  for (const c of candidates) {
    if (languageOfSpan(languages, c.start) !== 'de') out.push(c);
    else {
      const name = germanName(text, c, (nouns ??= germanNouns(text)));
      if (name) out.push(name);
    }
  }
  return out;
}
