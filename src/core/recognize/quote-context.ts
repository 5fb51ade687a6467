/**
 * What a quotation is and who says it, from its words and its sentence.
 * - `scare`: at most three words and not a sentence (“confessions”, “crime,”).
 * - `confession`: a verb of confession or testimony (admitted, confessed,
 *   testified, declared, pleaded, acknowledged, stated, deposed, avowed...)
 *   in the quotation's sentence outside the quotation, or in the sentence before.
 * - otherwise `quotation`.
 * The speaker is a registry entity named next to a verb of saying:
 * “Goltzman testified: “…””, “…,” said Reingold’, ‘according to Zinoviev, “…”’.
 */
import type { Entity, Mention } from '../model';
import type { Language } from '../text/language';
import type { Paragraphs } from '../text/paragraphs';
import { sentenceEnd, sentenceStart } from '../text/sentences';
import type { NameMatcher } from './name-matcher';
import {
  AS_SAYS_AFTER_RE,
  AUXILIARY,
  findIncise,
  foreignPhrase,
  germanInfinitivePhrase,
  germanNounPhrase,
  INTL_SPOKEN_AFTER_RE,
  INTL_SPOKEN_BEFORE_RE,
  isNominative,
} from './quote-intl';
import { isTitle } from './quote-titles';
import { isEnglishTitle } from './quote-titles-en';
import { INTL_ACCORDING, INTL_CONFESS, INTL_COURT, INTL_DECLARE, INTL_SAY } from './quote-verbs-intl';

/** What the classifier knows of the quotation's surroundings beyond its text. */
export interface QuoteContext {
  /** The language of the quotation's paragraph; undefined reads it as English (the rules of before issue 16). */
  lang?: Language;
  /** The registry's entity of an id: a Russian speaker is the one named in the nominative («сказал Радеку Бухарин»). */
  entity?: (id: string) => Entity | undefined;
}

const CONFESS =
  '(?:admit(?:s|ted|ting)?|confess(?:es|ed|ing)?|testif(?:y|ies|ied|ying)|declar(?:e|es|ed|ing)|plead(?:s|ed|ing)?|pled|' +
  'acknowledg(?:e|es|ed|ing)|stat(?:es|ed|ing)|depos(?:e|es|ed|ing)|avow(?:s|ed|ing)?|avers?|averred|swore|swears?|sworn|' +
  'recant(?:s|ed|ing)?)';
const SAY =
  `(?:${CONFESS}|says?|said|writes?|wrote|written|warn(?:s|ed)?|repl(?:y|ies|ied)|answer(?:s|ed)?|asks?|asked|adds?|added|` +
  `tells?|told|` +
  'exclaim(?:s|ed)?|cr(?:y|ies|ied)|shout(?:s|ed)?|insist(?:s|ed)?|explain(?:s|ed)?|continu(?:es|ed)|remark(?:s|ed)?|' +
  'observ(?:es|ed)|not(?:es|ed)|announc(?:es|ed)|claim(?:s|ed)?|maintain(?:s|ed)?|protest(?:s|ed)?|retort(?:s|ed)?|repeat(?:s|' +
  'ed)?|put it)';
// The verbs of Russian, German and French (quote-verbs-intl.ts) are alternatives after the English ones.
const CONFESS_RE = new RegExp(`(?<![\\p{L}])(?:${CONFESS}|${INTL_CONFESS})(?![\\p{L}])`, 'u');
/** German and French verbs of declaring (quote-verbs-intl.ts): testimony only in a sentence that speaks of a court. */
const DECLARE_RE = new RegExp(`(?<![\\p{L}])(?:${INTL_DECLARE})(?![\\p{L}])`, 'u');
const COURT_RE = new RegExp(`(?<![\\p{L}])(?:${INTL_COURT})(?![\\p{L}])`, 'iu');
const SAY_RE = new RegExp(
  `(?<![\\p{L}])(?:${SAY}|${INTL_SAY}|${INTL_CONFESS}|[Aa]ccording to|${INTL_ACCORDING})(?![\\p{L}])`,
  'gu',
);
const SAYS_RE = new RegExp(`(?<![\\p{L}])(?:${SAY}|${INTL_SAY}|${INTL_CONFESS})(?![\\p{L}])`, 'u');
const ACCORDING_RE = new RegExp(`^(?:[Aa]ccording|${INTL_ACCORDING})`, 'u');
/** After a quotation, the Russian and French way: «…», — сказал Бухарин; «…», dit Boukharine; „…“, sagte Bucharin. */
const INTL_SAY_AFTER_RE = new RegExp(`^[\\s,\\u2013\\u2014]*${AUXILIARY}?(?:${INTL_CONFESS}|${INTL_SAY})(?![\\p{L}])`, 'u');
const SAY_AFTER_RE = new RegExp(`^[\\s,]*${SAY}(?![\\p{L}])`, 'u');
const SPEAKER_KINDS = new Set(['person', 'organisation']);
/** A verb of confession in -ing right after a preposition: the act named, not words reported. */
const GERUND_AFTER_PREPOSITION = new RegExp(
  `(?<![\\p{L}])(?:about|of|without|before|after|from|against|for|in|on|by|at)[\\s\\u00a0]+(?=\\p{L}+ing(?![\\p{L}]))${CONFESS}`,
  'giu',
);
/**
 * A transcript's label at the start of a paragraph, right before the marks: one to four capitalised words (an
 * abbreviated title kept: "Mr. Choate"), a full stop or a colon, maybe a stage direction in parentheses.
 */
const LABEL_WORD = "\\p{Lu}[\\p{L}'\\u2019-]*";
const TRANSCRIPT_LABEL = new RegExp(
  '^[\\s\\u00a0]*(' +
    // an abbreviated title, then one to four capitalised words
    '(?:(?:Mr|Mrs|Dr|Gen|Col|Capt|Lieut|Sir|Hon|Rev|St)\\.[\\s\\u00a0]+)?' +
    `${LABEL_WORD}(?:[\\s\\u00a0]+${LABEL_WORD}){0,3})` +
    // its stop, and maybe a stage direction
    '[.:][\\s\\u00a0]*(?:\\([^()]{1,60}\\)[.:]?[\\s\\u00a0]*)?$',
  'u',
);
/** The labels of the one who testifies: the witness, the accused, the answer of a questioning. */
const WITNESS_LABEL = /^(?:The[\s\u00a0]+)?(?:Witness|Answer|A|Accused|Prisoner|Defendant|Deponent|Respondent)$/u;
/** Verbs of asking, in English. */
const ASKED_RE = /(?<![\p{L}])(?:ask(?:s|ed)?|inquir(?:es|ed)|enquir(?:es|ed)|demand(?:s|ed))(?![\p{L}])/u;

/** Builds the mention of the quotation text[start, end) (marks included). */
export function classifyQuote(
  text: string,
  start: number,
  end: number,
  names: NameMatcher | Mention[],
  paragraphs: Paragraphs,
  context: QuoteContext = {},
): Mention {
  const mention: Mention = { kind: 'quote', start, end, text: text.slice(start, end) };
  const inner = text.slice(start + 1, end - 1);
  const p = paragraphs.indexAt(start);
  const ps = p >= 0 ? paragraphs.starts[p] : 0;
  const intl = context.lang !== undefined && context.lang !== 'en';
  // A scare quote needs no sentence: its words decide, and it has no speaker; unless a verb of saying gives them a speaker.
  // In German, a longer noun phrase without a verb is held at a distance the same way, unless the sentence reports
  // someone's words («Trotzki sagt …, der Oktoberumschwung sei geradezu „eine Rettung für die Konstituante“ gewesen»).
  const short =
    isScare(inner) ||
    (!intl && namedPhrase(text, start, inner)) ||
    (context.lang === 'de' &&
      (germanNounPhrase(inner) || foreignPhrase(inner) || germanInfinitivePhrase(inner)) &&
      !SAYS_RE.test(text.slice(sentenceStart(text, start, ps), start)));
  // A transcript's line: a speaker's label opens the paragraph, then the words ("Witness. 'Rather.'", "Mr. Choate. “You
  // say …?”"): spoken, however short; the witness's are testimony.
  const label = intl ? null : TRANSCRIPT_LABEL.exec(text.slice(ps, start));
  if (label) {
    mention.quote = WITNESS_LABEL.test(label[1]) ? 'confession' : 'quotation';
    return mention;
  }
  // What someone calls a thing is a term, even a capitalised one or one in reported speech (« ce que Leroy-Beaulieu
  // nomme le « Quatrième Etat » », « Il affirme …, de présenter ce qu'il appelle « l'exégèse de la Révolution » »).
  if (intl && NAMING_BEFORE.test(text.slice(Math.max(ps, start - 60), start))) {
    mention.quote = 'scare';
    return mention;
  }
  if (short && !spoken(text, start, end, ps, inner, intl) && !(intl && reported(text, sentenceStart(text, start, ps), start))) {
    // A title in marks («Круга чтения», „Staatszeitung“) names a text: a quotation, with no speaker.
    const title = intl
      ? isTitle(text, start, end, inner, context.lang, () => registryIn(text, start, end, names))
      : isEnglishTitle(text, start, end, inner);
    mention.quote = title ? 'quotation' : 'scare';
    return mention;
  }
  const pe = paragraphs.ends[paragraphs.indexAt(end - 1)] ?? text.length;
  const s = sentenceStart(text, start, ps);
  // A quotation that ends with its own full stop ends its sentence too, unless its attribution follows in small letters
  // (“Stop!” he cried; «Я не шпион!» — крикнул Бухарин).
  const ownStop = /[.!?\u2026]\s*$/.test(inner.slice(-100)) && !ATTRIBUTION_AFTER.test(text.slice(end, end + 8));
  const e = ownStop ? end : sentenceEnd(text, end, pe);
  const before = text.slice(s, start);
  const after = text.slice(end, e);
  // A quotation opening its paragraph after "... testifies:" belongs to the sentence that ends the paragraph before.
  const intro =
    s === ps &&
    p > 0 &&
    /:\s*$/.test(text.slice(Math.max(paragraphs.starts[p - 1], paragraphs.ends[p - 1] - 100), paragraphs.ends[p - 1]));
  const prevStart = intro
    ? sentenceStart(text, lastMark(text, paragraphs.ends[p - 1]), paragraphs.starts[p - 1])
    : s > ps
      ? sentenceStart(text, lastMark(text, s), ps)
      : s;
  const previous = text.slice(prevStart, intro ? paragraphs.ends[p - 1] : s);
  // « Je le reconnais, dit-il, j'ai menti » : the author's words inside the marks are read as the words around them.
  const incise = intl ? findIncise(inner) : undefined;
  const aside = incise ? inner.slice(incise[0], incise[1]) : '';
  // Introduced by a verb of saying or a colon right before it ("Als ich Dir schrieb, „…“", « entendu : « … » »), the
  // quotation is what its own clause says it is: a verb of confession after it ("…“, hatte Kratz mir erklärt, Deine
  // Sache …") or in another clause («…, qui avoue lui-même …; il suffit qu’il ait entendu : « … »») is about other
  // words. The sentence before still counts.
  const bare = stripQuotes(before);
  const introduced = intl && (INTRO_RE.test(bare) || /:[\s\u00a0\u202f]*$/.test(bare));
  // In Russian, German and French the verb counts in the quotation's own clause before it, or in the attribution right
  // after it («…», — признался Бухарин; „…“, gestand er; « … », avoua-t-il), not anywhere in a long sentence.
  // A verb of declaring is testimony where the sentence, or the one before, speaks of a court; elsewhere it says. Read
  // by the English rules (no language known), it is testimony, as it was before.
  const court = !intl || COURT_RE.test(stripQuotes(previous + ' ' + before + ' ' + after));
  // In English a verb of confession as a noun after a preposition ("cautious about admitting that …") names the act,
  // it reports no one's words.
  const confesses = (s: string): boolean =>
    CONFESS_RE.test(intl ? s : s.replace(GERUND_AFTER_PREPOSITION, ' ')) || (court && DECLARE_RE.test(s));
  const confessed = !intl
    ? confesses(bare) || confesses(stripQuotes(after))
    : confesses(bare.slice(bare.lastIndexOf(';') + 1)) ||
      (!introduced &&
        (INTL_CONFESS_AFTER_RE.test(stripQuotes(after)) || (court && INTL_DECLARE_AFTER_RE.test(stripQuotes(after)))));
  // A question asked in its own sentence ("“Why was he neutral?” I asked") is the asker's: no confession, whatever
  // the sentence before says.
  const asked = !intl && /\?[\s\u00a0]*$/.test(inner) && ASKED_RE.test(stripQuotes(before + ' ' + after));
  mention.quote =
    !asked && (confessed || confesses(stripQuotes(previous)) || confesses(aside) || (intl && avowedAfter(text, e, pe)))
      ? 'confession'
      : 'quotation';
  // The speaker is named in the quotation's sentence, or else in the one before when the quotation opens its own.
  const inIncise = incise ? inciseSpeaker(text, start + 1 + incise[0], start + 1 + incise[1], names, context) : undefined;
  const speaker =
    inIncise ??
    findSpeaker(text, s, start, end, e, names, context) ??
    (/^\s*$/.test(before) && previous
      ? findSpeaker(text, prevStart, prevStart + previous.length, end, end, names, context)
      : undefined);
  if (speaker) mention.speaker = speaker;
  return mention;
}

/**
 * The speaker owns the words in the next sentence, in the first person: « On les a fusillés, c'est bien fait. » — R.
 * Oui, j'ai dit cela, je l'avoue; „…“ Ich gestehe es; «…» Признаю. A trial's answer that avows words quoted to it.
 */
const AVOWAL = new RegExp(
  '(?<![\\p{L}])(?:' +
    [
      "(?:je|j['\\u2019])[\\s\\u00a0]*(?:l['\\u2019]|le[\\s\\u00a0]+|les[\\s\\u00a0]+)?(?:avoue|reconnais|confesse|admets)",
      '[Ii]ch[\\s\\u00a0]+(?:gestehe|bekenne|gebe(?:[\\s\\u00a0]+\\p{L}+)?[\\s\\u00a0]+zu)',
      '(?:[Gg]estehe|[Bb]ekenne)[\\s\\u00a0]+ich',
      '[Пп]ризнаю(?:сь)?',
      '[Сс]ознаюсь',
    ].join('|') +
    ')(?![\\p{L}])',
  'u',
);

function avowedAfter(text: string, e: number, pe: number): boolean {
  let from = e;
  while (from < pe && /[\s\u00a0\u2013\u2014]/.test(text[from])) from++;
  if (from >= pe) return false;
  return AVOWAL.test(stripQuotes(text.slice(from, sentenceEnd(text, from + 1, pe))));
}

/**
 * What someone calls a thing, right before the marks: the words are a term held at a distance, however long (« ce
 * qu'il appelait « la surveillance légitime … » », „die sogenannte „Reform““, „was man „Bildung“ nennt“ has the
 * verb after). French «ce que … appelle/nomme», German «sogenannt», Russian «так называемый».
 */
const NAMING_BEFORE = new RegExp(
  '(?:' +
    [
      // ce que X appelle (le), ce qu'on nomme
      "(?<![\\p{L}])[Cc]e[\\s\\u00a0]+qu(?:e[\\s\\u00a0]+|['\\u2019][\\s\\u00a0]*)(?:[\\p{L}-]+[\\s\\u00a0]+){0,3}?" +
        "(?:appel|nomm)\\p{L}*(?:[\\s\\u00a0]+(?:le|la|les|l['\\u2019]|un|une))?",
      '(?<![\\p{L}])so(?:[\\s\\u00a0]*|-)genannte[nmrs]?',
      '(?<![\\p{L}])так[\\s\\u00a0]+называем\\p{L}+',
    ].join('|') +
    ')[\\s\\u00a0]*$',
  'u',
);

/**
 * Words in small letters after a closing mark, after a dash or not: the quotation's attribution, in its sentence; so is
 * the English "I" before a word in small letters ("“Sure?” I asked").
 */
const ATTRIBUTION_AFTER = /^[\s\u00a0\u202f]*[\u2013\u2014]?[\s\u00a0\u202f]*(?:\p{Ll}|I[\s\u00a0]+\p{Ll})/u;

/** The attribution right after a quotation of another language: punctuation or a dash, up to two words, a verb of confession. */
const INTL_CONFESS_AFTER_RE = new RegExp(
  `^[\\s\\u00a0\\u202f,\\u2013\\u2014]*(?:${AUXILIARY}|\\p{L}+[\\s\\u00a0]+){0,2}?(?:${INTL_CONFESS})(?![\\p{L}])`,
  'u',
);
const INTL_DECLARE_AFTER_RE = new RegExp(
  `^[\\s\\u00a0\\u202f,\\u2013\\u2014]*(?:${AUXILIARY}|\\p{L}+[\\s\\u00a0]+){0,2}?(?:${INTL_DECLARE})(?![\\p{L}])`,
  'u',
);
/** A verb of saying or confessing (of another language) right before the quotation, then its comma or colon. */
const INTRO_RE = new RegExp(`(?<![\\p{L}])(?:${INTL_SAY}|${INTL_CONFESS})[\\s\\u00a0\\u202f]*[,:][\\s\\u00a0\\u202f]*$`, 'u');

/** The person named in an incise (« …, dit Boukharine, … »), when its verb is one of saying. */
function inciseSpeaker(
  text: string,
  from: number,
  to: number,
  names: NameMatcher | Mention[],
  context: QuoteContext,
): string | undefined {
  const named = mentionsIn(text, from, to, names);
  return (named.find((m) => isNominative(text, m, context.entity)) ?? named[0])?.entity;
}

/** "he answered, “No, sir”", "he promised to “cut the tax”", "“No,” he said": short words someone says, not a scare quote. */
const SPOKEN_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:(?:${SAY}|${INTL_SAY}|${INTL_CONFESS})[\\s\\u00a0]*[,:]|(?:promis|pledg|vow|swor|vot|undertak|` +
    `threaten)\\p{L}*[\\s\\u00a0]+to)[\\s\\u00a0]*$`,
  'u',
);
/** An English verb of saying, at most three words, then a colon right before the mark. */
const SPOKEN_COLON = new RegExp(`(?<![\\p{L}])${SAY}(?:[\\s\\u00a0]+[\\p{L}'\\u2019]+){1,3}[\\s\\u00a0]*:[\\s\\u00a0]*$`, 'u');
/** A verb of saying, then "that" (at most three words later): what follows is reported speech. */
const REPORTED = new RegExp(`(?<![\\p{L}])${SAY}(?:[\\s\\u00a0]+\\p{L}+){0,3}?[\\s\\u00a0]+that(?![\\p{L}])`, 'u');
/** A word that makes quoted words a clause, not a name: a negation, an auxiliary or modal, a personal pronoun. */
const CLAUSE_WORDS =
  'not|never|no|did|do|does|is|are|was|were|will|would|shall|should|can|could|must|might|have|has|had|I|we|you|he|she|they';
const CLAUSE_WORD = new RegExp(`(?<![\\p{L}])(?:${CLAUSE_WORDS})(?![\\p{L}])`, 'u');
/** An article or possessive right before the mark: the quoted words are a noun phrase ("a taste of the “Jack Johnsons.”"). */
const DETERMINERS = '[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Hh]is|[Hh]er|[Ii]ts|[Oo]ur|[Tt]heir|[Mm]y|[Yy]our';
const DETERMINER_BEFORE = new RegExp(`(?<![\\p{L}])(?:${DETERMINERS})[\\s\\u00a0]+$`, 'u');

/**
 * At most three words after an article or possessive, with no sentence break inside: a name or phrase held at a
 * distance even when the sentence's full stop stands inside the marks (“the Jack Johnsons.”), as American printing puts it.
 */
function namedPhrase(text: string, start: number, inner: string): boolean {
  if (inner.length > 60 || /[.!?][\s\u00a0]+\p{Lu}/u.test(inner)) return false;
  const words = inner.split(/[\s\u00a0]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return words <= 3 && !CLAUSE_WORD.test(inner) && DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

const SPOKEN_AFTER = new RegExp(`^[\\s\\u00a0]*(?:\\p{L}+[\\s\\u00a0]+)?${SAY}(?![\\p{L}])`, 'u');

function spoken(text: string, start: number, end: number, ps: number, inner: string, intl = false): boolean {
  if (SPOKEN_BEFORE.test(text.slice(Math.max(ps, start - 40), start))) return true;
  // A verb of saying, a few words, a colon: "He says of the war: “We” began it" gives the words to him.
  if (!intl && SPOKEN_COLON.test(text.slice(Math.max(ps, start - 60), start))) return true;
  // Reported speech: "said that his instructions were to see that I “did not oversleep”": words of a clause after "said
  // that" are someone's, not words held at a distance ("he said that the “reforms” failed").
  if (!intl && CLAUSE_WORD.test(inner) && REPORTED.test(text.slice(sentenceStart(text, start, ps), start))) return true;
  // An exclamation or a question in marks is something said: „Geld!“, «Бросьте!», « Pourquoi ? ».
  if (intl && /[!?][\s\u00a0\u202f]*$/.test(inner)) return true;
  // «…», — сказал он; « … », dit-il; „…“, sagte er; or a colon before: Elle disait : « … »; Он мог прибавить: «…».
  if (
    intl &&
    (INTL_SPOKEN_BEFORE_RE.test(text.slice(Math.max(ps, start - 40), start)) ||
      INTL_SPOKEN_AFTER_RE.test(text.slice(end, end + 40)) ||
      AS_SAYS_AFTER_RE.test(text.slice(end, end + 60)))
  )
    return true;
  // After the quotation, only when it ends as speech does before its attribution: “No,” he said.
  return /[,!?][\s\u00a0]*$/.test(inner) && SPOKEN_AFTER.test(text.slice(end, end + 40));
}

/** Words that open the clause of words reported after a comma: a pronoun, an article, a conjunction of condition. */
const SPEECH_START =
  'er|sie|es|ich|wir|ihr|du|man|der|die|das|den|dem|ein|eine|einen|wenn|falls|il|elle|on|je|nous|vous|ils|elles|le|la|' +
  'les|si|он|она|оно|они|я|мы|вы|ты|если';

/** Conjunctions after a comma that open a clause of cause, time or contrast, not the words said. */
const NOT_SPEECH =
  'weil|da|denn|als|nachdem|obwohl|obgleich|und|aber|doch|sondern|bevor|ehe|seit|seitdem|bis|während|damit|um|' +
  'parce|car|mais|et|quand|lorsque|puisque|потому|так|но|и|а|когда|пока|хотя';

/**
 * Words quoted inside reported speech: a verb of saying earlier in the sentence, then the clause it governs: after a
 * conjunction of speech („sagte, daß …“, «сказал, что …», « écrivit que … »), or after at most three words and a colon
 * or a comma that no causal or temporal conjunction follows („erklärten mir hierauf, wenn ich den „Mann“ nicht nenne,
 * …“). The words are the speaker's, however few: a quotation. „das er nur schrieb, weil Dein „anonymes“ Pamphlet …“
 * is no reported speech.
 */
const REPORTED_RE = new RegExp(
  `(?<![\\p{L}])(?:${INTL_SAY}|${INTL_CONFESS})(?![\\p{L}])(?:` +
    // the verb's clause: at most eight words, no other verb joined by "and" („er schrie, tobte und hat sich
    // überzeugt, daß …“), and no conjunction that makes the clause a comparison or a purpose („zu sagen, als daß …“)
    `(?:[\\s\\u00a0,]+(?!(?:und|oder|aber|et|ou|mais)(?![\\p{L}]))[^\\s\\u00a0.!?;,]+){0,8}?[\\s\\u00a0,]+` +
    `(?<!(?:als|ohne|so|statt|anstatt|außer|bis|sans|avant|pour|bien|afin)[\\s\\u00a0,]+)` +
    `(?:(?:daß|dass|ob|que|что|чтобы)(?![\\p{L}])|qu['\u2019])|` +
    `(?:[\\s\\u00a0]+[\\p{L}\\p{N}]+){0,3}[\\s\\u00a0]*(?::|,(?![\\s\\u00a0]*(?:${NOT_SPEECH})(?![\\p{L}]))` +
    // the words said start with a subject or a conjunction of condition, not with another verb („er schrie, tobte …“)
    `(?=[\\s\\u00a0]*(?:\\p{Lu}|(?:${SPEECH_START})(?![\\p{L}])))))`,
  'u',
);

function reported(text: string, s: number, start: number): boolean {
  return REPORTED_RE.test(stripQuotes(text.slice(s, start)));
}

/**
 * Offset of the last non-space character before `pos`: a sentence's own terminal must not be read as the end of the one before.
 */
function lastMark(text: string, pos: number): number {
  let q = pos;
  while (q > 0 && /\s/.test(text[q - 1])) q--;
  return Math.max(0, q - 1);
}

/** At most three words and not a sentence of its own. */
function isScare(inner: string): boolean {
  if (inner.length > 200) return false; // three words are never this long; don't split a whole chapter to count them
  const words = inner.split(/[\s\u00a0]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words > 3) return false;
  const sentence = /^[\s\u00a0]*\p{Lu}/u.test(inner) && /[.!?\u2026][\s\u00a0]*$/.test(inner) && words >= 2;
  return !sentence && !/[.!?]\s+\p{Lu}/u.test(inner);
}

/** Other quotations in the sentence are not the narrator's words: blank them. */
function stripQuotes(s: string): string {
  return s.replace(/[\u201c\u201e\u00ab][^\u201c\u201d\u201e\u00ab\u00bb]*[\u201d\u201c\u00bb]/g, ' ');
}

/** The registry mentions within text[from, to), of every kind. */
function registryIn(text: string, from: number, to: number, names: NameMatcher | Mention[]): Mention[] {
  let all: Mention[];
  if (Array.isArray(names)) {
    // Mentions come sorted by start: binary search, so that a long text with many quotations stays linear.
    let lo = 0;
    let hi = names.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (names[mid].start < from) lo = mid + 1;
      else hi = mid;
    }
    all = [];
    for (let k = lo; k < names.length && names[k].start < to; k++) if (names[k].end <= to) all.push(names[k]);
  } else {
    all = names.match(text, from, to);
  }
  return all;
}

function mentionsIn(text: string, from: number, to: number, names: NameMatcher | Mention[]): Mention[] {
  return registryIn(text, from, to, names).filter((m) => m.entity && SPEAKER_KINDS.has(m.kind));
}

function subjectOf(gap: string): boolean {
  const words = gap.split(/[\s\u00a0]+/).filter((w) => /\p{L}/u.test(w)).length;
  if (!gap.includes(',')) return words <= 3;
  return /^[\u2019']?s?,/.test(gap.trimStart()) && /,[\s\u00a0]*$/.test(gap);
}

function nearest(ms: Mention[]): Mention | undefined {
  return ms.find((m) => m.kind === 'person') ?? ms[0];
}

function findSpeaker(
  text: string,
  s: number,
  start: number,
  end: number,
  e: number,
  names: NameMatcher | Mention[],
  context: QuoteContext = {},
): string | undefined {
  // A Russian name in an oblique case is no subject («ответил Вышинскому»): only the nominative speaks, when the
  // registry can say which form is the nominative.
  const subject = (m: Mention): boolean => isNominative(text, m, context.entity);
  // Before the quotation: the last verb of saying, and the name nearest before it (or just after it: "said Reingold:").
  const before = mentionsIn(text, s, start, names);
  let verb: RegExpExecArray | undefined;
  SAY_RE.lastIndex = 0;
  const head = text.slice(s, start);
  for (let m = SAY_RE.exec(head); m; m = SAY_RE.exec(head)) verb = m;
  if (verb) {
    const at = s + verb.index;
    const according = ACCORDING_RE.test(verb[0]);
    // The subject of the verb: a name right before it ("Lenin warned in 1922:") or one whose apposition runs up to it
    // ("Dr. Ciliga, a Yugoslav revolutionary ..., testifies:"), not one inside a clause ("... Pritt belongs, wrote").
    const prior = according
      ? undefined
      : nearest([...before].reverse().filter((m) => m.end <= at && subjectOf(text.slice(m.end, at)) && subject(m)));
    const later = nearest(before.filter((m) => m.start >= at + verb[0].length && (according || subject(m))));
    const who = prior ?? later;
    if (who?.entity) return who.entity;
  }
  // After it: “…,” said Reingold / “…,” Reingold said.
  const tails = mentionsIn(text, end, Math.min(e, end + 80), names);
  // «…», — сказал Радеку Бухарин: the nominative after the verb, not the dative before it.
  const tail = tails.slice(0, 2).find(subject);
  if (tail?.entity) {
    const gap = text.slice(end, tail.start);
    if (
      /^[\s,]*$/.test(gap)
        ? SAY_AFTER_RE.test(text.slice(tail.end, tail.end + 30))
        : SAY_AFTER_RE.test(gap) && /^[\s,]*\p{L}+[\s]*$/u.test(gap.replace(/^[\s,]*/, ''))
    ) {
      return tail.entity;
    }
    // «…», — признался Бухарин; „…“, gab Bucharin zu: a verb of another language, at most one word, then the name.
    if (INTL_SAY_AFTER_RE.test(gap) && /^[\s,\u2013\u2014]*\p{L}+(?:[\s\u00a0]+\p{L}+)?[\s\u00a0]*$/u.test(gap))
      return tail.entity;
  }
  return undefined;
}
