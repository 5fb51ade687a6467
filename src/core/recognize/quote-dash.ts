/**
 * Dialogue by the dash, the Russian way: a line opening with a
 * dash is speech, the author's words set off by dashes after the speech's
 * own comma or full stop.
 *
 *   — Эти молодые люди, — говорил Чертков, — мечтают узнать ваши воззрения.
 *   — Нет, — ответил он. — Я не знаю.
 *
 * Each spoken part is a quotation of its own (the words with their own
 * punctuation, without the dashes), as a quotation broken by "he said" is two
 * in English. The author's words between them decide the kind (a verb of
 * confession or testimony: `confession`) and the speaker: a person of the
 * registry named there, the one named in the nominative first («сказал Радеку
 * Бухарин» is Bukharin's speech, not Radek's). A dash inside a sentence
 * («Москва — столица») is no author's aside: the aside must follow the
 * speech's punctuation and start with a small letter.
 */
import type { Entity, Mention } from '../model';
import type { LanguageSpans } from '../text/language';
import { INTL_CONFESS, INTL_SAY } from './quote-verbs-intl';

const LINE_OPEN = /^[ \t\u00a0]*[\u2014\u2013][ \u00a0]+(?=\S)/;
/** The speech's punctuation, then a dash set off by spaces: the end of a spoken part. */
const BREAK = /([,.!?\u2026])[ \u00a0]+[\u2014\u2013][ \u00a0]+/g;
const CONFESS_RE = new RegExp(`(?<![\\p{L}])(?:${INTL_CONFESS})(?![\\p{L}])`, 'u');
const SAY_RE = new RegExp(`(?<![\\p{L}])(?:${INTL_SAY}|${INTL_CONFESS})(?![\\p{L}])`, 'u');

/**
 * Quotations of dash dialogue in the Russian paragraphs (a French dialogue line keeps its «dit-il» inside, unmarked); `registry`:
 * the text's registry mentions, sorted by start.
 */
export function findDashDialogue(
  text: string,
  spans: LanguageSpans,
  registry: Mention[],
  entity: (id: string) => Entity | undefined,
): Mention[] {
  const out: Mention[] = [];
  for (let p = 0; p < spans.starts.length; p++) {
    if (spans.langs[p] !== 'ru') continue;
    let ls = spans.starts[p];
    while (ls < spans.ends[p]) {
      let le = text.indexOf('\n', ls);
      if (le < 0 || le > spans.ends[p]) le = spans.ends[p];
      const open = LINE_OPEN.exec(text.slice(ls, le));
      if (open) dialogueLine(text, ls + open[0].length, le, registry, entity, out);
      ls = le + 1;
    }
  }
  return out;
}

/** The spoken parts of one dialogue line text[from, to), pushed onto `out`. */
function dialogueLine(
  text: string,
  from: number,
  to: number,
  registry: Mention[],
  entity: (id: string) => Entity | undefined,
  out: Mention[],
): void {
  let end = to;
  while (end > from && /\s/.test(text[end - 1])) end--;
  const line = text.slice(from, end);
  // Alternating parts: speech, the author's words, speech...
  const speech: Array<[number, number]> = [];
  const asides: Array<[number, number]> = [];
  let at = 0;
  let inSpeech = true;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(line); m; m = BREAK.exec(line)) {
    const after = line[m.index + m[0].length] ?? '';
    if (inSpeech) {
      // An aside starts with a small letter («— сказал он»); a capital after the dash is the same speech going on.
      if (!/\p{Ll}/u.test(after)) continue;
      speech.push([at, m.index + 1]);
      inSpeech = false;
    } else {
      asides.push([at, m.index + 1]);
      inSpeech = true;
    }
    at = m.index + m[0].length;
  }
  if (inSpeech) speech.push([at, line.length]);
  else asides.push([at, line.length]);
  // Without an aside that says who speaks, the whole line is one spoken part.
  const aside = asides.map(([a, b]) => line.slice(a, b)).join(' ');
  const kind = CONFESS_RE.test(aside) ? 'confession' : 'quotation';
  const speaker =
    asides.length && SAY_RE.test(aside)
      ? speakerIn(
          asides.map(([a, b]) => [from + a, from + b]),
          registry,
          entity,
          text,
        )
      : undefined;
  for (const [a, b] of speech) {
    if (b <= a || !/\p{L}/u.test(line.slice(a, b))) continue;
    const mention: Mention = { kind: 'quote', start: from + a, end: from + b, text: line.slice(a, b), quote: kind };
    if (speaker) mention.speaker = speaker;
    out.push(mention);
  }
}

/** The person named in the asides, the one written as registered (the nominative) first. */
function speakerIn(
  asides: Array<[number, number]>,
  registry: Mention[],
  entity: (id: string) => Entity | undefined,
  text: string,
): string | undefined {
  const named = registry.filter((m) => m.entity && m.kind === 'person' && asides.some(([a, b]) => m.start >= a && m.end <= b));
  const nominative = named.find((m) => {
    const e = m.entity ? entity(m.entity) : undefined;
    const written = text.slice(m.start, m.end);
    return e !== undefined && [e.name, ...e.aliases].some((n) => n === written || n.endsWith(` ${written}`));
  });
  return (nominative ?? named[0])?.entity;
}
