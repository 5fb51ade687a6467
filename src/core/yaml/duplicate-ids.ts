import type { Problem } from '../model';

/** One item of a file's top-level list: its `id` (if it has a usable one) and where the item starts (0-based). */
export interface ItemId {
  id: string | undefined;
  line: number;
  column: number;
}

/** An item's id as written: a string or number `id:` of a map; anything else has none. */
export function idOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const id = (item as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/**
 * The ids used by more than one item, each with the lines of all its items.
 * Looked for over every item, valid or not: an invalid first copy must not hide
 * the second, or an edit "by id" could land on the wrong one. Linear.
 */
export function duplicateIds(items: readonly ItemId[]): Map<string, ItemId[]> {
  const byId = new Map<string, ItemId[]>();
  for (const item of items) {
    if (item.id === undefined) continue;
    const seen = byId.get(item.id);
    if (seen) seen.push(item);
    else byId.set(item.id, [item]);
  }
  for (const [id, copies] of byId) if (copies.length < 2) byId.delete(id);
  return byId;
}

/** A Problem at every copy of every duplicated id, naming the other copies' lines. */
export function duplicateProblems(
  duplicates: Map<string, ItemId[]>,
  file: string,
  noun: string,
  code: string,
  fix: string,
): Problem[] {
  const problems: Problem[] = [];
  for (const [id, copies] of duplicates) {
    for (const copy of copies) {
      // At most five lines named: a thousand copies of one id must not make a million-line report.
      const others = copies
        .slice(0, 6)
        .filter((c) => c !== copy)
        .slice(0, 5)
        .map((c) => c.line + 1);
      const more = copies.length - 1 > others.length ? ` and ${copies.length - 1 - others.length} more` : '';
      problems.push({
        file,
        line: copy.line,
        column: copy.column,
        severity: 'error',
        code,
        message: `${noun} id '${id}' is also used at line${copies.length > 2 ? 's' : ''} ${others.join(', ')}${more} — ${fix}`,
      });
    }
  }
  return problems;
}

/** One sentence naming each duplicated id and its lines, for a refused edit. */
export function describeDuplicates(duplicates: Map<string, ItemId[]>, noun: string): string {
  const each = [...duplicates].slice(0, 5).map(
    ([id, copies]) =>
      `'${id}' (lines ${copies
        .slice(0, 5)
        .map((c) => c.line + 1)
        .join(', ')}${copies.length > 5 ? ', …' : ''})`,
  );
  const more = duplicates.size > 5 ? ` and ${duplicates.size - 5} more` : '';
  return (
    `${noun} id${duplicates.size > 1 ? 's' : ''} ${each.join(', ')}${more} ${duplicates.size > 1 ? 'are' : 'is'} used ` +
    `more than once`
  );
}
