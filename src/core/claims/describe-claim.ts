/** A claim or evidence in words, for hovers, lists and exports. */
import { readEdtf } from '../corpus/date-reading';
import type { Ledger, LedgerEntry } from './ledger';

/** "Eduard Goltzman and Leon Sedov at Hotel Bristol, Copenhagen, November 1932: met Leon Sedov" */
export function claimInWords(entry: LedgerEntry, ledger: Ledger): string {
  const name = (id: string) => ledger.entity(id)?.name ?? id;
  const who = entry.who.map(name);
  const people = who.length <= 1 ? who.join('') : `${who.slice(0, -1).join(', ')} and ${who[who.length - 1]}`;
  const parts = [
    people,
    entry.where ? `at ${name(entry.where)}` : '',
    entry.when ? (entry.span ? readEdtf(entry.when) : `${entry.when} (not a valid date)`) : '',
  ].filter(Boolean);
  const head = parts.join(', ').replace(/, at /, ' at ');
  return [head, entry.what].filter(Boolean).join(': ') || '(nothing recorded yet)';
}

/** "according to Eduard Goltzman" (empty when `by` is missing). */
export function claimSource(entry: LedgerEntry, ledger: Ledger): string {
  return entry.by ? `according to ${ledger.entity(entry.by)?.name ?? entry.by}` : '';
}
