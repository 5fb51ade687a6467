/**
 * The gold labels of the evaluation set: one `.tsv` per text, a line per mention,
 * `kind<TAB>exact words<TAB>value` (date: EDTF; quote: scare | quotation | confession;
 * name: registry id; other: a name that is not in the registry, with its type, person | place | organisation, labelled
 * in the tuned parts so that discovery's precision counts a right candidate outside the registry as right). A line is placed on the text by its exact words: the n-th line
 * with the same words is their n-th occurrence, not counting occurrences inside a longer
 * gold span of the same kind ("1892" inside "May, 1892"), so the labeller never counts offsets.
 * A file may label some kinds only: a line `# scored: quote` (kinds separated by spaces, then any remark in
 * parentheses) says which;
 * the recognizers' other mentions in that text are then not scored.
 * Where the same words also occur where they are not a mention ("the 16th corps"), the line may
 * give words around them and mark the mention with double braces: `on the {{16th}}`.
 */
import { readFileSync } from 'node:fs';

export type GoldKind = 'date' | 'quote' | 'name' | 'other';
export interface Gold {
  kind: GoldKind;
  start: number;
  end: number;
  value: string;
}

export const GOLD_KINDS: readonly GoldKind[] = ['date', 'quote', 'name'];

/** The kinds a gold file labels: those of its `# scored:` line, or all. */
export function scoredKinds(goldFile: string): GoldKind[] {
  const line = /^#[ \t]*scored:(.*)$/m.exec(readFileSync(goldFile, 'utf8'));
  if (!line) return GOLD_KINDS.slice();
  const kinds = line[1].replace(/\(.*$/, '').trim().split(/\s+/);
  for (const k of kinds)
    if (!GOLD_KINDS.includes(k as GoldKind)) throw new Error(`${goldFile}: unknown kind "${k}" in "# scored:"`);
  return kinds as GoldKind[];
}

export function readGold(goldFile: string, text: string): Gold[] {
  const lines = readFileSync(goldFile, 'utf8').split('\n');
  const items = lines
    .map((line, n) => ({ line, n }))
    .filter(({ line }) => line.trim() && !line.startsWith('#'))
    .map(({ line, n }) => {
      const [kind, exact, value] = line.split('\t');
      if (!['date', 'quote', 'name', 'other'].includes(kind) || !exact || !value) {
        throw new Error(
          `${goldFile}:${n + 1}: expected "date|quote|name|other<TAB>words<TAB>value", got ${JSON.stringify(line)}`,
        );
      }
      return { kind: kind as GoldKind, exact, value, n };
    });
  // Longer spans first, so that a shorter one can skip the occurrences they hold.
  const order = items.map((_, i) => i).sort((a, b) => items[b].exact.length - items[a].exact.length || a - b);
  const placed: Array<Gold | undefined> = [];
  const cursor = new Map<string, number>();
  for (const i of order) {
    const { kind, exact, value, n } = items[i];
    const key = `${kind}\t${exact}`;
    // `words {{mention}} words`: the whole is searched, the braced part is the span.
    const braced = /^(.*)\{\{(.+)\}\}(.*)$/.exec(exact);
    const before = braced ? braced[1] : '';
    const words = braced ? braced.slice(1).join('') : exact;
    const length = braced ? braced[2].length : exact.length;
    const inside = (s: number): boolean =>
      kind !== 'quote' && placed.some((g) => g && g.kind === kind && s < g.end && s + words.length > g.start);
    // Whole words only: "Congress" is not in "Congressmen".
    const word = (s: number): boolean =>
      !/[\p{L}\p{N}]/u.test(text[s - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[s + words.length] ?? '');
    // A name inside a hyphened word ("Kansas" in "the Kansas-Nebraska act") is passed over while the text has another
    // occurrence left for the line; a name the text writes only so («Зиновьева-Каменева», "by Congress-had it been") is
    // placed there.
    const hyphened = (s: number): boolean =>
      (kind === 'name' || kind === 'other') &&
      (/^-\p{L}/u.test(text.slice(s + words.length, s + words.length + 2)) || /\p{L}-$/u.test(text.slice(Math.max(0, s - 2), s)));
    const from = cursor.get(key) ?? 0;
    let at = text.indexOf(words, from);
    while (at >= 0 && (inside(at) || !word(at) || hyphened(at))) at = text.indexOf(words, at + 1);
    if (at < 0) {
      // No other occurrence is left: the first hyphened one not placed yet.
      const taken = (s: number): boolean => placed.some((g) => g && g.kind === kind && g.start === s);
      at = text.indexOf(words);
      while (at >= 0 && (inside(at) || !word(at) || taken(at))) at = text.indexOf(words, at + 1);
    }
    if (at < 0) throw new Error(`${goldFile}:${n + 1}: "${exact}" not found in the text (one occurrence too many?)`);
    cursor.set(key, at + 1);
    placed[i] = { kind, start: at + before.length, end: at + before.length + length, value };
  }
  return placed.filter((g): g is Gold => g !== undefined).sort((a, b) => a.start - b.start);
}
