/**
 * `marginalia claims [--format table|jsonl] [--registry FILE]... PATH...`:
 * prints the ledger (every claim and evidence with who/where/when) and every
 * contradiction. The JSONL is a contract, one object a line:
 *   {"type":"claim"|"evidence","id","file","line","by","who","where","when","what"}
 *   {"type":"contradiction","code","ids":[the claim first, …],"message"}
 * `file` and `line` (1-based) are the annotation's place in its sidecar, as
 * `check` reports it; a missing field is null (`who` is then []). Problems of
 * the claims themselves (unknown ids, bad dates) go to stderr as
 * `file:line:col: warning: message`. Nothing is ever written.
 * Also `claimProblems`, the one call by which `check` reports the same.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildLedger, type ClaimSource, type Ledger, type LedgerEntry } from '../core/claims/ledger';
import { findContradictions, type Contradiction } from '../core/claims/contradictions';
import { contradictionProblem } from '../core/claims/claim-problems';
import type { Problem } from '../core/model';
import { formatProblem } from '../core/problem-format';
import type { Registry } from '../core/registry/registry';
import { parseSidecar } from '../core/sidecar/parse-sidecar';
import { SIDECAR_SUFFIX } from '../core/sidecar/sidecar';
import { loadRegistry, nearestRegistry, readText, sidecarPath } from './load-texts';
import { walkCorpus } from './walk';

const USAGE = 'usage: marginalia claims [--format table|jsonl] [--registry FILE]... PATH...\n';

/** Runs the claims command; returns the exit code (0, or 2 on bad usage or when no path can be read). */
export async function claims(
  argv: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'table' },
        registry: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    err.write(`marginalia claims: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    out.write(USAGE);
    return 0;
  }
  const format = args.values.format;
  if (format !== 'table' && format !== 'jsonl') {
    err.write(`marginalia claims: unknown format '${format}' — use table or jsonl\n${USAGE}`);
    return 2;
  }
  if (args.positionals.length === 0) {
    err.write(USAGE);
    return 2;
  }

  const problems: Problem[] = [];
  const report = (p: Problem): void => {
    problems.push(p);
  };
  const corpus = walkCorpus(args.positionals.filter((p) => !(p.endsWith(SIDECAR_SUFFIX) && existsSync(p))));
  for (const [path, why] of corpus.unreadable) err.write(`marginalia claims: ${path}: ${why}\n`);
  if (corpus.unreadable.length === args.positionals.length) return 2;
  const direct = args.positionals.filter((p) => p.endsWith(SIDECAR_SUFFIX) && existsSync(p));
  const sidecars = [
    ...new Set([...direct, ...corpus.sidecars, ...corpus.texts.map(sidecarPath).filter((p) => existsSync(p))]),
  ].sort();
  const registryFiles = args.values.registry?.length
    ? args.values.registry
    : corpus.registries.length
      ? corpus.registries
      : nearestRegistry(args.positionals[0]);
  const registry = registryFiles.length ? loadRegistry(registryFiles, report) : undefined;
  if (!registry)
    err.write('marginalia claims: no entities.yaml under the paths or above them; ids and registry facts were not checked\n');

  const ledger = ledgerOf(readSources(sidecars, report), registry);
  const contradictions = findContradictions(ledger);
  out.write(format === 'jsonl' ? jsonl(ledger, contradictions) : table(ledger, contradictions));
  for (const p of [...problems, ...ledger.problems]) err.write(`${formatProblem(p)}\n`);
  err.write(
    `${ledger.entries.filter((e) => e.type === 'claim').length} claim(s), ` +
      `${ledger.entries.filter((e) => e.type === 'evidence').length} evidence, ` +
      `${contradictions.length} contradiction(s) in ${sidecars.length} sidecar(s)\n`,
  );
  return 0;
}

/**
 * The claim problems and contradictions of these sidecars, as warnings for `check` (parse problems are check's own).
 * The other sidecars of the corpus (under the registries' folders) are read too, so that a claim refuted from
 * another text is found when one text is checked; only what touches the sidecars checked is reported.
 */
export function claimProblems(sidecars: readonly string[], registry: Registry | undefined): Problem[] {
  const checked = new Set(sidecars.map((f) => resolve(f)));
  const roots = [...new Set(registry?.all().flatMap((e) => (e.source ? [dirname(e.source.file)] : [])) ?? [])];
  const context = roots.length ? walkCorpus(roots).sidecars.filter((f) => !checked.has(resolve(f))) : [];
  const ledger = ledgerOf(
    readSources([...sidecars, ...context], () => undefined),
    registry,
  );
  const mine = (file: string) => checked.has(resolve(file));
  return [
    ...ledger.problems.filter((p) => mine(p.file)),
    ...findContradictions(ledger).flatMap((c) => {
      // Reported at the first side that is in a sidecar checked (the claim, when it is one of them).
      const at = c.sides.findIndex((s) => s.kind !== 'entity' && mine(s.file));
      return at < 0 ? [] : [contradictionProblem({ ...c, sides: [c.sides[at], ...c.sides.filter((_, i) => i !== at)] })];
    }),
  ];
}

function ledgerOf(sources: ClaimSource[], registry: Registry | undefined): Ledger {
  return buildLedger(sources, (id) => registry?.byId(id), registry !== undefined);
}

function readSources(files: readonly string[], report: (p: Problem) => void): ClaimSource[] {
  const sources: ClaimSource[] = [];
  for (const file of files) {
    const raw = readText(file, report);
    if (raw === undefined) continue;
    const { sidecar, problems } = parseSidecar(raw, file);
    problems.forEach(report);
    if (sidecar) sources.push({ file, raw, annotations: sidecar.annotations, lines: sidecar.lines });
  }
  return sources;
}

function jsonl(ledger: Ledger, contradictions: Contradiction[]): string {
  const lines = ledger.entries.map((e) =>
    JSON.stringify({
      type: e.type,
      id: e.id,
      file: e.file,
      line: e.line + 1,
      by: e.by ?? null,
      who: e.who,
      where: e.where ?? null,
      when: e.when ?? null,
      what: e.what ?? null,
    }),
  );
  for (const c of contradictions)
    lines.push(JSON.stringify({ type: 'contradiction', code: c.code, ids: c.ids, message: c.message }));
  return lines.map((l) => `${l}\n`).join('');
}

function table(ledger: Ledger, contradictions: Contradiction[]): string {
  const name = (id: string | undefined) => (id === undefined ? '' : (ledger.entity(id)?.name ?? id));
  const rows = ledger.entries.map((e: LedgerEntry) => [
    e.type,
    e.id,
    name(e.by),
    e.who.map(name).join(', '),
    name(e.where),
    e.when ?? '',
    e.what ?? '',
    `${e.file}:${e.line + 1}`,
  ]);
  const header = ['type', 'id', 'by', 'who', 'where', 'when', 'what', 'where in the sidecars'];
  const widths = header.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const cell = (text: string, i: number) =>
    text.length > widths[i] ? `${text.slice(0, widths[i] - 1)}…` : text.padEnd(widths[i]);
  const lines = [header, ...rows].map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : cell(c, i)))
      .join('  ')
      .trimEnd(),
  );
  lines.push('', contradictions.length ? `${contradictions.length} contradiction(s):` : 'no contradictions');
  for (const c of contradictions) lines.push(`  ${c.code} [${c.ids.join(', ')}]: ${c.message}`);
  return `${lines.join('\n')}\n`;
}
