/**
 * Sidecars: load (read + parse + validate) all 2,000, and save one after an
 * edit (edit-sidecar's addAnnotation, then an atomic write: temp file + rename,
 * as the editor and `check --fix` write).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { makeTarget } from '../../src/core/anchor/make-target';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';
import { addAnnotation, removeAnnotation } from '../../src/core/sidecar/edit-sidecar';
import { Row, row, timeRuns, type Timed } from '../measure';

export function sidecars(files: string[]): Row[] {
  let annotations = 0;
  const load = timeRuns(3, () => {
    annotations = 0;
    for (const f of files) annotations += parseSidecar(readFileSync(f, 'utf8'), f).sidecar?.annotations.length ?? 0;
  }, 0);
  const save: Timed = [];
  save.cpu = [];
  for (let i = 0; i < 6; i++) {
    const file = files[((i + 7) * 97) % files.length];
    const textFile = file.slice(0, -'.annotations.yaml'.length);
    const text = readFileSync(textFile, 'utf8');
    const at = text.indexOf(' ', text.length >> 1) + 1;
    const id = `b${String(i).padStart(5, '0')}`;
    const c = process.cpuUsage();
    const t = process.hrtime.bigint();
    // As the editor saves: read the disk version right before, edit it, write a temp file and rename it over.
    const after = addAnnotation(readFileSync(file, 'utf8'), basename(textFile), { id, kind: 'note', target: makeTarget(text, at, at + 40), note: 'Saved by the benchmark.' });
    const tmp = join(dirname(file), `.${basename(file)}.tmp-bench`);
    writeFileSync(tmp, after);
    renameSync(tmp, file);
    if (i > 0) { // the first run warms up
      save.push(Number(process.hrtime.bigint() - t) / 1e6);
      const u = process.cpuUsage(c);
      save.cpu.push((u.user + u.system) / 1000);
    }
    writeFileSync(file, removeAnnotation(after, id)); // untimed: leave the corpus as built
  }
  return [
    row('load 2,000 sidecars', `read + parseSidecar, ${files.length} files, ${annotations} annotations`, load, 'ms', 1500),
    row('save one sidecar', 'read + addAnnotation + atomic write (temp file + rename)', save, 'ms', 10),
  ];
}
