/**
 * German genitives of registry names written in Latin letters: «Lenins»,
 * «Stalins», «Rosa Luxemburgs», «Weerths Glosse» (after -s, -x, -z an
 * apostrophe, «Marx' Brief», and the name matches as it is). Only in German paragraphs,
 * and only a word that is a registry name with the ending taken off, so no
 * plural noun or other word can match (a registry name that is also a
 * common noun is the registry's choice). A name registered as written wins:
 * a word already matched is not looked at.
 */
import type { Mention } from '../model';
import type { LanguageSpans } from '../text/language';
import type { NameMatcher } from './name-matcher';

/** A capitalised word ending in the genitive -s («Marx'» needs nothing: the name matches before its apostrophe). */
const GENITIVE = /(?<![\p{L}\p{N}'’])\p{Lu}[\p{L}-]*s(?![\p{L}\p{N}'’])/gu;
/** Words before the name that may belong to it: «Rosa Luxemburgs», «Karl Liebknechts». */
const BEFORE = /(?:(\p{Lu}[\p{L}.-]*)[ \u00a0]+)?(\p{Lu}[\p{L}.-]*)[ \u00a0]+$/u;

/** Registry mentions of names in the German genitive, outside the `known` mentions (sorted by start). */
export function germanGenitives(text: string, spans: LanguageSpans, names: NameMatcher, known: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let p = 0; p < spans.starts.length; p++) {
    if (spans.langs[p] !== 'de') continue;
    const ps = spans.starts[p];
    const part = text.slice(ps, spans.ends[p]);
    GENITIVE.lastIndex = 0;
    for (let m = GENITIVE.exec(part); m; m = GENITIVE.exec(part)) {
      const end = ps + m.index + m[0].length;
      const baseEnd = end - 1;
      if (!/^[A-Za-z\u00c0-\u024f]/.test(m[0]) || overlaps(known, ps + m.index, end)) continue;
      // The longest registry name ending here: with up to two words before it, then the word alone.
      const head = BEFORE.exec(part.slice(Math.max(0, m.index - 60), m.index));
      const starts = [head?.[1], head?.[2]]
        .filter((w): w is string => !!w)
        .map((w) => ps + m.index - (head as RegExpExecArray)[0].length + (head as RegExpExecArray)[0].indexOf(w));
      starts.push(ps + m.index);
      for (const start of starts) {
        if (start < ps + m.index && overlaps(known, start, ps + m.index)) continue;
        const found = names.match(text.slice(start, baseEnd));
        const whole = found.find((f) => f.start === 0 && f.end === baseEnd - start);
        if (!whole?.entity) continue;
        out.push({ kind: whole.kind, start, end, text: text.slice(start, end), entity: whole.entity });
        break;
      }
    }
  }
  return out;
}

function overlaps(known: Mention[], start: number, end: number): boolean {
  return known.some((k) => k.start < end && k.end > start);
}
