/**
 * How Russian, German and French set off quoted speech, for quote-context.ts:
 * - the attribution after the closing mark, after its comma or a dash: «Нет», —
 *   сказал он; « Non », dit-il; „Nein“, sagte er (the comma stands after the
 *   mark in all three, where English puts it inside);
 * - a colon before the opening mark: Elle disait : « Ce canaille de D… »; Он
 *   мог прибавить: «и смирение…» (words introduced by a colon are quoted, not
 *   held at a distance);
 * - the French incise inside the marks: « Je le reconnais, dit-il, j'ai menti »,
 *   and the Russian one between dashes: «Я, — сказал он, — не знаю»; one
 *   quotation, whose kind and speaker the incise gives;
 * - the Russian speaker is named in the nominative: «…», — сказал Радеку
 *   Бухарин is Bukharin's, «…», — ответили Вышинскому is not Vyshinsky's.
 */
import type { Entity, Mention } from '../model';
import { INTL_CONFESS, INTL_SAY } from './quote-verbs-intl';

const SPACE = '[\\s\\u00a0\\u202f]';
const VERB = `(?:${INTL_SAY}|${INTL_CONFESS})`;
/**
 * The auxiliary of a compound past before its participle, inverted or not: « … », a déclaré Dreyfus; « … », a-t-il dit;
 * „…“, hat er gesagt; „…“, hat Radek gesagt (German puts the subject between them).
 */
export const AUXILIARY =
  `(?:(?:a|ont|avait|avaient|aurait)(?:-t-(?:il|elle|on))?${SPACE}+|` +
  `(?:hat|hatte|haben|hatten)(?:${SPACE}+\\p{L}+){0,2}?${SPACE}+)`;

/** After the closing mark: its comma (or ! ? …), or a dash, then a verb of saying. */
export const INTL_SPOKEN_AFTER_RE = new RegExp(
  `^(?:[,!?\\u2026]${SPACE}*(?:[\\u2013\\u2014]${SPACE}*)?|${SPACE}*[\\u2013\\u2014]${SPACE}*)${AUXILIARY}?${VERB}(?![\\p{L}])`,
  'u',
);
/** A manner or a place said with a preposition, between the verb and its words: « constate avec une sorte de colère ». */
// prettier-ignore
const ADJUNCT =
  `(?:${SPACE}+(?:avec|sans|par|dans|mit|ohne)(?:${SPACE}+[\\p{L}'\u2019]+){0,3}?${SPACE}+` +
  // its last word no article, determiner or preposition: those begin the object (mit Freunden über die „…“)
  `(?!(?:le|la|les|l|un|une|des|du|de|sa|son|ses|leur|leurs|die|der|das|den|dem|ein|eine|einen|einem|einer|über|von|sur)(?![\\p{L}]))[\\p{L}'\u2019]+)?`;
/**
 * Before the opening mark: a colon, or a verb of saying right before it (entendu dire « le ministre sait », sagte „nein“),
 * or after a manner of saying (L'acte d'accusation constate avec une sorte de colère « ses dénégations persistantes »).
 */
export const INTL_SPOKEN_BEFORE_RE = new RegExp(`(?::|(?<![\\p{L}])${VERB}${ADJUNCT})${SPACE}*$`, 'u');

/** A name after the incise's verb: one to three capitalised words (Boukharine, Л. Н., Владимир Григорьевич). */
const NAME = `(?:${SPACE}+[\\p{Lu}][\\p{L}.'\\u2019-]*){1,3}`;
// prettier-ignore
const FR_INCISE = new RegExp(`,${SPACE}+(${VERB}(?:-t)?(?:-(?:il|elle|ils|elles|on))?(?:${NAME})?)${SPACE}*,${SPACE}`, 'u');
// prettier-ignore
const RU_INCISE = new RegExp(`[,!?\\u2026]${SPACE}+[\\u2013\\u2014]${SPACE}+(\\p{Ll}[^\\u2013\\u2014]{0,80}?)[,.]?${SPACE}+[\\u2013\\u2014]${SPACE}+`, 'u');
const RU_VERB = new RegExp(`(?<![\\p{L}])${VERB}(?![\\p{L}])`, 'u');

/** The author's words inside a quotation's marks, [from, to) in `inner`, or undefined. */
export function findIncise(inner: string): [number, number] | undefined {
  const fr = FR_INCISE.exec(inner);
  if (fr) {
    const from = fr.index + fr[0].indexOf(fr[1]);
    return [from, from + fr[1].length];
  }
  const ru = RU_INCISE.exec(inner);
  if (ru && RU_VERB.test(ru[1])) {
    const from = ru.index + ru[0].indexOf(ru[1]);
    return [from, from + ru[1].length];
  }
  return undefined;
}

const CYRILLIC = /[\u0400-\u04ff]/;
const yo = (s: string): string => s.replace(/ё/g, 'е');

/**
 * Whether a registry mention is written in the nominative: a word of it is a word of the entity's name or of an alias
 * («Н. И. Бухарин», «Бухарин Н. И.»), not a declined form («Бухарину»). Latin names, and mentions whose entity is
 * not known, count as nominative: only Russian declines them.
 */
export function isNominative(text: string, m: Mention, entity?: (id: string) => Entity | undefined): boolean {
  const written = text.slice(m.start, m.end);
  if (!entity || !m.entity || !CYRILLIC.test(written)) return true;
  const e = entity(m.entity);
  if (!e) return true;
  const words = new Set(
    [e.name, ...e.aliases].flatMap((n) =>
      yo(n)
        .split(/[\s\u00a0]+/)
        .filter((w) => w.length >= 3),
    ),
  );
  return yo(written)
    .split(/[\s\u00a0]+/)
    .some((w) => words.has(w));
}

/** German words of a noun phrase that are no nouns: articles, pronouns, prepositions, conjunctions. */
// prettier-ignore
const DE_FUNCTION = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'von', 'vom',
  'zu', 'zur', 'zum', 'in', 'im', 'mit', 'für', 'über', 'auf', 'aus', 'bei', 'nach', 'vor', 'an', 'am', 'und', 'oder', 'als', 'wie',
  'ohne', 'gegen', 'unter', 'sein', 'seine', 'seiner', 'seinen', 'ihre', 'ihrer', 'ihren', 'unsre', 'unsere', 'unsrer',
  // adverbs and indefinite pronouns, which make no clause either („und so in allem“, „noch etwas mehr“)
  'so', 'auch', 'noch', 'nur', 'schon', 'sehr', 'ganz', 'gar', 'wohl', 'immer', 'recht', 'bloß', 'allem', 'alles', 'alle',
  'allen', 'aller', 'nichts', 'etwas', 'mehr']);
/** Forms of the auxiliaries and modals, which end like adjectives but make a clause. */
const DE_AUXILIARY =
  /^(?:werden|wurden|haben|hatten|sein|seien|waren|können|konnten|müssen|mussten|müßten|sollen|sollten|wollen|wollten)$/u;
const DE_MODAL = /^(?:möchten|dürfen|durften|mögen)$/u;
/**
 * A small word an adjective could be: -e, -en, -er, -es, -em (richtigen, adäquaten, kommerzieller), or one uninflected
 * with an adjective's suffix (demokratisch, ruhig, ehrlich, furchtbar, grausam, zweifelhaft, sinnlos).
 */
const DE_ADJECTIVE = /^\p{Ll}+(?:e|en|er|es|em|isch|ig|lich|bar|sam|haft|los)$/u;

/**
 * A German noun phrase of four to six words, with no verb and no clause in it („richtigen und adäquaten Ausdruck“,
 * „die Partei der Oktroyierung“): a phrase held at a distance, like a scare quote of three words, not a quotation
 * of what someone said („ungehinderte Rückkehr gestattet ist“ has its verb).
 */
export function germanNounPhrase(inner: string): boolean {
  if (inner.length > 80 || /[.!?;:,\u2026]/.test(inner)) return false;
  const words = inner.split(/[\s\u00a0]+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 4 || words.length > 6) return false;
  return words.every(
    (w) => /^\p{Lu}/u.test(w) || DE_FUNCTION.has(w) || (DE_ADJECTIVE.test(w) && !DE_AUXILIARY.test(w) && !DE_MODAL.test(w)),
  );
}

/**
 * Small words of French, English and Latin that German does not have: a phrase of another language in a German
 * paragraph („au sein de ma famille“, „in partibus infidelium“).
 */
// prettier-ignore
const FOREIGN_SMALL = new Set(['de', 'du', 'la', 'le', 'les', 'des', 'au', 'aux', 'à', 'et', 'ma', 'mon', 'mes', 'sa', 'son', 'ses',
  'une', 'pour', 'par', 'sur', 'avec', 'sans', 'dans', 'est', 'the', 'of', 'and', 'to', 'with', 'for', 'is', 'ad', 'cum', 'pro',
  'sine', 'ex', 'per']);

/**
 * A short phrase of another language, in small letters, with no sentence in it, in a German paragraph: words
 * borrowed and held at a distance („injuriert mich „au sein de ma famille““), unless a verb of saying gives them a
 * speaker (quote-context.ts asks that after). A foreign title starts with a capital („La Réforme“, „The Times“).
 */
export function foreignPhrase(inner: string): boolean {
  if (inner.length > 80 || /[.!?;:\u2026]/.test(inner) || !/^[\s\u00a0]*\p{Ll}/u.test(inner)) return false;
  const words = inner.split(/[\s\u00a0]+/).filter((w) => /\p{L}/u.test(w));
  return words.length >= 2 && words.length <= 6 && words.some((w) => FOREIGN_SMALL.has(w));
}

/**
 * A German infinitive group with „zu“ and no finite verb: it ends in its infinitive („sich Mätressen zu halten und
 * sein Vermögen mit ihnen durchzubringen“), where a clause of speech would end in its finite verb („daß er nicht
 * komme“). Words held at a distance, like a noun phrase, unless a verb of saying governs them.
 */
export function germanInfinitivePhrase(inner: string): boolean {
  if (inner.length > 120 || /[.!?;:,\u2026]/.test(inner) || !/^[\s\u00a0]*\p{Ll}/u.test(inner)) return false;
  const words = inner.split(/[\s\u00a0]+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 3 || words.length > 14) return false;
  const last = words[words.length - 1];
  const beforeLast = words[words.length - 2];
  // zu halten; durchzubringen, anzufangen (a separable prefix, then zu, then the verb)
  return (
    /^\p{Ll}+en$/u.test(last) &&
    (beforeLast === 'zu' ||
      /^(?:ab|an|auf|aus|bei|durch|ein|fort|her|hin|mit|nach|vor|weg|zurück|zusammen)zu\p{Ll}+en$/u.test(last))
  );
}

/**
 * After the closing mark, the words' author named as a source: „…“ (wie Heine sagt), « … », comme dit Pascal, «…», как
 * говорил Толстой. A person, named with a capital; not people in general („wie die Engländer sagen“, « comme on dit »),
 * whose saying is an idiom held at a distance.
 */
export const AS_SAYS_AFTER_RE = new RegExp(
  `^[\\s\\u00a0\\u202f,]*\\(?${SPACE}*(?:` +
    `wie${SPACE}+\\p{Lu}[\\p{L}.'\\u2019-]*(?:${SPACE}+\\p{Lu}[\\p{L}.'\\u2019-]*)?${SPACE}+${VERB}|` +
    `(?:comme|как)${SPACE}+${VERB}${NAME})(?![\\p{L}])`,
  'u',
);
