/**
 * The claims ledger: every claim and evidence annotation of a corpus, with
 * who/where/when resolved against the registry, and the Problems of the
 * claims themselves (ids that name nothing, dates that are not EDTF).
 * Pure: the caller reads the files and passes their sidecars.
 */
import type { Annotation, Entity, Problem } from '../model';
import { parseSpan, type Span } from './edtf-span';

/** One sidecar of the corpus, as the ledger needs it. */
export interface ClaimSource {
  /** The sidecar's path (or URI), as messages should name it. */
  file: string;
  /** The annotated text's path, when known (for links to the passage). */
  textFile?: string;
  annotations: readonly Annotation[];
  /** Annotation id -> 0-based line of its item. */
  lines: ReadonlyMap<string, number>;
  /** The sidecar's own text, to point at the very field that is wrong; without it, at the item. */
  raw?: string;
}

/** Where an annotation (or registry entry) is: file, 0-based line and column. */
export interface Place {
  file: string;
  line: number;
  column: number;
}

export interface LedgerEntry extends Place {
  type: 'claim' | 'evidence';
  id: string;
  textFile?: string;
  annotation: Annotation;
  by?: string;
  who: string[];
  where?: string;
  when?: string;
  what?: string;
  /** `when` as a span of time, when it is valid EDTF. */
  span?: Span;
  /** The entries it supports / refutes that could be found. */
  supports: LedgerEntry[];
  refutes: LedgerEntry[];
}

export interface Ledger {
  entries: LedgerEntry[];
  /** Problems of the claims themselves (warnings): `claim/unknown-id`, `claim/bad-date`, `claim/not-a-place`. */
  problems: Problem[];
  /** The entity with this id, when a registry has it. */
  entity: (id: string) => Entity | undefined;
}

/**
 * Evidence is an annotation of kind `evidence`; a claim is one of kind `claim`, or any other with a `claim` field (a confession).
 */
export function entryType(a: Annotation): LedgerEntry['type'] | undefined {
  if (a.kind === 'evidence') return 'evidence';
  if (a.kind === 'claim' || a.claim) return 'claim';
  return undefined;
}

/**
 * Builds the ledger. `entity` looks up registry ids; `hasRegistry` false means
 * no registry was found, and then ids are not checked (a check that lacks what it needs says nothing).
 */
export function buildLedger(
  sources: readonly ClaimSource[],
  entity: (id: string) => Entity | undefined,
  hasRegistry = true,
): Ledger {
  const entries: LedgerEntry[] = [];
  const problems: Problem[] = [];
  const pending: { entry: LedgerEntry; lines?: string[] }[] = [];
  for (const source of sources) {
    const lines = source.raw?.replace(/^\ufeff/, '').split('\n');
    for (const a of source.annotations) {
      const type = entryType(a);
      if (!type || a.orphaned) continue;
      const line = source.lines.get(a.id) ?? 0;
      const c = a.claim ?? {};
      const entry: LedgerEntry = {
        type,
        id: a.id,
        file: source.file,
        line,
        column: itemColumn(lines, line),
        textFile: source.textFile,
        annotation: a,
        who: c.who ?? [],
        supports: [],
        refutes: [],
      };
      if (c.by !== undefined) entry.by = c.by;
      if (c.where !== undefined) entry.where = c.where;
      if (c.when !== undefined) entry.when = String(c.when);
      if (c.what !== undefined) entry.what = c.what;
      entries.push(entry);
      pending.push({ entry, lines });
    }
  }
  const byFileAndId = new Map(entries.map((e) => [`${e.file}\n${e.id}`, e]));
  const byId = new Map<string, LedgerEntry>();
  for (const e of entries) if (!byId.has(e.id)) byId.set(e.id, e);
  for (const { entry, lines } of pending) {
    const at = (key: string, message: string, code = 'claim/unknown-id'): void => {
      problems.push({
        ...fieldPlace(lines, entry, key),
        severity: 'warning',
        code,
        message: `${entry.type} '${entry.id}': ${message}`,
      });
    };
    if (hasRegistry) {
      const check = (key: string, id: string, what: string): void => {
        if (!entity(id)) at(key, `${key} '${id}' is in no entities.yaml — add ${what} to a registry or fix the id`);
      };
      if (entry.by !== undefined) check('by', entry.by, 'the person');
      for (const id of entry.who) check('who', id, 'the person');
      if (entry.where !== undefined) {
        const place = entity(entry.where);
        if (!place) check('where', entry.where, 'the place');
        else if (place.type !== 'place')
          at(
            'where',
            `where '${entry.where}' is a ${place.type}, not a place — name a place of the registry`,
            'claim/not-a-place',
          );
      }
    }
    if (entry.when !== undefined) {
      const span = parseSpan(entry.when);
      if ('error' in span)
        at(
          'when',
          `when '${entry.when}' is not an EDTF date (${span.error}) — ` +
            'write e.g. 1932-11-27, 1932-11, 1932, 1932-11~ or 1931/1933',
          'claim/bad-date',
        );
      else entry.span = span;
    }
    for (const key of ['supports', 'refutes'] as const) {
      for (const id of entry.annotation[key] ?? []) {
        // An id is first looked for in the same sidecar (ids are unique per file), then anywhere in the corpus.
        const found = byFileAndId.get(`${entry.file}\n${id}`) ?? byId.get(id);
        if (found && found !== entry) entry[key].push(found);
        else
          at(
            key,
            `${key} '${id}' names no claim or evidence of the corpus — fix the id, or record that passage as a claim first`,
          );
      }
    }
  }
  return { entries, problems, entity };
}

/** The position of a field (`when:`, `who:`…) of an entry, found in the sidecar's text; the item itself when it cannot be. */
function fieldPlace(lines: string[] | undefined, entry: LedgerEntry, key: string): Place {
  if (!lines) return { file: entry.file, line: entry.line, column: entry.column };
  const indent = /^\s*/.exec(lines[entry.line] ?? '')![0].length;
  const field = new RegExp(`^(\\s*(?:-\\s+)?)${key}\\s*:`);
  for (let i = entry.line; i < lines.length; i++) {
    // The next item of the list (or the end of the list) ends the search.
    if (i > entry.line && /^\s*-\s/.test(lines[i]) && /^\s*/.exec(lines[i])![0].length <= indent) break;
    const m = field.exec(lines[i]);
    if (m) return { file: entry.file, line: i, column: m[1].length };
  }
  return { file: entry.file, line: entry.line, column: entry.column };
}

function itemColumn(lines: string[] | undefined, line: number): number {
  const text = lines?.[line] ?? '';
  return /^\s*(-\s+)?/.exec(text)![0].length;
}
