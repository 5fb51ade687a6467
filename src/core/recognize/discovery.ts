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
import { GERMAN_PRONOUNS, germanName, germanNoun, germanNouns, opensSentence } from './discovery-lone-words';
import { isGivenName } from './given-names';
import { cityNames } from './city-names';

// prettier-ignore
const ORGANISATION_END =
  /(?:^|[ \u00a0])(?:Company|Co\.|Corporation|Treasury|Committee|Department|Party|Office|Council|Bureau|Society|Association|Commission|Board|Bank|Railroad|Railway|University|College|Church|Army|Navy|League|Union|Institute|Court|Senate|Assembly|Ministry|Agency|Administration|Service|Club|Trust|Foundation|Academy|Brotherhood|Federation|Congress|Parliament|Versammlung|Partei|Regierung|Komitee|Ausschuss|Ministerium|Kammer|Senat|Sénat|Parti|Comité|Assemblée|Conseil|Chambre|Партия|Комитет|Сенат|Дума)$/;
// prettier-ignore
const PLACE_WORD =
  /(?:^|[ \u00a0])(?:River|Mountains?|Islands?|Isles?|Lake|Ocean|Sea|Bay|Gulf|County|Street|City|Valley|Mount|Fort|Cape|Port|Territory|Province|State|Peninsula|Strait|Canal|Harbor|Harbour|Falls|Springs|Desert|Plains|Coast|Empire|Kingdom|Republics?|Duchy|Principality|Colony)(?:$|[ \u00a0])/;
const PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:in|at|from|into|near|across|throughout|toward|towards|via|to|of|with|off|beyond|around|through)[ \u00a0]+$/u;
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

/** The guessed type of a candidate name. */
export function guessType(text: string, m: Mention): EntityType {
  const first = /^\p{Lu}[\p{L}]*/u.exec(m.text)?.[0] ?? '';
  const name = m.text.replace(/\s+/g, ' ');
  if (
    ORGANISATION_END.test(name) ||
    /^(?:Department|Committee|Bureau|Board|Office|Ministry|Society|Bank|University|Council) of /.test(name)
  )
    return 'organisation';
  if (TITLES.has(first.replace(/\.$/, ''))) return 'person';
  if (regions().has(name) || PLACE_WORD.test(name)) return 'place';
  if (STRONG_PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return 'place';
  // "Harry Truman" is a person whatever the gazetteer says of Truman; "San Francisco", "New Orleans" are cities.
  if (name.includes(' ') && isGivenName(first)) return 'person';
  if (cityNames().has(name)) return 'place';
  return 'person';
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

const CAPITALISED = /(?<![\p{L}\p{N}.'’-])\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+)*(?![\p{L}\p{N}'’-])/gu;

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
    const start = m.index;
    const end = start + m[0].length;
    while (b < blocked.length && blocked[b].end <= start) b++;
    if (b < blocked.length && blocked[b].start < end) continue;
    const words = m[0].split(/[ \u00a0]+/);
    let name: string | undefined;
    const ordinary = (w: string): boolean => NOT_NAMES.has(w) || TITLES.has(w) || usedLower(w);
    if (places.has(m[0])) name = m[0];
    else if (words.length > 1 && PLACE_OPENERS.has(words[0]) && !words.slice(1).some(ordinary)) name = m[0];
    else if (words.length > 1 && PLACE_WORD.test(` ${words[words.length - 1]}`) && !words.slice(0, -1).some(ordinary))
      name = m[0];
    else if (words.length > 1 && places.has(words.slice(1).join(' ')) && NOT_NAMES.has(words[0])) name = words.slice(1).join(' ');
    else if (
      words.length === 1 &&
      !ordinary(m[0]) &&
      PLACE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) &&
      !(ADJECTIVE.test(m[0]) && /^[ \u00a0]+\p{Ll}/u.test(text.slice(end, end + 3))) &&
      !PEOPLE.test(m[0]) &&
      // A first name before initials or another capitalised word ("of James K. Polk") is part of a longer name.
      !/^[ \u00a0]+\p{Lu}/u.test(text.slice(end, end + 3)) &&
      !/^[ \u00a0]*[.:]?[ \u00a0]*$/.test(text.slice(Math.max(0, start - 3), start))
    )
      name = m[0];
    if (name) {
      const s = start + m[0].length - name.length;
      const mention: Mention = { kind: 'candidate', start: s, end, text: name };
      // A single word found after a preposition of place is a place unless something says otherwise (Congress).
      const guess = guessType(text, mention);
      mention.guess = guess === 'person' ? 'place' : guess;
      out.push(mention);
      continue;
    }
    if (words.length !== 1 || ordinary(m[0]) || m[0].length < 3 || PEOPLE.test(m[0]) || HEAD_NOUN(m[0])) continue;
    if (opensSentence(text, start)) continue;
    const lang = languageOfSpan(languages, start);
    // "the Secretary", "the Nation", "the Convention": in English a lone capitalised word after "the" is an office or a
    // body spoken of in general unless its own word says it is one (the Treasury) or it is a country (the Netherlands).
    if ((lang ?? 'en') === 'en' && /(?:^|[^\p{L}])[Tt]he[ \u00a0]+$/u.test(text.slice(Math.max(0, start - 5), start))) {
      if (!ORGANISATION_END.test(` ${m[0]}`) && !places.has(m[0])) continue;
    }
    // "cite this Internet address", "his Nation's": after another determiner, a word before its noun modifies it.
    if ((lang ?? 'en') === 'en' && DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && !places.has(m[0]))
      continue;
    // A label ("Markup:", "Written:") or a doctrine ("Trotskyism", «троцкизм», "Marxismus") is no name.
    if (text[end] === ':' || /(?:ism|ismus|isme|изм)$/u.test(m[0])) continue;
    // "the English transport", "die russische": an adjective before a small-letter noun; a word before another capitalised
    // one (the given name of a longer name) or an initial.
    if (/^[ \u00a0]+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    if (ADJECTIVE.test(m[0]) && /^[ \u00a0,]+\p{Ll}/u.test(text.slice(end, end + 3))) continue;
    if (lang === 'de' && GERMAN_PRONOUNS.has(m[0])) continue;
    if (lang === 'de' && (germanNoun(m[0], (nouns ??= germanNouns(text))) || /\d[ \u00a0]+$/.test(text.slice(start - 3, start))))
      continue;
    const mention: Mention = { kind: 'candidate', start, end, text: m[0] };
    mention.guess = isGivenName(m[0]) ? 'person' : guessLoneWord(text, mention, lang);
    out.push(mention);
  }
  return out;
}

/**
 * The candidates names.ts found, cut down to their names in German paragraphs, where every noun is capitalised
 * ("Politik der Bolschewiki" is "Bolschewiki"); the others as they are.
 */
export function refineCandidates(text: string, candidates: Mention[], languages?: LanguageSpans): Mention[] {
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
