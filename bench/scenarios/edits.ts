/**
 * Re-indexing after edits, as the editor does it: CorpusIndex.update of a
 * 1 MB text after an edit (with and without the editor's change hint), and a
 * keystroke in a 5 MB text (only the changed paragraphs are re-scanned).
 */
import { readFileSync } from 'node:fs';
import { CorpusIndex } from '../../src/core/corpus/corpus-index';
import { createScanner } from '../../src/core/corpus/scanner';
import type { Entity } from '../../src/core/model';
import { corpus } from '../build-corpus';
import { prng } from '../build-sidecars';
import { Row, row, timeRuns } from '../measure';

/** Inserts `what` at a random word boundary in the middle half of the text. */
function edit(text: string, random: () => number, what: string): { text: string; at: number } {
  let at = Math.floor(text.length * (0.25 + random() / 2));
  while (at < text.length && text[at] !== ' ') at++;
  return { text: text.slice(0, at) + what + text.slice(at), at };
}

function editRuns(entities: Entity[], file: string, runs: number, what: string, withHint: boolean): number[] {
  const index = new CorpusIndex(createScanner(entities));
  let text = readFileSync(file, 'utf8');
  index.update(file, text);
  const random = prng(1789);
  return timeRuns(runs, () => {
    const e = edit(text, random, what);
    const hint = withHint ? { prefix: e.at, suffix: text.length - e.at } : undefined;
    text = e.text;
    index.update(file, text, hint);
  });
}

export function edits(entities: Entity[]): Row[] {
  const scan = createScanner(entities);
  const oneMb = readFileSync(corpus.oneMb, 'utf8');
  return [
    row('re-index one 1 MB text after an edit', 'CorpusIndex.update, edit found by diff (file changed on disk)', editRuns(entities, corpus.oneMb, 5, ' President Lincoln', false), 'ms', 20),
    row('re-index one 1 MB text after an edit', 'CorpusIndex.update with the editor\'s change hint', editRuns(entities, corpus.oneMb, 5, ' President Lincoln', true), 'ms', 20),
    row('re-index one 1 MB text after an edit', 'for reference: whole-text re-scan of the 1 MB text', timeRuns(3, () => { scan(oneMb); }, 0), 'ms', undefined,
      'what update costs when a text is new or stale'),
    row('keystroke in a 5 MB text', 'CorpusIndex.update with change hint (changed paragraphs re-scanned)', editRuns(entities, corpus.normal5mb, 5, 'x', true), 'ms', 5),
  ];
}
