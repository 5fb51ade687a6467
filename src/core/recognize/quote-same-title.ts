/**
 * A title named twice: once where its sentence marks it as one („ein Journal mit dem Titel „Der Kosmos““), and again
 * where nothing does („in einem Aufsatze für den kurzlebigen „Kosmos““). The second is the same title, a quotation,
 * not words held at a distance. Quotations are grouped by their words (a leading article dropped), so a text is read
 * once, whatever its length.
 */
import type { Mention } from '../model';
import type { Language } from '../text/language';
import { isTitle } from './quote-titles';

/** A leading article of German, French or English, which a title may keep or drop („Der Kosmos“, „Kosmos“). */
const ARTICLE = /^(?:Der|Die|Das|Le|La|Les|L['\u2019]|The)[\s\u00a0]+/u;
/** Titles named again are short: a long phrase repeated is something else. */
const MAX_WORDS = 5;

/** The words of a quotation without its marks, closing punctuation and leading article; undefined if no title could be. */
function titleKey(inner: string): string | undefined {
  const words = inner
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .replace(/[.,;:!?\u2026]+$/, '')
    .replace(ARTICLE, '');
  if (!/^\p{Lu}/u.test(words) || words.split(' ').length > MAX_WORDS) return undefined;
  return words;
}

/** Turns a scare quote into a quotation where the same words elsewhere in the text are a title. */
export function sameWordsAsTitle(text: string, mentions: Mention[], langAt: (at: number) => Language | undefined): void {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const lang = langAt(m.start);
    if (!lang || lang === 'en' || m.end - m.start < 3) continue;
    const key = titleKey(text.slice(m.start + 1, m.end - 1));
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(m);
    else groups.set(key, [m]);
  }
  for (const group of groups.values()) {
    if (group.length < 2 || !group.some((m) => m.quote === 'scare')) continue;
    const titled = group.some(
      (m) => m.quote === 'quotation' && isTitle(text, m.start, m.end, text.slice(m.start + 1, m.end - 1), langAt(m.start)),
    );
    if (titled) for (const m of group) if (m.quote === 'scare') m.quote = 'quotation';
  }
}
