/**
 * Finds registry names (each entity's name and aliases) in a text. The text
 * is tokenized once and each word token is looked up in a hash map keyed by
 * the first token of every name, so the cost does not grow with the number
 * of names the way a regex alternation does (V8 falls over past ~1000).
 */
import type { Entity, Mention } from '../model';
import { tokenize, tokenKey } from '../text/tokens';

interface Entry {
  /** Comparable tokens of the name after the first; whitespace between tokens is free. */
  rest: string[];
  entity: Entity;
}

export class NameMatcher {
  /** First token -> names starting with it, longest first. */
  private readonly byFirst = new Map<string, Entry[]>();
  /** Per first code unit of a first token: a bit per token length (31 = longer), to skip most words without slicing them. */
  private readonly firstFilter = new Uint32Array(65536);

  constructor(entities: Entity[]) {
    for (const entity of entities) {
      const seen = new Set<string>();
      for (const alias of [entity.name, ...entity.aliases]) {
        if (typeof alias !== 'string') continue;
        const keys = keysOf(alias);
        // A name must start with a word: "’s" or "." alone would match everywhere.
        if (keys.length === 0 || !/^[\p{L}\p{M}\p{N}]/u.test(keys[0])) continue;
        const joined = keys.join(' ');
        if (seen.has(joined)) continue;
        seen.add(joined);
        this.firstFilter[keys[0].charCodeAt(0)] |= lengthBit(keys[0].length);
        // A decomposed spelling in the text (E + U+0301 for É) starts and measures differently: let all its lengths through.
        const nfd = keys[0].normalize('NFD');
        if (nfd !== keys[0]) this.firstFilter[nfd.charCodeAt(0)] = 0xffffffff;
        let list = this.byFirst.get(keys[0]);
        if (!list) this.byFirst.set(keys[0], (list = []));
        // An alias two entities share goes to the first one defined.
        if (list.some((e) => e.rest.join(' ') === keys.slice(1).join(' '))) continue;
        list.push({ rest: keys.slice(1), entity });
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  }

  /** Every registry name in text[from, to), longest match first, left to right, never overlapping. */
  match(text: string, from = 0, to = text.length): Mention[] {
    const t = tokenize(text, from, to);
    const out: Mention[] = [];
    for (let i = 0; i < t.count; i++) {
      if (!t.word[i] || !(this.firstFilter[text.charCodeAt(t.start[i])] & lengthBit(t.end[i] - t.start[i]))) continue;
      const entries = this.byFirst.get(tokenKey(text.slice(t.start[i], t.end[i])));
      if (!entries) continue;
      for (const entry of entries) {
        const last = i + entry.rest.length;
        if (last >= t.count) continue;
        let ok = true;
        for (let k = 0; k < entry.rest.length && ok; k++) {
          const j = i + 1 + k;
          ok = tokenKey(text.slice(t.start[j], t.end[j])) === entry.rest[k] && !blankLineBetween(text, t.end[j - 1], t.start[j]);
        }
        if (!ok) continue;
        const start = t.start[i];
        const end = t.end[last];
        out.push({ kind: entry.entity.type, start, end, text: text.slice(start, end), entity: entry.entity.id });
        i = last;
        break;
      }
    }
    return out;
  }
}

const lengthBit = (n: number): number => (n < 31 ? 1 << n : 1 << 31) >>> 0;

function keysOf(name: string): string[] {
  const t = tokenize(name);
  const keys: string[] = [];
  for (let i = 0; i < t.count; i++) keys.push(tokenKey(name.slice(t.start[i], t.end[i])));
  return keys;
}

/** A name may wrap onto the next line but not across a paragraph break. */
function blankLineBetween(text: string, from: number, to: number): boolean {
  if (to - from < 2) return false;
  const first = text.indexOf('\n', from);
  return first >= 0 && first < to && text.indexOf('\n', first + 1) >= 0 && text.indexOf('\n', first + 1) < to;
}
