/**
 * Registry names that are someone or something else: a person's surname
 * alias found where the text names another person or a place.
 * - Another given name or other initials right before the surname ("Samuel
 *   Adams" is not John Adams, "S. Adams" neither): not linked, offered as a
 *   candidate name instead, with the reason.
 * - The surname as part of a place or street ("Hamilton Ave.", "the Hamilton
 *   road", "Fort Adams", "the Bishop of Lincoln"): not linked.
 * - An honorific of the other gender right before the surname ("Mrs. Adams"
 *   for John Adams, "Lord Astor" for Nancy Astor): another person, a
 *   candidate with the reason. The gender is the registry's `gender`, else
 *   what a title in the entity's own name or aliases says ("Lady Astor"),
 *   else what its given name says ("Oliver Cromwell"; given-names.ts, from the
 *   stdlib lists of male and female first names); with none of these, an
 *   honorific says nothing.
 * Only single-word matches of person entities are looked at: a full name
 * ("John Adams") says who it is.
 */
import type { Entity, Mention } from '../model';
import { NOT_NAMES, TITLES } from './candidate-words';
import { caseForms } from './name-declension';
import { lowerCaseWords } from '../text/lower-case-words';
import { genderOfGivenName } from './given-names';

const GIVEN_BEFORE = /(?:^|[^\p{L}\p{N}.'’-])(\p{Lu}\p{Ll}+)[ \u00a0]+$/u;
const INITIALS_BEFORE = /(?:^|[^\p{L}\p{N}.])((?:\p{Lu}\.[ \u00a0]?)+)[ \u00a0]*$/u;
// prettier-ignore
const PLACE_AFTER =
  /^[ \u00a0]+(?:Ave\.?|Avenue|Street|St\.|Road|Rd\.|Lane|Boulevard|Blvd\.?|Square|Place|Park|County|Bridge|River|Station|Hall|Heights|Falls|road|street|avenue|lane|county|river|bridge|square|station)(?![\p{L}])/u;
// prettier-ignore
const PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:Fort|Port|Mount|Lake|Cape|Camp|(?:[Cc]ity|[Tt]own|[Cc]ounty|[Dd]iocese|[Pp]ort|Bishop|Archbishop|Earl|Duke|Marquess|Marquis|Dean|Mayor)[ \u00a0]+of)[ \u00a0]+$/u;

/** Honorifics that say a person's gender (English, German, French), without their dot. */
const FEMALE_TITLES = new Set(
  (
    'Mrs Miss Ms Madam Madame Mme Mlle Mademoiselle Lady Dame Duchess Countess Baroness Princess Queen Empress Tsarina Sister ' +
    'Mother Aunt Frau Fräulein Frl'
  ).split(' '),
);
const MALE_TITLES = new Set(
  'Mr Messrs Sir Lord Duke Count Baron Prince King Emperor Tsar Czar Brother Father Uncle Herr Monsieur Mister'.split(' '),
);
/** The honorific (with its dot, if any) just before a surname: "Mrs. ", "Lady ". */
const HONORIFIC_BEFORE = /(?:^|[^\p{L}\p{N}.])(\p{Lu}\p{Ll}+)(\.?)[ \u00a0]+$/u;

/** Offices and forms of address before a surname, beyond the candidate titles: "Secretary Rusk" is Rusk. */
const ROLES = new Set(
  (
    'Secretary Minister Ambassador Consul Commissioner Speaker Representative Congressman Congresswoman Mayor Chief Attorney ' +
    'Postmaster Treasurer Director Inspector Superintendent Commander Commodore Ensign Private Corporal Brigadier Reverend Rev ' +
    'Elder Deacon Brother Sister Mother Uncle Aunt Cousin Master Miss Madam Pres Gov Sen Rep Hon Honorable Vice Deputy ' +
    'Assistant Acting Former Late Young Old Chairman Chairwoman Ex Mister Doctor General Governor Senator President Justice ' +
    'Judge Secretary-General Premier Chancellor ' +
    // German, whose nouns are capitalised («der Angeklagte Bucharin»), and French offices; not ranks: «den Obersten Engels»
    // is another Engels
    'Angeklagte Angeklagten Angeklagter Zeuge Zeugen Zeugin Staatsanwalt Ankläger Verteidiger Vorsitzende Vorsitzender Richter ' +
    'Professor Doktor Pfarrer Graf Grafen Fürst Fürsten Kaiser ' +
    'König Genossin Kamerad Gefährte Gefährten Kollege Kollegen Freund Freundes ' +
    'Maître Me Président Procureur Docteur Abbé Père Frère Comte Marquis'
  ).split(' '),
);

/** Forms of address in German and French letters before a surname: «Lieber Dronke!», «Cher Monsieur Rau» is Dronke, Rau. */
const ADDRESS = new Set(
  (
    'Lieber Liebe Lieben Werter Werte Verehrter Verehrte Herr Herrn Frau Fräulein Genosse Genossen Bürger Cher Chère Monsieur ' +
    'Madame Mademoiselle Citoyen Camarade'
  ).split(' '),
);

export interface Namesake {
  /** The registry mention that is not linked. */
  mention: Mention;
  /** Why, for the hover: "not linked: another given name". */
  reason: string;
  /** Where the other person's name starts (the given name or initials), when it is a person's. */
  start?: number;
}

/** Splits registry mentions into those kept and the namesakes, which are not linked. */
export function splitNamesakes(
  text: string,
  mentions: Mention[],
  entityOf: (id: string) => Entity | undefined,
): { kept: Mention[]; namesakes: Namesake[] } {
  const kept: Mention[] = [];
  const namesakes: Namesake[] = [];
  // The words the text uses in small letters, gathered once and only if a given name needs them.
  const lowerWords = (): ReadonlySet<string> => lowerCaseWords(text);
  // A registry name right before a surname is its own mention, no other given name («сказал Радеку Бухарин»).
  const ends = new Set(mentions.map((m) => m.end));
  for (const m of mentions) {
    const entity = m.kind === 'person' && m.entity ? entityOf(m.entity) : undefined;
    const found = entity && /^\p{L}[\p{L}'’-]*$/u.test(m.text) ? namesakeOf(text, m, entity, lowerWords, ends) : undefined;
    if (found) namesakes.push(found);
    else kept.push(m);
  }
  return { kept, namesakes };
}

function namesakeOf(
  text: string,
  m: Mention,
  entity: Entity,
  lowerWords: () => ReadonlySet<string>,
  mentionEnds: Set<number>,
): Namesake | undefined {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (PLACE_AFTER.test(text.slice(m.end, m.end + 16)) || PLACE_BEFORE.test(before)) {
    return { mention: m, reason: 'not linked: part of a place or street name' };
  }
  const honorific = otherGenderTitle(before, entity);
  if (honorific) {
    const start = m.start - before.length + honorific.index;
    return { mention: m, reason: `not linked: ${honorific.female ? "a woman's" : "a man's"} title`, start };
  }
  const own = ownWords(entity);
  const initials = INITIALS_BEFORE.exec(before);
  if (initials) {
    const letters = initials[1].replace(/[^\p{Lu}]/gu, '').split('');
    const mine = new Set([...own].map((w) => w[0]));
    const start = m.start - before.length + initials.index + initials[0].indexOf(initials[1]);
    if (letters.some((l) => !mine.has(l))) return { mention: m, reason: 'not linked: other initials', start };
    return undefined;
  }
  const given = GIVEN_BEFORE.exec(before);
  if (!given) return undefined;
  const word = given[1];
  if (mentionEnds.has(m.start - before.length + given.index + given[0].indexOf(word) + word.length)) return undefined;
  // A title (President Adams), a word of the entity's own names (John Quincy Adams) or a common word (When Adams) is no other
  // name.
  if (
    TITLES.has(word) ||
    ROLES.has(word) ||
    ADDRESS.has(word) ||
    NOT_NAMES.has(word) ||
    own.has(word) ||
    lowerWords().has(word.toLowerCase())
  )
    return undefined;
  const start = m.start - before.length + given.index + given[0].indexOf(word);
  // Any word is capitalised at a sentence's start («Убийство Кирова», „Laut Radek“, "Against Adams"): there only a known
  // given name is another person's.
  if (sentenceStart(text, start) && !genderOfGivenName(word)) return undefined;
  return { mention: m, reason: 'not linked: another given name', start };
}

/** An honorific before the mention that says the other gender than the entity's: where it starts, and which it says. */
function otherGenderTitle(before: string, entity: Entity): { index: number; female: boolean } | undefined {
  const h = HONORIFIC_BEFORE.exec(before);
  if (!h) return undefined;
  const female = FEMALE_TITLES.has(h[1]);
  if (!female && !MALE_TITLES.has(h[1])) return undefined;
  const gender = entity.gender ?? genderOfTitles(entity) ?? genderOfGivenNames(entity);
  if (!gender || (gender === 'female') === female) return undefined;
  return { index: h.index + h[0].indexOf(h[1]), female };
}

/** The gender the titles in an entity's own name and aliases say ("Lady Astor", "Mr. Pickwick"), if they agree. */
function genderOfTitles(entity: Entity): Entity['gender'] {
  let female = false;
  let male = false;
  for (const name of [entity.name, ...entity.aliases]) {
    for (const w of String(name).split(/[\s\u00a0.]+/)) {
      if (FEMALE_TITLES.has(w)) female = true;
      else if (MALE_TITLES.has(w)) male = true;
    }
  }
  return female === male ? undefined : female ? 'female' : 'male';
}

/**
 * The gender the given names of an entity's name and aliases say (the first word that is no title or initial: "Oliver"
 * in "Oliver Cromwell", "Lord Protector Oliver Cromwell"), if they agree; a name on both lists or on neither says nothing.
 */
function genderOfGivenNames(entity: Entity): Entity['gender'] {
  const said = new Set<string>();
  for (const name of [entity.name, ...entity.aliases]) {
    const words = String(name)
      .split(/[\s\u00a0]+/)
      .filter((w) => w && !/\.$/.test(w) && !TITLES.has(w) && !ROLES.has(w));
    // A single word is a surname alias ("Cromwell"), not a given name.
    if (words.length < 2) continue;
    const gender = genderOfGivenName(words[0]);
    if (gender) said.add(gender);
  }
  return said.size === 1 ? ([...said][0] as Entity['gender']) : undefined;
}

/** ownWords per entity: the same person is named again and again in a corpus. */
const OWN_WORDS = new WeakMap<Entity, Set<string>>();

/** The words of an entity's name and aliases. */
function ownWords(entity: Entity): Set<string> {
  let words = OWN_WORDS.get(entity);
  if (!words) OWN_WORDS.set(entity, (words = wordsOf(entity)));
  return words;
}

function wordsOf(entity: Entity): Set<string> {
  const words = new Set<string>();
  for (const name of [entity.name, ...entity.aliases]) for (const w of String(name).split(/[\s\u00a0.]+/)) if (w) words.add(w);
  // A Russian given name in another case is still the entity's own («Сергея Кирова» for Сергей Киров).
  for (const w of [...words]) for (const forms of caseForms(w) ?? []) for (const f of forms) words.add(f);
  return words;
}

/** Whether offset `at` opens the text, a line or a sentence. */
function sentenceStart(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && at - i < 40 && /[\s\u00a0]/.test(text[i - 1])) i--;
  if (i === 0 || text.slice(i, at).includes('\n')) return true;
  return i < at && /[.!?\u2026]["»\u201d)]?$/.test(text.slice(Math.max(0, i - 2), i));
}
