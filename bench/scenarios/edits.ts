/**
 * Re-indexing after edits, as the editor does it: CorpusIndex.update of a
 * 1 MB text after an edit (with and without the editor's change hint), and a
 * keystroke in a 5 MB text (only the changed paragraphs are re-scanned), in
 * an index that also holds 233 other texts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusIndex } from '../../src/core/corpus/corpus-index';
import { createScanner } from '../../src/core/corpus/scanner';
import type { Entity } from '../../src/core/model';
import { corpus } from '../build-corpus';
import { prng } from '../build-sidecars';
import { Row, row, timeRuns, type Timed } from '../measure';

/** Inserts `what` at a random word boundary in the middle half of the text. */
function edit(text: string, random: () => number, what: string): { text: string; at: number } {
  let at = Math.floor(text.length * (0.25 + random() / 2));
  while (at < text.length && text[at] !== ' ') at++;
  return { text: text.slice(0, at) + what + text.slice(at), at };
}

/**
 * V8 keeps `a + b + c` of megabytes as a rope and flattens it on first use;
 * the editor's getText() hands over a flat string, so flatten before timing.
 */
function flat(text: string): string {
  text.lastIndexOf('\n', 1);
  return text;
}

function editRuns(index: CorpusIndex, file: string, runs: number, what: string, withHint: boolean): Timed {
  let text = readFileSync(file, 'utf8');
  index.update(file, text);
  const random = prng(1789);
  const out: Timed = [];
  out.cpu = [];
  for (let i = -1; i < runs; i++) {
    const e = edit(text, random, what);
    const hint = withHint ? { prefix: e.at, suffix: text.length - e.at } : undefined;
    text = flat(e.text);
    const c = process.cpuUsage();
    const t = process.hrtime.bigint();
    index.update(file, text, hint);
    if (i < 0) continue; // warm-up
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
    const u = process.cpuUsage(c);
    out.cpu.push((u.user + u.system) / 1000);
  }
  return out;
}

export function edits(entities: Entity[]): Row[] {
  const scan = createScanner(entities);
  // The edited texts sit in an index that also holds one copy of the corpus (233 texts), as in a workspace.
  const index = new CorpusIndex(scan);
  const copy = join(corpus.texts, 'copy-00');
  for (const f of readdirSync(copy).filter((n) => n.endsWith('.txt')))
    index.update(join(copy, f), readFileSync(join(copy, f), 'utf8'));
  const oneMb = readFileSync(corpus.oneMb, 'utf8');
  return [
    row(
      're-index one 1 MB text after an edit',
      'CorpusIndex.update, edit found by diff (file changed on disk)',
      editRuns(index, corpus.oneMb, 5, ' President Lincoln', false),
      'ms',
      20,
    ),
    row(
      're-index one 1 MB text after an edit',
      "CorpusIndex.update with the editor's change hint",
      editRuns(index, corpus.oneMb, 5, ' President Lincoln', true),
      'ms',
      20,
    ),
    row(
      're-index one 1 MB text after an edit',
      'for reference: whole-text re-scan of the 1 MB text',
      timeRuns(
        3,
        () => {
          scan(oneMb);
        },
        0,
      ),
      'ms',
      undefined,
      'what update costs when a text is new or stale',
    ),
    row(
      'keystroke in a 5 MB text',
      'CorpusIndex.update with change hint (changed paragraphs re-scanned)',
      editRuns(index, corpus.normal5mb, 5, 'x', true),
      'ms',
      5,
    ),
  ];
}
