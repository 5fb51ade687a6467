/**
 * What "Record as Claim" proposes for a passage, from what the recognizers
 * already found. Each field gets candidates, best first, for the quick picks:
 *
 * - `by`: the speaker of a quotation or confession in the passage, else the
 *   entity of a confession or quotation annotation over it;
 * - `who`: the persons named in the passage's sentences (and the speaker of
 *   a confession, who was there); persons named elsewhere in the paragraph
 *   are offered but not chosen;
 * - `where`: the places named, nearest first: in the sentences, then the
 *   paragraph, then the paragraphs just before and after;
 * - `when`: the dates, in the same order (their Gregorian EDTF value: an Old
 *   Style date is proposed as its New Style day).
 *
 * "Nearest" is measured from the passage; the historian confirms or corrects
 * every field before anything is written.
 */
import type { Annotation, ClaimFields, Mention } from '../model';
import { Paragraphs } from '../text/paragraphs';
import { sentenceEnd, sentenceStart } from '../text/sentences';

export interface ClaimProposal {
  /** The first candidate of each field. */
  fields: ClaimFields;
  /** Every candidate id (or EDTF value for `when`), best first. */
  candidates: { by: string[]; who: string[]; where: string[]; when: string[] };
  /** The sentences the proposal was read from. */
  scope: { start: number; end: number };
}

/** Proposes a claim for `text[start, end)` from the text's mentions and the annotations over the passage. */
export function proposeClaim(
  text: string,
  start: number,
  end: number,
  mentions: readonly Mention[],
  annotations: readonly Annotation[] = [],
): ClaimProposal {
  const paragraphs = new Paragraphs(text);
  const p = Math.max(0, paragraphs.indexAt(start));
  const q = Math.max(p, paragraphs.indexAt(Math.max(start, end - 1)));
  const para = { start: paragraphs.starts[p] ?? 0, end: paragraphs.ends[q] ?? text.length };
  const scope = { start: sentenceStart(text, start, para.start), end: sentenceEnd(text, Math.max(start, end - 1), para.end) };
  const near = {
    start: paragraphs.starts[Math.max(0, p - 1)] ?? para.start,
    end: paragraphs.ends[Math.min(paragraphs.ends.length - 1, q + 1)] ?? para.end,
  };
  const within = (m: Mention, r: { start: number; end: number }) => m.start < r.end && m.end > r.start;
  const distance = (m: Mention) => (m.end <= start ? start - m.end : m.start >= end ? m.start - end : 0);
  /** Mentions in the widening rings: the sentences, the paragraph, its neighbours; nearest first in each. */
  const ranked = (keep: (m: Mention) => boolean, rings: { start: number; end: number }[]): Mention[] => {
    const seen = new Set<Mention>();
    const out: Mention[] = [];
    for (const ring of rings) {
      for (const m of mentions
        .filter((x) => keep(x) && within(x, ring) && !seen.has(x))
        .sort((a, b) => distance(a) - distance(b) || a.start - b.start)) {
        seen.add(m);
        out.push(m);
      }
    }
    return out;
  };
  const unique = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))];

  const quotes = mentions.filter((m) => m.kind === 'quote' && m.quote !== 'scare' && m.speaker && within(m, scope));
  const spoken = annotations.filter(
    (a) =>
      (a.kind === 'confession' || a.kind === 'quote') &&
      a.entity &&
      a.target.start !== undefined &&
      a.target.end !== undefined &&
      a.target.start < end &&
      a.target.end > start,
  );
  const by = unique([...quotes.sort((a, b) => distance(a) - distance(b)).map((m) => m.speaker), ...spoken.map((a) => a.entity)]);
  const confession = quotes.some((m) => m.quote === 'confession') || spoken.some((a) => a.kind === 'confession');

  const persons = (r: { start: number; end: number }) =>
    unique(ranked((m) => m.kind === 'person' && !!m.entity, [r]).map((m) => m.entity));
  const chosen = unique([...(confession && by[0] ? [by[0]] : []), ...persons(scope)]);
  const who = unique([...chosen, ...persons(para)]);
  const where = unique(ranked((m) => m.kind === 'place' && !!m.entity, [scope, para, near]).map((m) => m.entity));
  const when = unique(ranked((m) => m.kind === 'date' && !!m.value, [scope, para, near]).map((m) => m.value));

  const fields: ClaimFields = {};
  if (by[0]) fields.by = by[0];
  if (chosen.length) fields.who = chosen;
  if (where[0]) fields.where = where[0];
  if (when[0]) fields.when = when[0];
  return { fields, candidates: { by: unique([...by, ...who]), who, where, when }, scope };
}
