/**
 * Sidecars: load (read + parse + validate) all 2,000, and save one after an
 * edit the way the editor and `check --fix` save (changeTextFile on the Node
 * store: lock, read, addAnnotation, temp file, fsync, rename).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { changeTextFile } from '../../src/core/files/change-text-file';
import { NodeFileStore } from '../../src/node/node-file-store';
import { makeTarget } from '../../src/core/anchor/make-target';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';
import { addAnnotation, removeAnnotation } from '../../src/core/sidecar/edit-sidecar';
import { Row, median, row, timeRuns, type Timed } from '../measure';

/** The Node store, timing each write (temp file, fsync, rename): the part of a save that is the disk's. */
class TimedStore extends NodeFileStore {
  readonly writeMs: number[] = [];
  override async write(path: string, bytes: Uint8Array): Promise<void> {
    const t = process.hrtime.bigint();
    await super.write(path, bytes);
    this.writeMs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
}

export async function sidecars(files: string[]): Promise<Row[]> {
  let annotations = 0;
  const load = timeRuns(
    3,
    () => {
      annotations = 0;
      for (const f of files) annotations += parseSidecar(readFileSync(f, 'utf8'), f).sidecar?.annotations.length ?? 0;
    },
    0,
  );
  // As the editor and `check --fix` save: changeTextFile over the Node store (lock file beside the sidecar, read the disk
  // version, edit it, refuse an unreadable result, temp file + fsync + rename), timed whole; the edit alone beside it.
  const store = new TimedStore();
  const save: Timed = [];
  save.cpu = [];
  const editOnly: number[] = [];
  for (let i = 0; i < 11; i++) {
    const file = files[((i + 7) * 97) % files.length];
    const textFile = file.slice(0, -'.annotations.yaml'.length);
    const text = readFileSync(textFile, 'utf8');
    const at = text.indexOf(' ', text.length >> 1) + 1;
    const id = `b${String(i).padStart(5, '0')}`;
    const annotation = { id, kind: 'note', target: makeTarget(text, at, at + 40), note: 'Saved by the benchmark.' };
    const c = process.cpuUsage();
    const t = process.hrtime.bigint();
    const result = await changeTextFile(store, file, (current) => addAnnotation(current, basename(textFile), annotation));
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    const u = process.cpuUsage(c);
    if (result.status !== 'written') throw new Error(`save one sidecar: ${result.status}`);
    const before = readFileSync(file, 'utf8');
    const e = process.hrtime.bigint();
    const after = removeAnnotation(before, id);
    if (i > 0) {
      // the first run warms up
      save.push(ms);
      save.cpu.push((u.user + u.system) / 1000);
      editOnly.push(Number(process.hrtime.bigint() - e) / 1e6);
    }
    writeFileSync(file, after); // untimed: leave the corpus as built
  }
  return [
    row('load 2,000 sidecars', `read + parseSidecar, ${files.length} files, ${annotations} annotations`, load, 'ms', 1500),
    row(
      'save one sidecar',
      'changeTextFile + addAnnotation on the Node store (lock, read, edit, check, temp file, fsync, rename)',
      save,
      'ms',
      10,
      `of which the disk write (temp file, fsync, rename) ${median(store.writeMs.slice(1)).toFixed(1)} ms; the edit alone (removeAnnotation, same file) ${median(editOnly).toFixed(2)} ms`,
    ),
  ];
}
