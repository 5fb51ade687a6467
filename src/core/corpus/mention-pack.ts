/**
 * The mentions of one text as the warm-start cache stores them: in columns of
 * numbers, with each mention's words left out where they are the text's own
 * (`text.slice(start, end)`, nearly always). Reading 80,000 mentions back is
 * then a third of the JSON it was as objects, and several times quicker.
 */
import type { Mention } from '../model';

/** Packed mentions: kinds by index, starts and lengths, and the other fields sparse (index, value, index, value…). */
export interface PackedMentions {
  kinds: string[];
  kind: number[];
  start: number[];
  length: number[];
  /** Per field other than kind, start and end: the mentions that have it, as [index, value, index, value, …]. */
  fields: Record<string, unknown[]>;
}

/** Packs the mentions of `text`; `text` fields equal to the text's own words are left out. */
export function packMentions(text: string, mentions: readonly Mention[]): PackedMentions {
  const kinds: string[] = [];
  const kindIndex = new Map<string, number>();
  const packed: PackedMentions = { kinds, kind: [], start: [], length: [], fields: {} };
  mentions.forEach((m, i) => {
    let k = kindIndex.get(m.kind);
    if (k === undefined) kindIndex.set(m.kind, (k = kinds.push(m.kind) - 1));
    packed.kind.push(k);
    packed.start.push(m.start);
    packed.length.push(m.end - m.start);
    for (const key in m) {
      if (key === 'kind' || key === 'start' || key === 'end') continue;
      const value = m[key as keyof Mention];
      if (value === undefined || (key === 'text' && value === text.slice(m.start, m.end))) continue;
      (packed.fields[key] ??= []).push(i, value);
    }
  });
  return packed;
}

/** The mentions packed by `packMentions` for this same text; undefined when the value is not a well-formed pack. */
export function unpackMentions(text: string, packed: unknown): Mention[] | undefined {
  const p = packed as PackedMentions;
  if (!p || !Array.isArray(p.kinds) || !Array.isArray(p.kind) || !Array.isArray(p.start) || !Array.isArray(p.length))
    return undefined;
  const n = p.kind.length;
  if (p.start.length !== n || p.length.length !== n || typeof p.fields !== 'object' || p.fields === null) return undefined;
  const out: Mention[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const start = p.start[i];
    const end = start + p.length[i];
    out[i] = { kind: p.kinds[p.kind[i]] as Mention['kind'], start, end, text: undefined as unknown as string };
  }
  for (const [key, list] of Object.entries(p.fields)) {
    if (!Array.isArray(list)) return undefined;
    for (let j = 0; j + 1 < list.length; j += 2) {
      const m = out[list[j] as number];
      if (!m) return undefined;
      (m as unknown as Record<string, unknown>)[key] = list[j + 1];
    }
  }
  for (const m of out) if (m.text === undefined) m.text = text.slice(m.start, m.end);
  return out;
}
