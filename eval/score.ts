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
// genres-unseen: more of the same books, never tuned on. genres2: a travel journal (Darwin's Beagle), dates only, tuned.
// names: every name labelled (as `other`), for discovery with no registry at all; may be tuned on. names-unseen: the
// same, never tuned on.
// de-fr-quotes: German letters and French prose rich in quotation marks (tuned on), labelled for quotations (and the
// letters' dates) by hand before the recognizers ran on them; de-fr-quotes-unseen: more letters of the same
// transcription, quotations only, never tuned on.
// news: newspaper dispatches and chronologies of 1914 (seen), labelled for dates and quotations; news-unseen: more of
// the same issue, never tuned on.
// quotes-en: English letters, an interview and editorials of 1914 rich in quotation marks (tuned on), labelled for
// quotations only by hand before the recognizers ran on them.
const PARTS = [
  'seen',
  'unseen',
  'genres',
  'genres-unseen',
  'genres2',
  'news',
  'news-unseen',
  'ru-de-fr',
  'ru-de-fr-unseen',
  'names',
  'de-fr-quotes',
  'de-fr-quotes-unseen',
  'names-unseen',
  'quotes-en',
] as const;
type ScoredKind = Exclude<GoldKind, 'other'>;
const KINDS: ScoredKind[] = ['date', 'quote', 'name'];
// The kinds a part's rows are printed for (its gold files say which they label: `# scored: date`); names-unseen labels
// names outside any registry only, for discovery.
const PART_KINDS: Partial<Record<(typeof PARTS)[number], ScoredKind[]>> = {
  genres: ['date'],
  'genres-unseen': ['date'],
  genres2: ['date'],
  news: ['date', 'quote'],
  'news-unseen': ['date', 'quote'],
  names: [],
  'de-fr-quotes': ['date', 'quote'],
  'de-fr-quotes-unseen': ['quote'],
  'names-unseen': [],
  'quotes-en': ['quote'],
};

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

function score(text: string, all: Gold[], found: Gold[], tally: Record<GoldKind, Tally>, file: string): void {
  // Names outside the registry ("other") are discovery's alone.
  const gold = all.filter((g) => g.kind !== 'other');
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
  const NONE = new NameMatcher([]);
  process.stdout.write('part     kind    gold found   P      R      (span right, value wrong)\n');
  for (const part of PARTS) {
    const tally = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0, spanOnly: 0, lines: [] }])) as unknown as Record<
      GoldKind,
      Tally
    >;
    const discovery = {
      removedMentions: 0,
      back: 0,
      typed: 0,
      candidates: 0,
      candidatesOnGold: 0,
      labelledOthers: 0,
      others: 0,
      othersTyped: 0,
      lines: [] as string[],
    };
    // Discovery with no registry at all: every labelled name (registry names and `other`) should be a candidate.
    const bare = { names: 0, back: 0, typed: 0, candidates: 0, onNames: 0, lines: [] as string[] };
    // The ru-de-fr and de-fr parts are also tallied per language (texts are named ru-*, de-*, fr-*).
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
      if (/^(ru-)?de-fr/.test(part) && lang) {
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
      const others = gold.filter((g) => g.kind === 'other');
      const lost = goldNames.filter((g) => removed.has(g.value));
      const quoted = (g: { start: number; end: number }): string => JSON.stringify(text.slice(g.start, g.end));
      discovery.removedMentions += lost.length;
      discovery.labelledOthers += others.length;
      for (const g of lost) {
        const c = candidates.find((k) => k.start === g.start && k.end === g.end);
        const type = entities.find((e) => e.id === g.value)?.type;
        if (!c) {
          discovery.lines.push(`  not back ${name}: ${quoted(g)} ${type}`);
          continue;
        }
        discovery.back++;
        if (c.guess === type) discovery.typed++;
        else discovery.lines.push(`  wrong type ${name}: ${quoted(g)} ${type}, guessed ${c.guess}`);
      }
      const bareCandidates = recognize(text, NONE, { kinds: ['candidate'] }).filter((m) => m.kind === 'candidate');
      const labelled = gold.filter((g) => g.kind === 'name' || g.kind === 'other');
      const typeOf = (g: Gold): string | undefined =>
        g.kind === 'other' ? g.value : entities.find((e) => e.id === g.value)?.type;
      bare.names += labelled.length;
      bare.candidates += bareCandidates.length;
      for (const g of labelled) {
        const c = bareCandidates.find((k) => k.start === g.start && k.end === g.end);
        if (!c) {
          bare.lines.push(`  not found ${name}: ${quoted(g)} ${typeOf(g)}`);
          continue;
        }
        bare.back++;
        if (c.guess === typeOf(g)) bare.typed++;
        else bare.lines.push(`  wrong type ${name}: ${quoted(g)} ${typeOf(g)}, guessed ${c.guess}`);
      }
      for (const c of bareCandidates)
        if (labelled.some((g) => g.start === c.start && g.end === c.end)) bare.onNames++;
        else bare.lines.push(`  not a name ${name}: ${quoted(c)} (${c.guess})`);
      discovery.candidates += candidates.length;
      for (const c of candidates) {
        const same = (g: Gold): boolean => g.start === c.start && g.end === c.end;
        const other = others.find(same);
        if (goldNames.some(same)) discovery.candidatesOnGold++;
        else if (other) {
          discovery.others++;
          if (other.value === c.guess) discovery.othersTyped++;
          else discovery.lines.push(`  wrong type ${name}: ${quoted(c)} ${other.value}, guessed ${c.guess}`);
        } else discovery.lines.push(`  not a name ${name}: ${quoted(c)} (${c.guess})`);
      }
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
    // Where the names outside the registry are labelled (the tuned parts), precision counts them as right; elsewhere only
    // registry names count, a lower bound.
    const right = d.candidatesOnGold + d.others;
    const precision = d.labelledOthers
      ? `precision ${ratio(right, d.candidates)} (${right}/${d.candidates} candidates are names: ${d.candidatesOnGold} registry, ` +
        `${d.others} labelled outside it, typed right ${d.othersTyped})`
      : `${d.candidatesOnGold}/${d.candidates} candidates are gold names (a lower bound on precision: ${ratio(d.candidatesOnGold, d.candidates)})`;
    if (!partKinds.includes('name') && !part.startsWith('names')) continue;
    process.stdout.write(
      `${part.padEnd(8)} discovery, half the registry removed: ${d.back}/${d.removedMentions} mentions back as candidates ` +
        `(recall ${ratio(d.back, d.removedMentions)}), type guessed right for ${d.typed} (${ratio(d.typed, d.back)}); ` +
        `${precision}\n`,
    );
    if (show === part) for (const l of d.lines) process.stdout.write(`${l}\n`);
    process.stdout.write(
      `${part.padEnd(8)} discovery, no registry: ${bare.back}/${bare.names} labelled names are candidates ` +
        `(recall ${ratio(bare.back, bare.names)}), type right for ${bare.typed} (${ratio(bare.typed, bare.back)}); ` +
        `${bare.onNames}/${bare.candidates} candidates are labelled names (precision ${ratio(bare.onNames, bare.candidates)}` +
        `${d.labelledOthers ? ', every name labelled' : ', a lower bound: only registry names labelled'})\n`,
    );
    if (show === part) for (const l of bare.lines) process.stdout.write(`${l}\n`);
  }
}

main(process.argv.slice(2));
