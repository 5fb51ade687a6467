/**
 * A hash table from words to values that is looked up with a token of the
 * text (its span and the hash the tokenizer computed) instead of a sliced
 * string: the name matcher and the candidate finder probe it once per word
 * of a 100 MB corpus, where a slice and a Map lookup per word cost too much.
 */
import { foldUnit, hashString, keyUnit } from '../text/tokens';

export class WordTable<V> {
  private readonly keys: string[] = [];
  private readonly values: V[] = [];
  private hashes: Int32Array;
  /** Slot -> index + 1 into keys/values; 0 is empty. */
  private slots: Int32Array;

  /** With `fold`, keys and lookups compare lower-cased, unit by unit. */
  constructor(
    private readonly fold = false,
    capacity = 16,
  ) {
    this.hashes = new Int32Array(capacity);
    this.slots = new Int32Array(capacity);
  }

  get size(): number {
    return this.keys.length;
  }

  /** The value stored for a key, if any. */
  get(key: string): V | undefined {
    const k = this.find(hashString(key, this.fold), this.fold ? lower(key) : key);
    return k < 0 ? undefined : this.values[k];
  }

  /** The value of the word text[start, end) whose tokenizer hash (or fold hash, for a folding table) is `hash`. */
  getSpan(text: string, start: number, end: number, hash: number): V | undefined {
    const mask = this.slots.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const k = this.slots[s];
      if (k === 0) return undefined;
      if (this.hashes[s] === hash && this.sameSpan(this.keys[k - 1], text, start, end)) return this.values[k - 1];
    }
  }

  /** Stores a value; a key already present keeps its first value. Returns the stored value. */
  set(key: string, value: V): V {
    const stored = this.fold ? lower(key) : key;
    const h = hashString(key, this.fold);
    const k = this.find(h, stored);
    if (k >= 0) return this.values[k];
    if ((this.keys.length + 1) * 2 > this.slots.length) this.grow();
    this.keys.push(stored);
    this.values.push(value);
    this.place(h, this.keys.length);
    return value;
  }

  private sameSpan(key: string, text: string, start: number, end: number): boolean {
    if (key.length !== end - start) return false;
    if (this.fold) {
      for (let i = 0; i < key.length; i++) if (foldUnit(text.charCodeAt(start + i)) !== key.charCodeAt(i)) return false;
    } else if (key.length === 1) {
      return keyUnit(text.charCodeAt(start)) === key.charCodeAt(0);
    } else {
      for (let i = 0; i < key.length; i++) if (text.charCodeAt(start + i) !== key.charCodeAt(i)) return false;
    }
    return true;
  }

  private find(h: number, key: string): number {
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const k = this.slots[s];
      if (k === 0) return -1;
      if (this.hashes[s] === h && this.keys[k - 1] === key) return k - 1;
    }
  }

  private place(h: number, index: number): void {
    const mask = this.slots.length - 1;
    let s = h & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = index;
    this.hashes[s] = h;
  }

  private grow(): void {
    const oldSlots = this.slots;
    const oldHashes = this.hashes;
    this.slots = new Int32Array(oldSlots.length * 2);
    this.hashes = new Int32Array(oldSlots.length * 2);
    for (let s = 0; s < oldSlots.length; s++) if (oldSlots[s]) this.place(oldHashes[s], oldSlots[s]);
  }
}

function lower(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(foldUnit(s.charCodeAt(i)));
  return out;
}
