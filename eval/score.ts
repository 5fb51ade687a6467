/**
 * `npm run eval`: runs the recognizers over the evaluation set (eval/texts) and
 * scores them against the hand-labelled gold (eval/gold), printing precision and
 * recall per kind, for the seen part (which the recognizers may be tuned on) and the
 * unseen part (never tuned on) apart. A hit needs the exact span and the value:
 * dates their EDTF value, quotations their kind, names their registry entity.
 * `--show seen` (or `unseen`) lists the misses and false hits of a part.
 * Discovery: with every second registry entity removed, how many of the removed
 * entities' gold mentions come back as candidate names.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, Mention } from '../src/core/model';
import { NameMatcher, recognize } from '../src/core/recognize';
import { parseRegistry } from '../src/core/registry/parse-registry';
import { Gold, GoldKind, readGold, scoredKinds } from './gold';

const ROOT = join(__dirname, '..', '..', 'eval');
// ru-de-fr: the Russian, German and French part that may be tuned on; ru-de-fr-unseen: its part never tuned on
// (public-domain sources, labelled by hand before the recognizers ran on them).
// genres: English diaries, letters and narrative history (seen), labelled for dates only (see eval/README.md);
// genres-unseen: more of the same books, never tuned on.
const PARTS = ['seen', 'unseen', 'genres', 'genres-unseen', 'ru-de-fr', 'ru-de-fr-unseen'] as const;
const KINDS: GoldKind[] = ['date', 'quote', 'name'];
// The kinds a part's rows are printed for (its gold files say which they label: `# scored: date`).
const PART_KINDS: Partial<Record<(typeof PARTS)[number], GoldKind[]>> = { genres: ['date'], 'genres-unseen': ['date'] };

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  spanOnly: number;
  lines: string[];
}

/** A predicted mention in the gold's terms, or undefined for kinds the set does not score. */
function asGold(m: Mention): Gold | undefined {
  if (m.kind === 'date') return { kind: 'date', start: m.start, end: m.end, value: m.value ?? '' };
  if (m.kind === 'quote') return { kind: 'quote', start: m.start, end: m.end, value: m.quote ?? '' };
  if (m.entity) return { kind: 'name', start: m.start, end: m.end, value: m.entity };
  return undefined;
}

function score(text: string, gold: Gold[], found: Gold[], tally: Record<GoldKind, Tally>, file: string): void {
  const key = (g: Gold): string => `${g.kind} ${g.start} ${g.end}`;
  const bySpan = new Map(found.map((g) => [key(g), g]));
  const goldSpans = new Set(gold.map(key));
  const show = (g: Gold): string => `${JSON.stringify(text.slice(g.start, g.end))} ${g.value}`;
  for (const g of gold) {
    const f = bySpan.get(key(g));
    const t = tally[g.kind];
    if (f && f.value === g.value) t.tp++;
    else {
      t.fn++;
      if (f) {
        t.spanOnly++;
        t.fp++;
        t.lines.push(`  wrong value ${file}: ${show(g)}, found ${f.value}`);
      } else t.lines.push(`  missed ${file}: ${show(g)}`);
    }
  }
  for (const f of found)
    if (!goldSpans.has(key(f))) {
      tally[f.kind].fp++;
      tally[f.kind].lines.push(`  false ${file}: ${show(f)}`);
    }
}

const ratio = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '  -  ');

function main(argv: string[]): void {
  const show = argv[argv.indexOf('--show') + 1];
  const registryFile = join(ROOT, 'entities.yaml');
  const entities = parseRegistry(readFileSync(registryFile, 'utf8'), registryFile).entities;
  const matcher = new NameMatcher(entities);
  const half = new NameMatcher(entities.filter((_, i) => i % 2 === 0));
  const removed = new Set(entities.filter((_, i) => i % 2 === 1).map((e: Entity) => e.id));
  process.stdout.write('part     kind    gold found   P      R      (span right, value wrong)\n');
  for (const part of PARTS) {
    const tally = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0, spanOnly: 0, lines: [] }])) as unknown as Record<
      GoldKind,
      Tally
    >;
    const discovery = { removedMentions: 0, back: 0, typed: 0, candidates: 0, candidatesOnGold: 0 };
    // The ru-de-fr parts are also tallied per language (texts are named ru-*, de-*, fr-*).
    const byLang = new Map<string, Record<GoldKind, Tally>>();
    const partKinds = PART_KINDS[part] ?? KINDS;
    const dir = join(ROOT, 'texts', part);
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .sort()) {
      const text = readFileSync(join(dir, name), 'utf8');
      const goldFile = join(ROOT, 'gold', part, name.replace(/\.txt$/, '.tsv'));
      const gold = readGold(goldFile, text);
      // A text labelled for some kinds only (`# scored: quote`) is scored for those.
      const kinds = scoredKinds(goldFile);
      const found = recognize(text, matcher)
        .map(asGold)
        .filter((g): g is Gold => g !== undefined && kinds.includes(g.kind));
      score(text, gold, found, tally, name);
      const lang = /^(ru|de|fr)-/.exec(name)?.[1];
      if (part.startsWith('ru-de-fr') && lang) {
        if (!byLang.has(lang))
          byLang.set(
            lang,
            Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0, spanOnly: 0, lines: [] }])) as unknown as Record<
              GoldKind,
              Tally
            >,
          );
        score(text, gold, found, byLang.get(lang) as Record<GoldKind, Tally>, name);
      }
      // Discovery: the removed entities' mentions should come back as candidates (same span).
      if (!kinds.includes('name')) continue;
      const candidates = recognize(text, half, { kinds: ['candidate'] }).filter((m) => m.kind === 'candidate');
      const goldNames = gold.filter((g) => g.kind === 'name');
      const lost = goldNames.filter((g) => removed.has(g.value));
      discovery.removedMentions += lost.length;
      for (const g of lost) {
        const c = candidates.find((k) => k.start === g.start && k.end === g.end);
        if (!c) continue;
        discovery.back++;
        if (c.guess === entities.find((e) => e.id === g.value)?.type) discovery.typed++;
      }
      discovery.candidates += candidates.length;
      discovery.candidatesOnGold += candidates.filter((c) =>
        goldNames.some((g) => g.start === c.start && g.end === c.end),
      ).length;
    }
    for (const k of partKinds) {
      const t = tally[k];
      const gold = t.tp + t.fn;
      const found = t.tp + t.fp;
      process.stdout.write(
        `${part.padEnd(8)} ${k.padEnd(7)} ${String(gold).padStart(4)} ${String(found).padStart(5)}   ${ratio(t.tp, found)}  ${ratio(t.tp, gold)}  (${t.spanOnly})\n`,
      );
      if (show === part) for (const l of t.lines) process.stdout.write(`${l}\n`);
    }
    for (const [lang, t] of [...byLang].sort()) {
      process.stdout.write(
        `  ${lang}:${KINDS.map((k) => ` ${k} ${t[k].tp + t[k].fn}/${t[k].tp + t[k].fp} P ${ratio(t[k].tp, t[k].tp + t[k].fp)} R ${ratio(t[k].tp, t[k].tp + t[k].fn)}`).join(';')}\n`,
      );
    }
    const d = discovery;
    if (partKinds.includes('name'))
      process.stdout.write(
        `${part.padEnd(8)} discovery, half the registry removed: ${d.back}/${d.removedMentions} mentions back as candidates ` +
          `(recall ${ratio(d.back, d.removedMentions)}), type guessed right for ${d.typed} (${ratio(d.typed, d.back)}); ` +
          `${d.candidatesOnGold}/${d.candidates} candidates are gold names (a lower bound on precision)\n`,
      );
  }
}

main(process.argv.slice(2));
