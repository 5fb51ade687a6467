/**
 * Finds registry names (each entity's name and aliases) in a text. Names are
 * stored as a trie of tokens; the text is tokenized once (recognize() shares
 * its tokens) and each word token that may start a name (by its first unit
 * and length) is looked up by its hash in the trie's first level, so the cost follows the words of the text, not the number
 * of names (a regex alternation falls over past ~1000 names), and no word
 * is sliced.
 */
import { inSlices, SLICE_MS } from '../text/in-slices';
import type { Entity, Mention } from '../model';
import { TOKEN_LOWER, TOKEN_UNSTABLE, TOKEN_WORD, spanHash, tokenize, tokenKey, type Tokens } from '../text/tokens';
import { WordTable } from './word-table';
import { abbreviatedPatronymics, declinable, declinedNames } from './name-declension';

/** A trie node: the names continuing with one more token, and the entity whose name ends here. */
interface Node {
  next?: WordTable<Node>;
  entity?: Entity;
}

export class NameMatcher {
  /** First token of every name -> its trie node. */
  private readonly root = new WordTable<Node>();
  /** Per first code unit of a first token: a bit per token length (31 = longer), to skip most words before hashing lookups. */
  private readonly firstFilter = new Uint32Array(65536);

  /** Entities by id, for the rules that need more than a name (namesakes.ts). */
  private readonly byId = new Map<string, Entity>();

  constructor(entities: Entity[]) {
    const declined: Array<[string[], Entity]> = [];
    for (const entity of entities) this.addEntity(entity, declined);
    // Russian names match in every case (name-declension.ts); added last, so that a name registered as written
    // («Рыкова», a woman) wins over the same word declined from another («Рыкова», genitive of Рыков).
    for (const [keys, entity] of declined) for (const forms of declinedNames(keys)) this.add(forms, entity);
  }

  /**
   * The same matcher as `new NameMatcher(entities)`, built in slices of `sliceMs` with `pause` awaited between them: a
   * 39k-name registry takes a second or more, which the editor's event loop must not spend in one block.
   */
  static async inSteps(entities: readonly Entity[], pause: () => Promise<void>, sliceMs = SLICE_MS): Promise<NameMatcher> {
    const matcher = new NameMatcher([]);
    const declined: Array<[string[], Entity]> = [];
    await inSlices(entities, (entity) => matcher.addEntity(entity, declined), pause, sliceMs);
    const addDeclined = ([keys, entity]: [string[], Entity]) =>
      declinedNames(keys).forEach((forms) => matcher.add(forms, entity));
    await inSlices(declined, addDeclined, pause, sliceMs);
    return matcher;
  }

  private addEntity(entity: Entity, declined: Array<[string[], Entity]>): void {
    if (!this.byId.has(entity.id)) this.byId.set(entity.id, entity);
    for (const alias of [entity.name, ...entity.aliases]) {
      if (typeof alias !== 'string') continue;
      const keys = keysOf(alias);
      this.add(keys, entity);
      if (declinable(keys)) declined.push([keys, entity]);
      for (const abbreviated of abbreviatedPatronymics(keys, entity.gender === 'female')) this.add(abbreviated, entity);
    }
  }

  private add(keys: string[], entity: Entity): void {
    // A name must start with a word: "’s" or "." alone would match everywhere.
    if (keys.length === 0 || !/^[\p{L}\p{M}\p{N}]/u.test(keys[0])) return;
    this.firstFilter[keys[0].charCodeAt(0)] |= lengthBit(keys[0].length);
    // A decomposed spelling in the text (E + U+0301 for É) starts and measures differently: let all its lengths through.
    const nfd = keys[0].normalize('NFD');
    if (nfd !== keys[0]) this.firstFilter[nfd.charCodeAt(0)] = 0xffffffff;
    let node = this.root.set(keys[0], {});
    for (let k = 1; k < keys.length; k++) {
      node.next ??= new WordTable<Node>(false, 4);
      node = node.next.set(keys[k], {});
    }
    // An alias two entities share goes to the first one defined.
    node.entity ??= entity;
  }

  /** The entity with this id (the first defined), if any. */
  entity(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  /**
   * Every registry name in text[from, to), longest match first, left to right, never overlapping; `tokens` if already tokenized.
   */
  match(text: string, from = 0, to = text.length, tokens?: Tokens): Mention[] {
    const t = tokens ?? tokenize(text, from, to);
    const out: Mention[] = [];
    const ts = t.start;
    const te = t.end;
    for (let i = 0; i < t.count; i++) {
      if (!(t.flags[i] & TOKEN_WORD)) continue;
      // A name broken by a hyphen at a line end ("Zino-\nviev") is looked up whole, past the first-token filter.
      const broken = text.charCodeAt(te[i]) === 45 ? brokenAt(text, t, i, to) : -1;
      if (broken < 0 && !(this.firstFilter[text.charCodeAt(ts[i])] & lengthBit(te[i] - ts[i]))) continue;
      if (ts[i] < from || te[i] > to) continue;
      let j = i;
      let node = broken >= 0 ? this.root.get(joined(text, t, i, broken)) : undefined;
      if (node) j = broken;
      else node = lookup(this.root, text, t, i);
      let last = -1;
      let entity: Entity | undefined;
      while (node) {
        if (node.entity) {
          last = j;
          entity = node.entity;
        }
        const k = j + 1;
        if (!node.next || k >= t.count || te[k] > to || blankLineBetween(text, te[k - 1], ts[k])) break;
        const b = text.charCodeAt(te[k]) === 45 ? brokenAt(text, t, k, to) : -1;
        const whole = b >= 0 ? node.next.get(joined(text, t, k, b)) : undefined;
        if (whole) {
          node = whole;
          j = b;
        } else {
          node = lookup(node.next, text, t, k);
          j = k;
        }
      }
      if (!entity) continue;
      const start = ts[i];
      const end = te[last];
      out.push({ kind: entity.type, start, end, text: text.slice(start, end), entity: entity.id });
      i = last;
    }
    return out;
  }
}

const lengthBit = (n: number): number => (n < 31 ? 1 << n : 1 << 31) >>> 0;

function lookup(table: WordTable<Node>, text: string, t: Tokens, j: number): Node | undefined {
  const s = t.start[j];
  const e = t.end[j];
  return t.flags[j] & TOKEN_UNSTABLE ? table.get(tokenKey(text.slice(s, e))) : table.getSpan(text, s, e, spanHash(text, s, e));
}

function keysOf(name: string): string[] {
  const t = tokenize(name);
  const keys: string[] = [];
  for (let i = 0; i < t.count; i++) keys.push(tokenKey(name.slice(t.start[i], t.end[i])));
  return keys;
}

/** Token j ends a line with a hyphen and the line after starts in small letters ("Zino-\nviev"): index of that word, or -1. */
function brokenAt(text: string, t: Tokens, j: number, to: number): number {
  const k = j + 2;
  if (k >= t.count || t.end[k] > to || t.start[j + 1] !== t.end[j] || !(t.flags[k] & TOKEN_LOWER)) return -1;
  return /^[ \t]*\r?\n[ \t]*$/.test(text.slice(t.end[j + 1], t.start[k])) ? k : -1;
}

/** The key of a word broken at a line end, its halves joined. */
function joined(text: string, t: Tokens, j: number, k: number): string {
  return tokenKey(text.slice(t.start[j], t.end[j]) + text.slice(t.start[k], t.end[k]));
}

/** A name may wrap onto the next line but not across a paragraph break. */
function blankLineBetween(text: string, from: number, to: number): boolean {
  if (to - from < 2) return false;
  const first = text.indexOf('\n', from);
  return first >= 0 && first < to && text.indexOf('\n', first + 1) >= 0 && text.indexOf('\n', first + 1) < to;
}
