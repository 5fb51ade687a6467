import * as assert from 'node:assert';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { exportCommand } from '../../src/cli/export';
import { check as checkCommand } from '../../src/cli/check';
import { findText, importCommand } from '../../src/cli/import';
import { exportDocument } from '../../src/core/export/collect';
import { mayReplace, planOutputs } from '../../src/core/export/outputs';
import { textCandidates } from '../../src/core/import/text-of';
import { MAX_TEXT_BYTES } from '../../src/core/text/decode';

/** Runs a CLI command with captured output. */
async function run(command: typeof exportCommand, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks = { out: '', err: '' };
  out.on('data', (d) => {
    chunks.out += String(d);
  });
  err.on('data', (d) => {
    chunks.err += String(d);
  });
  const code = await command(argv, out, err);
  return { code, ...chunks };
}

const REGISTRY = 'version: 1\nentities:\n  - id: kirov\n    type: person\n    name: Sergei Kirov\n    aliases: [Kirov]\n';
const LETTER = 'Kirov was shot on 1 December 1934.\n';
const NOTES = 'Kirov, notes of 2 December 1934.\n';
const HAND_TEI =
  '<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><!-- encoded by hand over three weeks --></TEI>\n';

describe('files: exports never clobber, imports stay in their folder', function () {
  this.timeout(30_000);
  let dir = '';
  let corpus = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-files-'));
    corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'entities.yaml'), REGISTRY);
    writeFileSync(join(corpus, 'letter.txt'), LETTER);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a hand-encoded letter.tei.xml beside letter.txt is kept, reported, and replaced only with --force', async () => {
    writeFileSync(join(corpus, 'letter.tei.xml'), HAND_TEI);
    const r = await run(exportCommand, ['--format', 'tei', corpus]);
    assert.strictEqual(r.code, 2);
    assert.strictEqual(readFileSync(join(corpus, 'letter.tei.xml'), 'utf8'), HAND_TEI);
    assert.match(r.err, /letter\.tei\.xml:1:1: error: exists and was not written by Marginalia; not overwritten — use --force/);
    const forced = await run(exportCommand, ['--format', 'tei', '--force', corpus]);
    assert.strictEqual(forced.code, 0, forced.err);
    assert.match(readFileSync(join(corpus, 'letter.tei.xml'), 'utf8'), /Exported by Marginalia/);
  });

  for (const [format, name] of [
    ['tei', 'letter.tei.xml'],
    ['w3c', 'letter.jsonld'],
    ['csv', 'annotations.csv'],
  ] as const) {
    it(`${format}: a file Marginalia wrote is written again without --force, after the text changed`, async () => {
      assert.strictEqual((await run(exportCommand, ['--format', format, '--out', join(dir, 'out'), corpus])).code, 0);
      const first = readFileSync(join(dir, 'out', name), 'utf8');
      writeFileSync(join(corpus, 'letter.txt'), LETTER + 'Stalin came on 2 December 1934.\n');
      const again = await run(exportCommand, ['--format', format, '--out', join(dir, 'out'), corpus]);
      assert.strictEqual(again.code, 0, again.err);
      assert.notStrictEqual(readFileSync(join(dir, 'out', name), 'utf8'), first);
      assert.match(again.err, new RegExp(`wrote .*${name.replace('.', '\\.')}`));
    });
  }

  it('brat: an existing .ann that differs is never replaced without --force (it has no place for a mark); the same one is left unchanged', async () => {
    const out = join(dir, 'out');
    assert.strictEqual((await run(exportCommand, ['--format', 'brat', '--out', out, corpus])).code, 0);
    const same = await run(exportCommand, ['--format', 'brat', '--out', out, corpus]);
    assert.strictEqual(same.code, 0, same.err);
    assert.match(same.err, /unchanged .*letter\.ann/);
    writeFileSync(join(out, 'letter.ann'), 'T1\tPerson 0 5\tKirov\n#1\tAnnotatorNotes T1\tmy own note\n');
    const r = await run(exportCommand, ['--format', 'brat', '--out', out, corpus]);
    assert.strictEqual(r.code, 2);
    assert.match(readFileSync(join(out, 'letter.ann'), 'utf8'), /my own note/);
  });

  it('letter.txt and letter.md get distinct outputs, and import finds each text again from its output', async () => {
    writeFileSync(join(corpus, 'letter.md'), NOTES);
    for (const format of ['w3c', 'tei', 'brat'] as const) {
      const out = join(dir, `out-${format}`);
      const r = await run(exportCommand, ['--format', format, '--out', out, corpus]);
      assert.strictEqual(r.code, 0, r.err);
      const files = readdirSync(out).sort();
      const expected = {
        w3c: ['letter.md.jsonld', 'letter.txt.jsonld'],
        tei: ['letter.md.tei.xml', 'letter.txt.tei.xml'],
        brat: ['letter.ann', 'letter.md.ann', 'letter.md.txt', 'letter.txt'],
      }[format];
      assert.deepStrictEqual(files, expected);
    }
    // Beside the texts too, and import's textOf leads from each output back to its own text.
    assert.strictEqual((await run(exportCommand, ['--format', 'w3c', corpus])).code, 0);
    for (const [output, text] of [
      ['letter.txt.jsonld', 'letter.txt'],
      ['letter.md.jsonld', 'letter.md'],
    ]) {
      assert.strictEqual(findText(join(corpus, output), readFileSync(join(corpus, output), 'utf8')).path, join(corpus, text));
    }
    assert.deepStrictEqual(textCandidates('letter.txt.ann', ''), ['letter.txt', 'letter.txt.txt']);
  });

  it('planOutputs: no two texts share an output, nor does an output land on another text', () => {
    const doc = (file: string) => exportDocument(file, LETTER, [], [], []);
    const plan = (files: string[], format: 'w3c' | 'brat') =>
      planOutputs(
        format,
        files.map((f) => ({ dir: 'c', doc: doc(f), text: { dir: 'c', name: f } })),
        { besideText: true },
      ).map((p) => `${p.index}:${p.output.name}${p.clash ? ' clash' : ''}`);
    assert.deepStrictEqual(plan(['a.txt', 'b.md'], 'w3c'), ['0:a.jsonld', '1:b.jsonld']);
    assert.deepStrictEqual(plan(['Letter.TXT', 'letter.md'], 'w3c'), ['0:Letter.TXT.jsonld', '1:letter.md.jsonld']);
    // brat's copy of notes.md is notes.md.txt, another text of the corpus: notes.md keeps its full name and the copy goes elsewhere.
    assert.deepStrictEqual(plan(['notes.md', 'notes.md.txt'], 'brat'), [
      '0:notes.md.ann',
      '0:notes.md.txt clash',
      '1:notes.md.txt.ann',
      '1:notes.md.txt.txt',
    ]);
  });

  it('mayReplace: the marks of each format, and nothing else', () => {
    assert.ok(
      mayReplace(
        'a.tei.xml',
        '<teiHeader><fileDesc><publicationStmt><p>Exported by Marginalia from a.txt; unpublished.</p></publicationStmt>',
        'new',
      ),
    );
    assert.ok(!mayReplace('a.tei.xml', HAND_TEI, 'new'));
    assert.ok(mayReplace('a.jsonld', '{"generator": {"type": "Software", "name": "Marginalia"}}', 'new'));
    assert.ok(!mayReplace('a.jsonld', '{"generator": {"name": "Recogito"}}', 'new'));
    assert.ok(!mayReplace('a.jsonld', '{not json', 'new'));
    assert.ok(
      mayReplace(
        'annotations.csv',
        '\ufefffile,kind,start,end,line,column,text,entity,value,quote,speaker,note,tags,id\r\n',
        'new',
      ),
    );
    assert.ok(!mayReplace('annotations.csv', 'name,born\r\nKirov,1886\r\n', 'new'));
    assert.ok(!mayReplace('a.ann', 'T1\tPerson 0 5\tKirov\n', 'T1\tPerson 0 6\tKirov\n'));
    assert.ok(mayReplace('a.ann', 'same', 'same'));
  });

  it('export writes a new file and renames it into place: the old one is never rewritten in place (so never half written)', async () => {
    const out = join(dir, 'out');
    assert.strictEqual((await run(exportCommand, ['--format', 'tei', '--out', out, corpus])).code, 0);
    const before = statSync(join(out, 'letter.tei.xml')).ino;
    const old = readFileSync(join(out, 'letter.tei.xml'), 'utf8');
    writeFileSync(join(corpus, 'letter.txt'), LETTER + 'More on 3 December 1934.\n');
    assert.strictEqual((await run(exportCommand, ['--format', 'tei', '--out', out, corpus])).code, 0);
    // A write in place keeps the inode (and a crash mid-write leaves half a file at the name); a rename brings a new one.
    assert.notStrictEqual(statSync(join(out, 'letter.tei.xml')).ino, before);
    assert.notStrictEqual(readFileSync(join(out, 'letter.tei.xml'), 'utf8'), old);
    assert.deepStrictEqual(
      readdirSync(out).filter((f) => f.startsWith('.')),
      [],
    );
  });

  it('import refuses a W3C target source of file:///elsewhere, naming the file, the line and the fix, and writes nothing there', async () => {
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, 'private.txt'), 'Kirov was here.\n');
    const jsonld = JSON.stringify(
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'Annotation',
        target: { source: `file://${join(elsewhere, 'private.txt')}`, selector: { type: 'TextQuoteSelector', exact: 'Kirov' } },
      },
      null,
      2,
    );
    writeFileSync(join(corpus, 'evil.jsonld'), jsonld);
    const r = await run(importCommand, [join(corpus, 'evil.jsonld')]);
    assert.strictEqual(r.code, 2);
    assert.match(
      r.err,
      /evil\.jsonld:5:1: error: names its text as 'file:\/\/.*private\.txt', a file: address; only a text in this file's folder is read; not imported — put this file beside its text, or name the text with --text FILE/,
    );
    assert.deepStrictEqual(readdirSync(elsewhere), ['private.txt']);
  });

  it('import refuses a relative source that climbs out with .., or a link that leads out', async () => {
    mkdirSync(join(corpus, 'sub'));
    const w3c = (source: string) =>
      JSON.stringify({ type: 'Annotation', target: { source, selector: { type: 'TextQuoteSelector', exact: 'Kirov' } } });
    writeFileSync(join(corpus, 'sub', 'up.jsonld'), w3c('../letter.txt'));
    const up = await run(importCommand, [join(corpus, 'sub', 'up.jsonld')]);
    assert.strictEqual(up.code, 2);
    assert.match(up.err, /up\.jsonld:1:1: error: names its text as '\.\.\/letter\.txt', outside this file's folder/);
    assert.ok(!existsSync(join(corpus, 'letter.txt.annotations.yaml')));
    symlinkSync(join(corpus, 'letter.txt'), join(corpus, 'sub', 'linked.txt'));
    writeFileSync(join(corpus, 'sub', 'linked.ann'), 'T1\tPerson 0 5\tKirov\n');
    const linked = await run(importCommand, [join(corpus, 'sub', 'linked.ann')]);
    assert.strictEqual(linked.code, 2);
    assert.match(linked.err, /linked\.ann:1:1: error: names its text as 'linked\.txt', a link leading outside/);
    // Named with --text, the same text is imported into: the user chose it.
    const chosen = await run(importCommand, ['--text', join(corpus, 'letter.txt'), join(corpus, 'sub', 'linked.ann')]);
    assert.strictEqual(chosen.code, 0, chosen.err);
    assert.ok(existsSync(join(corpus, 'letter.txt.annotations.yaml')));
  });
});

describe('files: large sidecars', function () {
  this.timeout(120_000);
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-large-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a 50,000-annotation sidecar (over 10 MB) is read and checked, not refused', async () => {
    const words: string[] = [];
    for (let i = 0; i < 50_000; i++) words.push(`w${i}`);
    const text = words.join(' ') + '\n';
    let yaml = 'version: 1\ntext: big.txt\nannotations:\n';
    let start = 0;
    words.forEach((w, i) => {
      yaml +=
        `  - id: a${i.toString(16).padStart(5, '0')}\n    kind: note\n    target:\n      exact: ${w}\n      start: ${start}\n      end: ${start + w.length}\n` +
        `    note: A note about this passage, which the historian wrote at some length, number ${i}.\n    created: 2026-11-27T10:00:00Z\n`;
      start += w.length + 1;
    });
    assert.ok(yaml.length > 10 * 1024 * 1024, `${yaml.length}`);
    writeFileSync(join(dir, 'big.txt'), text);
    writeFileSync(join(dir, 'big.txt.annotations.yaml'), yaml);
    const r = await run(checkCommand, [dir]);
    assert.strictEqual(r.code, 0, r.out + r.err);
    assert.match(r.err, /checked 1 sidecar\(s\), 0 registries: 0 error\(s\), 0 warning\(s\)/);
  });

  it('import refuses to grow a sidecar past the size Marginalia reads, and leaves it as it was', async () => {
    const text = 'Kirov was shot on 1 December 1934.\n';
    writeFileSync(join(dir, 'letter.txt'), text);
    // A sidecar just under the limit (a long comment), which the import would push over it.
    const sidecar = `version: 1\ntext: letter.txt\n# ${'x'.repeat(MAX_TEXT_BYTES - 200)}\nannotations:\n  - id: a00001\n    kind: note\n    target:\n      exact: Kirov\n      start: 0\n      end: 5\n`;
    writeFileSync(join(dir, 'letter.txt.annotations.yaml'), sidecar);
    writeFileSync(join(dir, 'letter.ann'), 'T1\tPerson 0 5\tKirov\nT2\tDate 18 33\t1 December 1934\nT3\tPerson 0 5\tKirov\n');
    const r = await run(importCommand, [join(dir, 'letter.ann')]);
    assert.strictEqual(r.code, 2);
    assert.match(
      r.err,
      /letter\.txt\.annotations\.yaml:1:1: error: the result would be 20\.0 MB, over the 20 MB that Marginalia reads back; nothing was written/,
    );
    assert.strictEqual(readFileSync(join(dir, 'letter.txt.annotations.yaml'), 'utf8'), sidecar);
  });
});
