import * as assert from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { exportCommand } from '../../src/cli/export';
import { importCommand } from '../../src/cli/import';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';
import { at, TEXT } from './export-fixture';

const REGISTRY = `version: 1
entities:
  - id: stalin
    type: person
    name: Joseph Stalin
    aliases: [Stalin]
    links: { wikidata: Q855 }
  - id: kirov
    type: person
    name: Sergei Kirov
    aliases: [Kirov]
`;

const SIDECAR = `version: 1
text: trotsky-1936.txt
annotations:
  - id: b71e02
    kind: note
    target:
      exact: Kirov himself
      start: ${at('Kirov himself').start}
      end: ${at('Kirov himself').end}
    note: Compare the trial of Medved.
`;

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

describe('marginalia export / import', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-export-'));
    mkdirSync(join(dir, 'corpus', 'notes'), { recursive: true });
    writeFileSync(join(dir, 'corpus', 'entities.yaml'), REGISTRY);
    writeFileSync(join(dir, 'corpus', 'trotsky-1936.txt'), TEXT);
    writeFileSync(join(dir, 'corpus', 'trotsky-1936.txt.annotations.yaml'), SIDECAR);
    writeFileSync(join(dir, 'corpus', 'notes', 'kirov.md'), '# Kirov\n\nKirov was shot on 1 December 1934.\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const layouts: Array<{ format: string; files: string[] }> = [
    { format: 'w3c', files: ['trotsky-1936.jsonld', 'notes/kirov.jsonld'] },
    { format: 'tei', files: ['trotsky-1936.tei.xml', 'notes/kirov.tei.xml'] },
    { format: 'brat', files: ['trotsky-1936.ann', 'trotsky-1936.txt', 'notes/kirov.md.ann', 'notes/kirov.md.txt'] },
    { format: 'csv', files: ['annotations.csv'] },
  ];
  for (const { format, files } of layouts) {
    it(`--format ${format} --out DIR writes ${files.join(', ')}, mirroring the corpus`, async () => {
      const result = await run(exportCommand, ['--format', format, '--out', join(dir, 'out'), join(dir, 'corpus')]);
      assert.strictEqual(result.code, 0, result.err);
      for (const file of files) assert.ok(existsSync(join(dir, 'out', file)), `${file} written`);
    });
  }

  it('writes beside the text by default, never over the text itself', async () => {
    const result = await run(exportCommand, ['--format', 'brat', join(dir, 'corpus', 'trotsky-1936.txt')]);
    assert.strictEqual(result.code, 0, result.err);
    const stalin = [...TEXT.slice(0, TEXT.indexOf('Stalin'))].length; // in code points, as brat counts
    assert.match(
      readFileSync(join(dir, 'corpus', 'trotsky-1936.ann'), 'utf8'),
      new RegExp(`^T\\d+\tPerson ${stalin} ${stalin + 6}\tStalin$`, 'm'),
    );
    assert.strictEqual(readFileSync(join(dir, 'corpus', 'trotsky-1936.txt'), 'utf8'), TEXT);
  });

  it('w3c beside the texts: each target source resolves from the JSON-LD file to its text', async () => {
    const result = await run(exportCommand, ['--format', 'w3c', join(dir, 'corpus')]);
    assert.strictEqual(result.code, 0, result.err);
    const note = JSON.parse(readFileSync(join(dir, 'corpus', 'notes', 'kirov.jsonld'), 'utf8'));
    assert.strictEqual(note.first.items[0].target.source, 'kirov.md');
    const out = await run(exportCommand, ['--format', 'w3c', '--out', join(dir, 'out'), join(dir, 'corpus')]);
    assert.strictEqual(out.code, 0, out.err);
    assert.strictEqual(
      JSON.parse(readFileSync(join(dir, 'out', 'notes', 'kirov.jsonld'), 'utf8')).first.items[0].target.source,
      'notes/kirov.md',
    );
  });

  it('--out - prints CSV with the registry found above the text', async () => {
    const result = await run(exportCommand, ['--format', 'csv', '--out', '-', join(dir, 'corpus', 'trotsky-1936.txt')]);
    assert.strictEqual(result.code, 0, result.err);
    assert.match(result.out, /\r\ntrotsky-1936\.txt,person,\d+,\d+,3,\d+,Stalin,stalin,/);
    assert.match(result.out, /,Compare the trial of Medved\.,,b71e02,,,,,\r\n/);
  });

  const usage: Array<{ argv: string[]; message: RegExp }> = [
    { argv: ['--format', 'docx', 'x.txt'], message: /unknown format 'docx'/ },
    { argv: ['--format', 'w3c'], message: /usage: marginalia export/ },
    { argv: ['--format', 'brat', '--out', '-', 'x.txt'], message: /give --out DIR/ },
  ];
  for (const { argv, message } of usage) {
    it(`refuses ${argv.join(' ')} with exit code 2`, async () => {
      const result = await run(exportCommand, argv);
      assert.strictEqual(result.code, 2);
      assert.match(result.err, message);
    });
  }

  it('imports an exported .ann into the sidecar of the text it names, beside the existing annotation', async () => {
    await run(exportCommand, ['--format', 'brat', join(dir, 'corpus')]);
    const result = await run(importCommand, [join(dir, 'corpus', 'trotsky-1936.ann')]);
    assert.strictEqual(result.code, 0, result.err);
    const sidecar = parseSidecar(readFileSync(join(dir, 'corpus', 'trotsky-1936.txt.annotations.yaml'), 'utf8'), 'x');
    const annotations = sidecar.sidecar?.annotations ?? [];
    assert.ok(
      annotations.some((a) => a.id === 'b71e02'),
      'the existing annotation stays',
    );
    assert.ok(annotations.some((a) => a.kind === 'person' && a.entity === 'stalin' && a.target.start === TEXT.indexOf('Stalin')));
    assert.match(result.out, /annotation\(s\) into /);
  });

  it('refuses to import when it cannot tell the text', async () => {
    writeFileSync(join(dir, 'lost.ann'), 'T1\tPerson 0 6\tStalin\n');
    const result = await run(importCommand, [join(dir, 'lost.ann')]);
    assert.strictEqual(result.code, 2);
    assert.match(result.err, /--text FILE/);
  });
});
