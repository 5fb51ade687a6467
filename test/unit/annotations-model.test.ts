// The annotation layer's logic (src/core/annotations), run in plain Node over an in-memory workspace: loading,
// changes through the one write path, reload ordering, hint patches on save, broken sidecars, concurrent writers.
import * as assert from 'node:assert';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { NodeWorkspace } from '../../src/node/node-workspace';
import { AnnotationsModel, diskChangeMessage } from '../../src/core/annotations/annotations-model';
import { filesHost } from '../../src/core/annotations/files-host';
import { changeTextFile } from '../../src/core/files/change-text-file';
import { MemoryFileStore } from '../../src/core/files/memory-file-store';
import { makeTarget } from '../../src/core/anchor/make-target';
import { addAnnotation, removeAnnotation, updateAnnotation } from '../../src/core/sidecar/edit-sidecar';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';
import type { Annotation } from '../../src/core/model';

const TEXT = '/corpus/letters/deposition.txt';
const SIDECAR = TEXT + '.annotations.yaml';
const BODY = 'On 3 May 1936 the witness said that he admitted a little fact at the Hotel Bristol, and nothing more.\n';

/** An annotation of the first occurrence of `words` in `text`. */
function annotationOf(id: string, text: string, words: string, extra: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(words);
  assert.ok(start >= 0, words);
  return { id, kind: 'note', target: makeTarget(text, start, start + words.length), ...extra };
}

function sidecarWith(...annotations: Annotation[]): string {
  return annotations.reduce<string | undefined>((y, a) => addAnnotation(y, 'deposition.txt', a), undefined) as string;
}

/** A log that keeps what it was told. */
function recordingLog() {
  const lines: string[] = [];
  return {
    lines,
    info: (m: string) => lines.push(`info ${m}`),
    warn: (m: string) => lines.push(`warn ${m}`),
    error: (m: string) => lines.push(`error ${m}`),
  };
}

function setUp(files: Record<string, string>) {
  const store = new MemoryFileStore(files);
  const log = recordingLog();
  const model = new AnnotationsModel(filesHost(store, log));
  const changed: Array<string | undefined> = [];
  model.onDidChange((uri) => changed.push(uri));
  return { store, log, model, changed };
}

/** The annotation entries stored in the sidecar now. */
function stored(store: MemoryFileStore): Annotation[] {
  return parseSidecar(store.text(SIDECAR) ?? '', SIDECAR).sidecar?.annotations ?? [];
}

/** Offsets of a passage, as the model holds them. */
function spans(model: AnnotationsModel<string>): Array<[string, number | undefined, number | undefined]> {
  return model.forDocument(TEXT).map((a) => [a.annotation.id, a.start, a.end]);
}

describe('annotations model (in-memory workspace)', () => {
  describe('loading', () => {
    it('loads every sidecar of the workspace and anchors its annotations in its text, in text order', async () => {
      const other = '/corpus/other.md';
      const { model, changed } = setUp({
        [TEXT]: BODY,
        [SIDECAR]: sidecarWith(
          annotationOf('bristol', BODY, 'Hotel Bristol'),
          annotationOf('fact', BODY, 'admitted a little fact'),
        ),
        [other]: 'Nothing here about Bristol.\n',
        [other + '.annotations.yaml']: addAnnotation(
          undefined,
          'other.md',
          annotationOf('b2', 'Nothing here about Bristol.\n', 'Bristol'),
        ),
        '/corpus/notes.txt': 'not annotated',
      });
      assert.strictEqual(await model.loadAll(), 2);
      assert.deepStrictEqual(spans(model), [
        ['fact', BODY.indexOf('admitted'), BODY.indexOf('admitted') + 'admitted a little fact'.length],
        ['bristol', BODY.indexOf('Hotel Bristol'), BODY.indexOf('Hotel Bristol') + 'Hotel Bristol'.length],
      ]);
      assert.deepStrictEqual(
        model.forDocument(other).map((a) => a.annotation.id),
        ['b2'],
      );
      assert.strictEqual(model.stateOf(SIDECAR)?.text, TEXT, 'a sidecar leads to its state');
      assert.strictEqual(model.stateOf(TEXT)?.content, BODY);
      assert.deepStrictEqual(new Set(changed), new Set([TEXT, other]));
      assert.strictEqual(model.forDocument('/corpus/notes.txt').length, 0);
    });

    it('anchors against the moved text: an annotation whose words are gone is an orphan, kept and listed last', async () => {
      const edited = 'Preface added later.\n' + BODY.replace('Hotel Bristol', 'station');
      const { model } = setUp({
        [TEXT]: edited,
        [SIDECAR]: sidecarWith(
          annotationOf('bristol', BODY, 'Hotel Bristol'),
          annotationOf('fact', BODY, 'admitted a little fact'),
        ),
      });
      await model.loadAll();
      assert.deepStrictEqual(spans(model), [
        ['fact', edited.indexOf('admitted'), edited.indexOf('admitted') + 'admitted a little fact'.length],
        ['bristol', undefined, undefined],
      ]);
    });

    it('reports a sidecar whose text is not beside it (renamed without it), and keeps its annotations', async () => {
      const { model } = setUp({ [SIDECAR]: sidecarWith(annotationOf('fact', BODY, 'admitted a little fact')) });
      await model.loadAll();
      const state = model.stateOf(SIDECAR);
      assert.deepStrictEqual(
        state?.problems.map((p) => [p.code, p.severity, p.line]),
        [['text-missing', 'warning', 1]],
      );
      assert.deepStrictEqual(
        state?.annotations.map((a) => [a.annotation.id, a.start]),
        [['fact', undefined]],
      );
    });

    it('follows `text:` to a text of another name beside the sidecar', async () => {
      const yaml = sidecarWith(annotationOf('fact', BODY, 'admitted a little fact')).replace(
        'text: deposition.txt',
        'text: deposition-1936.txt',
      );
      const { model } = setUp({ [SIDECAR]: yaml, '/corpus/letters/deposition-1936.txt': BODY });
      await model.loadAll();
      assert.strictEqual(model.forDocument('/corpus/letters/deposition-1936.txt')[0]?.start, BODY.indexOf('admitted'));
      assert.strictEqual(model.forDocument(TEXT).length, 0);
    });
  });

  describe('changes through the one write path', () => {
    it('adds, edits and deletes annotations with changeTextFile, and a reload shows each change', async () => {
      const { store, model } = setUp({ [TEXT]: BODY });
      await model.loadAll();
      assert.strictEqual(model.stateOf(TEXT), undefined);

      const host = filesHost(store, recordingLog());
      assert.ok(
        await host.editSidecar(SIDECAR, (y) =>
          addAnnotation(y, 'deposition.txt', annotationOf('fact', BODY, 'admitted a little fact')),
        ),
      );
      await model.reload(SIDECAR);
      assert.deepStrictEqual(spans(model), [['fact', BODY.indexOf('admitted'), BODY.indexOf('admitted') + 22]]);

      await changeTextFile(store, SIDECAR, (y) =>
        addAnnotation(y, 'deposition.txt', annotationOf('bristol', BODY, 'Hotel Bristol', { note: 'Demolished in 1917.' })),
      );
      await changeTextFile(store, SIDECAR, (y) =>
        updateAnnotation(y as string, 'fact', { note: 'Which fact?', tags: ['vague'] }),
      );
      await model.reload(SIDECAR);
      const byId = new Map(model.forDocument(TEXT).map((a) => [a.annotation.id, a.annotation]));
      assert.strictEqual(byId.get('fact')?.note, 'Which fact?');
      assert.deepStrictEqual(byId.get('fact')?.tags, ['vague']);
      assert.strictEqual(byId.get('bristol')?.note, 'Demolished in 1917.');

      await changeTextFile(store, SIDECAR, (y) => removeAnnotation(y as string, 'fact'));
      await model.reload(SIDECAR);
      assert.deepStrictEqual(
        model.forDocument(TEXT).map((a) => a.annotation.id),
        ['bristol'],
      );
      const line = (store.text(SIDECAR) ?? '').split('\n').findIndex((l) => /- id: bristol\b/.test(l));
      assert.ok(line > 0);
      assert.strictEqual(model.stateOf(TEXT)?.annotations[0].sidecarLine, line, 'the line of its item, for diagnostics');
    });

    it('forgets a deleted sidecar and says so for its text', async () => {
      const { store, model, changed } = setUp({
        [TEXT]: BODY,
        [SIDECAR]: sidecarWith(annotationOf('fact', BODY, 'admitted a little fact')),
      });
      await model.loadAll();
      changed.length = 0;
      store.delete(SIDECAR);
      await model.reload(SIDECAR);
      assert.strictEqual(model.stateOf(TEXT), undefined);
      assert.deepStrictEqual(changed, [TEXT]);
    });
  });

  describe('reload ordering', () => {
    it('a reload that started first but read last never puts back the older sidecar', async () => {
      const first = sidecarWith(annotationOf('fact', BODY, 'admitted a little fact'));
      const second = sidecarWith(
        annotationOf('fact', BODY, 'admitted a little fact'),
        annotationOf('bristol', BODY, 'Hotel Bristol'),
      );
      const store = new MemoryFileStore({ [TEXT]: BODY, [SIDECAR]: first });
      // The first read of the sidecar returns its old bytes, but only after the second reload has finished.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let reads = 0;
      const slow = Object.create(store) as MemoryFileStore;
      slow.read = async (path: string) => {
        const bytes = await store.read(path);
        if (path === SIDECAR && reads++ === 0) await held;
        return bytes;
      };
      const model = new AnnotationsModel(filesHost(slow, recordingLog()));
      const older = model.reload(SIDECAR);
      store.put(SIDECAR, second); // another program writes the sidecar
      const newer = model.reload(SIDECAR);
      await newer;
      assert.deepStrictEqual(
        model
          .forDocument(TEXT)
          .map((a) => a.annotation.id)
          .sort(),
        ['bristol', 'fact'],
      );
      release();
      await older;
      assert.deepStrictEqual(
        model
          .forDocument(TEXT)
          .map((a) => a.annotation.id)
          .sort(),
        ['bristol', 'fact'],
        'the late old read is dropped',
      );
    });

    it('a caller of an older reload waits for the newer one, so it sees what is on disk now', async () => {
      const { store, model } = setUp({
        [TEXT]: BODY,
        [SIDECAR]: sidecarWith(annotationOf('fact', BODY, 'admitted a little fact')),
      });
      const older = model.reload(SIDECAR);
      store.put(SIDECAR, sidecarWith(annotationOf('bristol', BODY, 'Hotel Bristol')));
      void model.reload(SIDECAR);
      await older;
      assert.deepStrictEqual(
        model.forDocument(TEXT).map((a) => a.annotation.id),
        ['bristol'],
      );
    });
  });

  describe('live edits and hint patches on save', () => {
    const fact = 'admitted a little fact';

    async function loaded() {
      const ctx = setUp({
        [TEXT]: BODY,
        [SIDECAR]: sidecarWith(annotationOf('fact', BODY, fact), annotationOf('bristol', BODY, 'Hotel Bristol')),
      });
      await ctx.model.loadAll();
      return ctx;
    }

    /** Replaces [start, end) of `text` live, as the editor reports it, and returns the text after. */
    function edit(model: AnnotationsModel<string>, text: string, start: number, end: number, insert: string): string {
      const now = text.slice(0, start) + insert + text.slice(end);
      model.edited(TEXT, now, [{ start, end, text: insert }]);
      return now;
    }

    it('shifts anchors with live edits, without writing anything', async () => {
      const { store, model } = await loaded();
      const before = store.text(SIDECAR);
      const now = edit(model, BODY, 0, 0, 'Minutes of 4 May.\n');
      assert.deepStrictEqual(
        spans(model).map(([id, s]) => [id, s]),
        [
          ['fact', now.indexOf(fact)],
          ['bristol', now.indexOf('Hotel Bristol')],
        ],
      );
      assert.strictEqual(store.text(SIDECAR), before);
    });

    it('keeps the sidecar quiet on save while each quote still finds its passage unaided', async () => {
      const { store, model } = await loaded();
      const before = store.text(SIDECAR);
      const now = edit(model, BODY, 0, 0, 'Minutes of 4 May.\n');
      store.put(TEXT, now);
      await model.saved(TEXT, now);
      assert.strictEqual(store.text(SIDECAR), before);
    });

    it('writes the words a correction changed as `current` beside the kept `exact`, with fresh hints', async () => {
      const { store, model } = await loaded();
      const at = BODY.indexOf('little');
      const now = edit(model, BODY, at, at + 'little'.length, 'small');
      store.put(TEXT, now);
      await model.saved(TEXT, now);
      const entry = stored(store).find((a) => a.id === 'fact');
      assert.strictEqual(entry?.target.exact, fact, 'the annotated words are never overwritten');
      assert.strictEqual(entry?.target.current, 'admitted a small fact');
      assert.strictEqual(entry?.target.start, now.indexOf('admitted'));
      assert.strictEqual(entry?.target.end, now.indexOf('admitted') + 'admitted a small fact'.length);
      assert.strictEqual(
        stored(store).find((a) => a.id === 'bristol')?.target.start,
        BODY.indexOf('Hotel Bristol'),
        'the other entry is untouched',
      );
      assert.strictEqual(model.forDocument(TEXT).find((a) => a.annotation.id === 'fact')?.start, now.indexOf('admitted'));
    });

    it('marks an annotation whose passage was deleted as orphaned on save, and clears the mark when it is typed back', async () => {
      const { store, model } = await loaded();
      const at = BODY.indexOf('Hotel Bristol');
      const cut = edit(model, BODY, at - 'at the '.length, at + 'Hotel Bristol'.length, 'there');
      store.put(TEXT, cut);
      await model.saved(TEXT, cut);
      assert.strictEqual(stored(store).find((a) => a.id === 'bristol')?.orphaned, true);
      assert.deepStrictEqual(
        model.forDocument(TEXT).map((a) => a.annotation.id),
        ['fact', 'bristol'],
        'kept, listed last',
      );

      const back = BODY;
      model.edited(TEXT, back, [{ start: 0, end: cut.length, text: back }]);
      store.put(TEXT, back);
      await model.saved(TEXT, back);
      const entry = stored(store).find((a) => a.id === 'bristol');
      assert.strictEqual(entry?.orphaned, undefined);
      assert.strictEqual(model.forDocument(TEXT).find((a) => a.annotation.id === 'bristol')?.start, at);
    });
  });

  describe('broken sidecars', () => {
    it('reports a sidecar that does not parse, and neither a save nor an edit overwrites it', async () => {
      const broken = sidecarWith(annotationOf('fact', BODY, 'admitted a little fact')).replace('kind: note', 'kind: [note');
      const { store, model, log } = setUp({ [TEXT]: BODY, [SIDECAR]: broken });
      await model.loadAll();
      const state = model.stateOf(TEXT);
      assert.ok(
        state && state.problems.some((p) => p.severity === 'error' && p.code.startsWith('yaml')),
        JSON.stringify(state?.problems),
      );
      const at = BODY.indexOf('little');
      const now = BODY.slice(0, at) + 'small' + BODY.slice(at + 6);
      model.edited(TEXT, now, [{ start: at, end: at + 6, text: 'small' }]);
      store.put(TEXT, now);
      await model.saved(TEXT, now);
      assert.strictEqual(store.text(SIDECAR), broken, 'the hints wait until the sidecar is fixed');

      const ok = await filesHost(store, log).editSidecar(SIDECAR, (y) =>
        addAnnotation(y, 'deposition.txt', annotationOf('b', BODY, 'Hotel Bristol')),
      );
      assert.strictEqual(ok, false);
      assert.strictEqual(store.text(SIDECAR), broken);
      assert.ok(
        log.lines.some((l) =>
          /^warn .*Fix the YAML error at deposition\.txt\.annotations\.yaml:\d+:\d+.*nothing was written/.test(l),
        ),
        log.lines.join('\n'),
      );
    });

    it('reports a sidecar that is not UTF-8 text, and never writes over it', async () => {
      const { store, model } = setUp({ [TEXT]: BODY });
      const bytes = new Uint8Array([0x76, 0x65, 0x72, 0xff, 0xfe, 0x0a]);
      store.files.set(SIDECAR, bytes);
      await model.loadAll();
      const state = model.stateOf(SIDECAR);
      assert.strictEqual(state?.problems.length, 1);
      assert.strictEqual(state?.problems[0].severity, 'error');
      const result = await changeTextFile(store, SIDECAR, (y) =>
        addAnnotation(y, 'deposition.txt', annotationOf('b', BODY, 'Hotel Bristol')),
      );
      assert.strictEqual(result.status, 'refused');
      assert.strictEqual(store.files.get(SIDECAR), bytes);
    });

    it('logs a write the file system refuses (read-only sidecar), and keeps the live anchors', async () => {
      const { store, model, log } = setUp({
        [TEXT]: BODY,
        [SIDECAR]: sidecarWith(annotationOf('fact', BODY, 'admitted a little fact')),
      });
      await model.loadAll();
      store.readOnly.add(SIDECAR);
      const before = store.text(SIDECAR);
      const at = BODY.indexOf('little');
      const now = BODY.slice(0, at) + 'small' + BODY.slice(at + 6);
      model.edited(TEXT, now, [{ start: at, end: at + 6, text: 'small' }]);
      await model.saved(TEXT, now);
      assert.strictEqual(store.text(SIDECAR), before);
      assert.ok(
        log.lines.some((l) => l.startsWith('error') && l.includes('read-only')),
        log.lines.join('\n'),
      );
      assert.strictEqual(model.forDocument(TEXT)[0].start, now.indexOf('admitted'));
    });
  });

  describe('concurrent writers', () => {
    it('a save and another writer on the same sidecar at once: both changes are kept', async () => {
      const { store, model } = setUp({
        [TEXT]: BODY,
        [SIDECAR]: sidecarWith(annotationOf('fact', BODY, 'admitted a little fact')),
      });
      await model.loadAll();
      const at = BODY.indexOf('little');
      const now = BODY.slice(0, at) + 'small' + BODY.slice(at + 6);
      model.edited(TEXT, now, [{ start: at, end: at + 6, text: 'small' }]);
      store.put(TEXT, now);
      const other = changeTextFile(store, SIDECAR, (y) =>
        addAnnotation(y, 'deposition.txt', annotationOf('bristol', now, 'Hotel Bristol', { note: 'added elsewhere' })),
      );
      await Promise.all([model.saved(TEXT, now), other]);
      const entries = new Map(stored(store).map((a) => [a.id, a]));
      assert.strictEqual(entries.get('fact')?.target.current, 'admitted a small fact');
      assert.strictEqual(entries.get('bristol')?.note, 'added elsewhere');
    });

    it('decides hint patches against the sidecar as it is when written: an entry changed elsewhere is left to its reload', async () => {
      const { store, model } = setUp({
        [TEXT]: BODY,
        [SIDECAR]: sidecarWith(annotationOf('fact', BODY, 'admitted a little fact')),
      });
      await model.loadAll();
      // Another program re-targets the annotation after the model loaded it.
      const elsewhere = annotationOf('fact', BODY, 'the witness said');
      store.put(SIDECAR, updateAnnotation(store.text(SIDECAR) as string, 'fact', { target: elsewhere.target }));
      const at = BODY.indexOf('little');
      const now = BODY.slice(0, at) + 'small' + BODY.slice(at + 6);
      model.edited(TEXT, now, [{ start: at, end: at + 6, text: 'small' }]);
      await model.saved(TEXT, now);
      const entry = stored(store)[0];
      assert.strictEqual(entry.target.exact, 'the witness said');
      assert.strictEqual(entry.target.current, undefined);
    });
  });

  describe('texts changed on disk and renamed', () => {
    it('re-anchors after a change on disk and says what moved and what was orphaned', async () => {
      const { store, model } = setUp({
        [TEXT]: BODY,
        [SIDECAR]: sidecarWith(
          annotationOf('fact', BODY, 'admitted a little fact'),
          annotationOf('bristol', BODY, 'Hotel Bristol'),
        ),
      });
      await model.loadAll();
      store.put(TEXT, 'Read into the record: ' + BODY.replace('Hotel Bristol', 'station'));
      const change = await model.changedOnDisk(TEXT);
      assert.deepStrictEqual(
        change?.moved.map((a) => a.annotation.id),
        ['fact'],
      );
      assert.deepStrictEqual(
        change?.orphaned.map((a) => a.annotation.id),
        ['bristol'],
      );
      assert.strictEqual(
        diskChangeMessage('deposition.txt', change!),
        'deposition.txt changed on disk: 1 annotation(s) moved (fact), 1 orphaned (bristol): see Problems.',
      );
      assert.strictEqual(diskChangeMessage('deposition.txt', { moved: [], orphaned: [] }), undefined);
      assert.strictEqual(await model.changedOnDisk('/corpus/unannotated.txt'), undefined);
    });

    it('points a sidecar renamed with its text at the new name, and leaves one that named another text alone', async () => {
      const renamedText = '/corpus/letters/deposition-may.txt';
      const renamedSidecar = renamedText + '.annotations.yaml';
      const { store, model } = setUp({
        [TEXT]: BODY,
        [SIDECAR]: sidecarWith(annotationOf('fact', BODY, 'admitted a little fact')),
      });
      await model.loadAll();
      for (const [from, to] of [
        [TEXT, renamedText],
        [SIDECAR, renamedSidecar],
      ]) {
        store.files.set(to, store.files.get(from) as Uint8Array);
        store.delete(from);
      }
      await model.reload(SIDECAR);
      await model.renamed([
        { oldUri: TEXT, newUri: renamedText },
        { oldUri: SIDECAR, newUri: renamedSidecar },
      ]);
      assert.match(store.text(renamedSidecar) ?? '', /^text: deposition-may\.txt$/m);
      assert.strictEqual(model.forDocument(renamedText)[0]?.start, BODY.indexOf('admitted'));

      const before = store.text(renamedSidecar);
      await model.renamed([
        { oldUri: '/corpus/letters/unrelated.txt', newUri: '/corpus/letters/x.txt' },
        { oldUri: '/corpus/letters/unrelated.txt.annotations.yaml', newUri: renamedSidecar },
      ]);
      assert.strictEqual(store.text(renamedSidecar), before);
    });
  });
});

describe('workspace files: list and stat (memory and Node fs)', () => {
  const files = {
    'a/x.txt': 'x',
    'a/x.txt.annotations.yaml': 'version: 1\n',
    'b/c/entities.yaml': 'version: 1\n',
    'b/.hidden/y.txt': 'y',
  };

  it('memory: lists by workspace-relative glob and stats files and folders', async () => {
    const store = new MemoryFileStore(Object.fromEntries(Object.entries(files).map(([p, t]) => ['/' + p, t])));
    assert.deepStrictEqual(await store.list('**/*.annotations.yaml'), ['/a/x.txt.annotations.yaml']);
    assert.deepStrictEqual(await store.list('**/entities.yaml'), ['/b/c/entities.yaml']);
    assert.deepStrictEqual(await store.stat('/a/x.txt'), { kind: 'file', size: 1 });
    assert.deepStrictEqual(await store.stat('/b'), { kind: 'directory', size: 0 });
    assert.strictEqual(await store.stat('/nothing'), undefined);
  });

  it('Node fs: the same answers on disk (dot-folders and node_modules are not listed)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'marginalia-ws-'));
    try {
      for (const [p, t] of Object.entries({ ...files, 'node_modules/z/entities.yaml': 'version: 1\n' })) {
        mkdirSync(dirname(join(root, p)), { recursive: true });
        writeFileSync(join(root, p), t);
      }
      const ws = new NodeWorkspace(root);
      assert.deepStrictEqual(await ws.list('**/*.annotations.yaml'), [join(root, 'a/x.txt.annotations.yaml')]);
      assert.deepStrictEqual(await ws.list('**/entities.yaml'), [join(root, 'b/c/entities.yaml')]);
      assert.deepStrictEqual(await ws.list('**/*.txt'), [join(root, 'a/x.txt')]);
      assert.deepStrictEqual(await ws.stat(join(root, 'a/x.txt')), { kind: 'file', size: 1 });
      assert.strictEqual((await ws.stat(join(root, 'b')))?.kind, 'directory');
      assert.strictEqual(await ws.stat(join(root, 'nothing')), undefined);
      // The annotation model runs over it as over memory.
      const model = new AnnotationsModel(filesHost(ws, recordingLog()));
      assert.strictEqual(await model.loadAll(), 1);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
