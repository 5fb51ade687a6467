/**
 * A person's itinerary: where the claims and the evidence put them, in date
 * order, each entry with the contradictions it takes part in.
 */
import type { Contradiction } from './contradictions';
import type { Ledger, LedgerEntry } from './ledger';

export interface ItineraryStop {
  entry: LedgerEntry;
  /** Contradictions that name this entry. */
  contradictions: Contradiction[];
}

/** The ledger entries whose `who` names the person, by date (undated last, then file order). */
export function itineraryOf(person: string, ledger: Ledger, contradictions: readonly Contradiction[]): ItineraryStop[] {
  const entries = ledger.entries.filter((e) => e.who.includes(person));
  const key = (e: LedgerEntry) => e.span?.min ?? Infinity;
  entries.sort(
    (a, b) =>
      key(a) - key(b) || (a.span?.max ?? Infinity) - (b.span?.max ?? Infinity) || a.file.localeCompare(b.file) || a.line - b.line,
  );
  return entries.map((entry) => ({
    entry,
    contradictions: contradictions.filter((c) => c.ids.includes(entry.id) && involves(c, person, entry, ledger)),
  }));
}

/** A contradiction about someone else (another person of the same claim) is not marked on this person's itinerary. */
function involves(c: Contradiction, person: string, entry: LedgerEntry, ledger: Ledger): boolean {
  if (c.code === 'contradiction/not-alive') return c.message.includes(ledger.entity(person)?.name ?? person);
  if (c.code === 'contradiction/two-places') {
    const other = ledger.entries.find((e) => e !== entry && c.ids.includes(e.id));
    return !other || other.who.includes(person);
  }
  return true;
}
