/**
 * Re-anchoring 1,000 annotations (100 sidecars) after their texts were
 * edited: a paragraph inserted at the start (everything moves), a word
 * changed inside one passage (fuzzy), one passage deleted (orphan).
 */
import { readFileSync } from 'node:fs';
import { reanchor } from '../../src/core/anchor/reanchor';
import type { Target } from '../../src/core/model';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';
import { Row, row, timeRuns } from '../measure';

const INSERTED = 'This paragraph was inserted by the benchmark, so that every annotation below it moves.\n\n';

function edited(text: string, targets: Target[]): string {
  let out = text;
  // Work from the end so earlier offsets stay valid.
  const typo = targets[3];
  const gone = targets[7];
  if (gone?.start !== undefined && gone.end !== undefined) out = out.slice(0, gone.start) + out.slice(gone.end);
  if (typo?.start !== undefined && typo.end !== undefined) {
    const mid = typo.start + ((typo.end - typo.start) >> 1);
    out = out.slice(0, mid) + 'q' + out.slice(mid + 1);
  }
  return INSERTED + out;
}

export function reanchoring(files: string[]): Row[] {
  const jobs = files.slice(0, 100).map((f) => {
    const targets = (parseSidecar(readFileSync(f, 'utf8'), f).sidecar?.annotations ?? []).map((a) => a.target);
    return { text: edited(readFileSync(f.slice(0, -'.annotations.yaml'.length), 'utf8'), targets), targets };
  });
  const count = jobs.reduce((n, j) => n + j.targets.length, 0);
  const status: Record<string, number> = {};
  const runs = timeRuns(3, (i) => {
    for (const { text, targets } of jobs) {
      for (const t of targets) {
        const a = reanchor(text, t);
        if (i === 0) status[a.status] = (status[a.status] ?? 0) + 1;
      }
    }
  });
  const summary = Object.entries(status)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  return [row('re-anchor after edits', `reanchor ${count} annotations in 100 edited texts, total`, runs, 'ms', 1000, summary)];
}
