/**
 * The contradiction rules, over a ledger. Each finding names both sides
 * (file and line) and carries a stable code:
 *
 * - `contradiction/place-not-existing`: someone is put at a place at a time
 *   that lies wholly outside the place's `existed`;
 * - `contradiction/not-alive`: someone in `who` is put somewhere at a time
 *   wholly before their `born` or wholly after their `died`;
 * - `contradiction/two-places`: the same person at two places on overlapping
 *   dates (by two claims, two pieces of evidence, or one of each), where
 *   neither place lies `within` the other (directly or through other places);
 * - `contradiction/refuted`: evidence that refutes a claim.
 *
 * How dates count is decided in edtf-span.ts: a value is the whole period it
 * names; "overlap" means at least one day in common, "outside" means not one.
 * So a contradiction is reported only when the dates cannot be reconciled,
 * and a missing registry fact, place or date makes a rule say nothing.
 */
import type { Entity } from '../model';
import { overlaps, parseSpan } from './edtf-span';
import type { Ledger, LedgerEntry, Place } from './ledger';

export type ContradictionCode =
  'contradiction/place-not-existing' | 'contradiction/not-alive' | 'contradiction/two-places' | 'contradiction/refuted';

/** One side of a contradiction: an annotation, or the registry entry whose fact it contradicts. */
export interface Side extends Place {
  /** Annotation id, or the entity id for a registry side. */
  id: string;
  kind: 'claim' | 'evidence' | 'entity';
}

export interface Contradiction {
  code: ContradictionCode;
  /** Annotation ids involved, the claim first. */
  ids: string[];
  message: string;
  /** Where each side is; the first is the annotation the message is about. */
  sides: Side[];
}

/** Every contradiction of the ledger, in a stable order (by file and line of the first side). */
export function findContradictions(ledger: Ledger): Contradiction[] {
  const found: Contradiction[] = [];
  for (const entry of ledger.entries) {
    found.push(...placeNotExisting(entry, ledger), ...notAlive(entry, ledger), ...refuted(entry, ledger));
  }
  found.push(...twoPlaces(ledger));
  return found.sort(
    (a, b) => compareSides(a.sides[0], b.sides[0]) || a.code.localeCompare(b.code) || a.ids.join().localeCompare(b.ids.join()),
  );
}

function placeNotExisting(entry: LedgerEntry, ledger: Ledger): Contradiction[] {
  if (!entry.span || !entry.where) return [];
  const place = ledger.entity(entry.where);
  const existed = place?.existed === undefined ? undefined : parseSpan(place.existed);
  if (!place || !existed || 'error' in existed || overlaps(entry.span, existed)) return [];
  const people = entry.who.length ? ` puts ${names(entry.who, ledger)} at` : ' is about';
  return [
    {
      code: 'contradiction/place-not-existing',
      ids: [entry.id],
      message:
        `${label(entry)}${people} ${place.name} in ${dateWords(entry)}, but ${place.name} existed only ` +
        `${existedWords(place.existed!)}${registryAt(place)}`,
      sides: [side(entry), ...entitySide(place)],
    },
  ];
}

function notAlive(entry: LedgerEntry, ledger: Ledger): Contradiction[] {
  if (!entry.span) return [];
  const found: Contradiction[] = [];
  for (const id of entry.who) {
    const person = ledger.entity(id);
    if (!person) continue;
    const born = person.born === undefined ? undefined : parseSpan(person.born);
    const died = person.died === undefined ? undefined : parseSpan(person.died);
    let why: string | undefined;
    if (born && !('error' in born) && entry.span.max < born.min) why = `was born only in ${person.born}`;
    else if (died && !('error' in died) && entry.span.min > died.max) why = `died in ${person.died}`;
    if (!why) continue;
    found.push({
      code: 'contradiction/not-alive',
      ids: [entry.id],
      message:
        `${label(entry)} puts ${person.name}${entry.where ? ` at ${placeName(entry.where, ledger)}` : ''} in ` +
        `${dateWords(entry)}, but ${person.name} ${why}${registryAt(person)}`,
      sides: [side(entry), ...entitySide(person)],
    });
  }
  return found;
}

function refuted(entry: LedgerEntry, ledger: Ledger): Contradiction[] {
  return entry.refutes.map((claim) => ({
    code: 'contradiction/refuted' as const,
    ids: [claim.id, entry.id],
    message:
      `${label(claim)}${claimSummary(claim, ledger)} is refuted by ` +
      `${label(entry)}${claimSummary(entry, ledger)} at ${where(entry)}`,
    sides: [side(claim), side(entry)],
  }));
}

function twoPlaces(ledger: Ledger): Contradiction[] {
  const byPerson = new Map<string, LedgerEntry[]>();
  for (const entry of ledger.entries) {
    if (!entry.span || !entry.where) continue;
    for (const id of new Set(entry.who)) {
      const list = byPerson.get(id);
      if (list) list.push(entry);
      else byPerson.set(id, [entry]);
    }
  }
  const found: Contradiction[] = [];
  for (const [person, list] of byPerson) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = order(list[i], list[j]);
        if (!overlaps(a.span!, b.span!) || related(a.where!, b.where!, ledger)) continue;
        const who = ledger.entity(person)?.name ?? person;
        found.push({
          code: 'contradiction/two-places',
          ids: [a.id, b.id],
          message:
            `${label(a)} puts ${who} at ${placeName(a.where!, ledger)} in ${dateWords(a)}, but ${label(b)} puts ${who} at ` +
            `${placeName(b.where!, ledger)} in ${dateWords(b)} (${where(b)}), and neither place lies within the other`,
          sides: [side(a), side(b)],
        });
      }
    }
  }
  return found;
}

/** The claim first (a claim before evidence), then file order. */
function order(a: LedgerEntry, b: LedgerEntry): [LedgerEntry, LedgerEntry] {
  if (a.type !== b.type) return a.type === 'claim' ? [a, b] : [b, a];
  return compareSides(a, b) <= 0 ? [a, b] : [b, a];
}

/** True when the places are the same or one lies within the other, through any chain of `within`. */
function related(a: string, b: string, ledger: Ledger): boolean {
  return a === b || ancestors(a, ledger).has(b) || ancestors(b, ledger).has(a);
}

function ancestors(id: string, ledger: Ledger): Set<string> {
  const seen = new Set<string>();
  // A cycle of `within` (a mistake in the registry) must not loop forever.
  for (let at = ledger.entity(id)?.within; at !== undefined && !seen.has(at) && at !== id; at = ledger.entity(at)?.within)
    seen.add(at);
  return seen;
}

function compareSides(a: Place, b: Place): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}

function side(entry: LedgerEntry): Side {
  return { id: entry.id, kind: entry.type, file: entry.file, line: entry.line, column: entry.column };
}

function entitySide(entity: Entity): Side[] {
  return entity.source ? [{ id: entity.id, kind: 'entity', file: entity.source.file, line: entity.source.line, column: 0 }] : [];
}

function label(entry: LedgerEntry): string {
  return `${entry.type} '${entry.id}'`;
}

function where(entry: LedgerEntry): string {
  return `${entry.file}:${entry.line + 1}`;
}

function registryAt(entity: Entity): string {
  return entity.source ? ` (${entity.source.file}:${entity.source.line + 1})` : '';
}

function names(ids: string[], ledger: Ledger): string {
  const list = ids.map((id) => ledger.entity(id)?.name ?? id);
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

function placeName(id: string, ledger: Ledger): string {
  return ledger.entity(id)?.name ?? id;
}

function dateWords(entry: LedgerEntry): string {
  const approx = entry.span?.qualified ? ' (approximate or uncertain)' : '';
  return `${entry.when}${approx}`;
}

function existedWords(existed: string): string {
  const [from, to] = existed.includes('/') ? existed.split('/') : [existed, existed];
  const open = (v: string | undefined) => v === undefined || v === '' || v === '..';
  if (open(from)) return `until ${to}`;
  if (open(to)) return `from ${from}`;
  return `from ${from} to ${to}`;
}

function claimSummary(entry: LedgerEntry, ledger: Ledger): string {
  const parts = [
    entry.who.length ? names(entry.who, ledger) : '',
    entry.where ? `at ${placeName(entry.where, ledger)}` : '',
    entry.when ? `in ${entry.when}` : '',
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(' ')})` : '';
}
