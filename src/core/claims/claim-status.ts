/**
 * A one-word status of each claim and evidence, for exports: `refuted` (some
 * evidence refutes it), `contradicted` (a contradiction rule names it),
 * `supported` (some evidence supports it), else `unchallenged`. The first that
 * applies wins, in that order.
 */
import type { Annotation, Entity } from '../model';
import { findContradictions } from './contradictions';
import { buildLedger } from './ledger';

export type ClaimStatus = 'refuted' | 'contradicted' | 'supported' | 'unchallenged';

/** Status by `file` then annotation id, over the documents of one export (links between them count). */
export function claimStatuses(
  docs: readonly { file: string; annotations: readonly Annotation[] }[],
  entities: ReadonlyMap<string, Entity>,
): Map<string, Map<string, ClaimStatus>> {
  const ledger = buildLedger(
    docs.map((d) => ({ file: d.file, annotations: d.annotations, lines: new Map() })),
    (id) => entities.get(id),
    entities.size > 0,
  );
  const contradictions = findContradictions(ledger);
  const out = new Map<string, Map<string, ClaimStatus>>();
  for (const entry of ledger.entries) {
    const named = contradictions.filter((c) =>
      c.sides.some((s) => s.kind !== 'entity' && s.id === entry.id && s.file === entry.file),
    );
    const status: ClaimStatus = ledger.entries.some((e) => e.refutes.includes(entry))
      ? 'refuted'
      : named.length
        ? 'contradicted'
        : ledger.entries.some((e) => e.supports.includes(entry))
          ? 'supported'
          : 'unchallenged';
    const byId = out.get(entry.file) ?? new Map<string, ClaimStatus>();
    byId.set(entry.id, status);
    out.set(entry.file, byId);
  }
  return out;
}
