/**
 * Writes 2,000 sidecars with 10 annotations each beside texts of the
 * benchmark corpus, anchored on real passages with the core's makeTarget and
 * written with addAnnotation, as the editor writes them. Idempotent: skipped
 * when the stamp says they are complete.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotation } from '../src/core/model';
import { makeTarget } from '../src/core/anchor/make-target';
import { addAnnotation } from '../src/core/sidecar/edit-sidecar';
import { corpus } from './build-corpus';

export const SIDECARS = 2000;
export const PER_SIDECAR = 10;
const STAMP = join(corpus.root, 'sidecars.json');
const KINDS = ['note', 'person', 'date', 'quote', 'confession'];

/** A small seeded PRNG (mulberry32), so every build picks the same passages. */
export function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The texts that get a sidecar, in corpus order. */
export function annotatedTexts(): string[] {
  const out: string[] = [];
  for (const copy of readdirSync(corpus.texts).sort()) {
    for (const f of readdirSync(join(corpus.texts, copy)).sort()) {
      if (f.endsWith('.txt') && out.length < SIDECARS) out.push(join(corpus.texts, copy, f));
    }
  }
  return out;
}

/** Ten passages of 3 to 12 words, starting at word boundaries, spread over the text. */
export function passages(text: string, random: () => number, count = PER_SIDECAR): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const slice = Math.floor(text.length / count);
  for (let i = 0; i < count; i++) {
    const words = [...text.slice(i * slice, (i + 1) * slice).matchAll(/\S+/g)];
    const first = Math.floor(random() * Math.max(1, words.length - 12));
    const last = Math.min(words.length - 1, first + 2 + Math.floor(random() * 10));
    if (!words[first]) continue;
    out.push([i * slice + words[first].index, i * slice + words[last].index + words[last][0].length]);
  }
  return out;
}

/** Builds the sidecars unless complete; returns their paths. */
export function buildSidecars(log: (s: string) => void = () => {}): string[] {
  const texts = annotatedTexts();
  const sidecars = texts.map((t) => `${t}.annotations.yaml`);
  if (existsSync(STAMP) && JSON.parse(readFileSync(STAMP, 'utf8')).count === sidecars.length) return sidecars;
  log(`writing ${sidecars.length} sidecars (one time)`);
  const random = prng(1936);
  texts.forEach((file, n) => {
    const text = readFileSync(file, 'utf8');
    const name = file.slice(file.lastIndexOf('/') + 1);
    let yaml: string | undefined;
    passages(text, random).forEach(([start, end], i) => {
      const annotation: Annotation = {
        id: (n * PER_SIDECAR + i).toString(16).padStart(6, '0'),
        kind: KINDS[i % KINDS.length],
        target: makeTarget(text, start, end),
        note: `Benchmark note ${i + 1} on this passage.`,
        created: '2026-11-27T10:00:00Z',
      };
      yaml = addAnnotation(yaml, name, annotation);
    });
    writeFileSync(sidecars[n], yaml ?? '');
  });
  writeFileSync(STAMP, JSON.stringify({ count: sidecars.length }) + '\n');
  return sidecars;
}

if (require.main === module) {
  const t = Date.now();
  const s = buildSidecars(console.log);
  console.log(`${s.length} sidecars (${Date.now() - t} ms)`);
}
