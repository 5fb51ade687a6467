// The CLI on a corpus full of bad files: each is reported (file, line, fix) and left byte for byte; the rest still works.
import * as assert from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { check } from '../../src/cli/check';
import { importCommand } from '../../src/cli/import';
import { scan } from '../../src/cli/scan';
import { makeTarget } from '../../src/core/anchor/make-target';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';

const TEXT =
  'Smirnov and Goltzman tried to stop themselves in mid-road, between “terror in general” and the assassination of Kirov.\n';
const REGISTRY =
  'version: 1\nentities:\n  - id: kirov\n    type: person\n    name: Sergei Kirov\n    aliases: [Kirov]\n' +
  '  - id: goltzman\n    type: person\n    name: E. S. Goltzman\n    aliases: [Goltzman]\n';

function sidecar(text: string, textName: string, passage = 'Kirov', entity = 'kirov'): string {
  const at = TEXT.indexOf(passage);
  const t = makeTarget(TEXT, at, at + passage.length);
  return (
    `# kept by hand\nversion: 1\ntext: ${textName}\nannotations:\n  - id: b71d02\n    kind: person\n` +
    `    target: { exact: ${JSON.stringify(t.exact)}, start: ${t.start}, end: ${t.end} }\n    entity: ${entity}\n`
  );
}

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function run(command: typeof check, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new Sink();
  const err = new Sink();
  const code = await command(argv, out, err);
  return { code, out: out.text, err: err.text };
}

/** Sidecars that must never be rewritten, each with the line its problem must name. */
const BROKEN: { name: string; bytes: (textName: string) => Buffer; expect: RegExp }[] = [
  {
    name: 'syntax',
    bytes: (t) => Buffer.from(sidecar(TEXT, t).replace('kind: person', 'kind: [person')),
    expect: /:\d+:\d+: error: .* — fix the YAML syntax here/,
  },
  {
    name: 'types',
    bytes: (t) => Buffer.from(sidecar(TEXT, t).replace('annotations:\n', 'annotations: 7\nx:\n')),
    expect: /:4:1: error: 'annotations' must be an array — fix/,
  },
  {
    name: 'version',
    bytes: (t) => Buffer.from(sidecar(TEXT, t).replace('version: 1', 'version: 2')),
    expect: /:2:1: error: 'version' must be 1/,
  },
  {
    name: 'duplicate',
    bytes: (t) => Buffer.from(sidecar(TEXT, t) + sidecar(TEXT, t).split('annotations:\n')[1]),
    expect: /:9:5: error: annotation id 'b71d02' is also used at line 5/,
  },
  {
    name: 'entity',
    bytes: (t) => Buffer.from(sidecar(TEXT, t, 'Kirov', 'kirow')),
    expect: /:5:5: error: annotation 'b71d02': entity 'kirow' is in no entities\.yaml — add it/,
  },
  {
    name: 'outside',
    bytes: () => Buffer.from(sidecar(TEXT, '../../etc/passwd')),
    expect: /:3:1: error: text '\.\.\/\.\.\/etc\/passwd' is outside the sidecar's folder — name a file/,
  },
  {
    name: 'missing',
    bytes: () => Buffer.from(sidecar(TEXT, 'gone.txt')),
    expect: /:3:1: error: text 'gone\.txt' does not exist — fix the name/,
  },
  {
    name: 'latin1',
    bytes: (t) => Buffer.from(sidecar(TEXT, t).replace('# kept by hand', '# notes by Jos\u00e9'), 'latin1'),
    expect: /:1:\d+: error: .*is not valid UTF-8/,
  },
];

describe('reliability: the CLI on bad files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-hostile-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('check --fix reports every broken sidecar, rewrites none of them, and still fixes the good one', async function () {
    this.timeout(20_000);
    writeFileSync(join(dir, 'entities.yaml'), REGISTRY);
    // The good text gained a heading: its annotation moved and --fix must update it.
    writeFileSync(join(dir, 'good.txt'), `PREFACE\n\n${TEXT}`);
    writeFileSync(join(dir, 'good.txt.annotations.yaml'), sidecar(TEXT, 'good.txt'));
    for (const b of BROKEN) {
      writeFileSync(join(dir, `${b.name}.txt`), TEXT);
      writeFileSync(join(dir, `${b.name}.txt.annotations.yaml`), b.bytes(`${b.name}.txt`));
    }
    const r = await run(check, '--fix', dir);
    assert.strictEqual(r.code, 1);
    for (const b of BROKEN) {
      const file = join(dir, `${b.name}.txt.annotations.yaml`);
      assert.ok(
        r.out.split('\n').some((l) => l.startsWith(file) && b.expect.test(l)),
        `${b.name}: ${r.out}`,
      );
      assert.ok(readFileSync(file).equals(b.bytes(`${b.name}.txt`)), `${b.name}: the file is byte for byte as it was`);
    }
    const good = parseSidecar(readFileSync(join(dir, 'good.txt.annotations.yaml'), 'utf8'), 'good');
    assert.strictEqual(
      good.sidecar?.annotations[0].target.start,
      TEXT.indexOf('Kirov') + 'PREFACE\n\n'.length,
      'the rest of the corpus was still fixed',
    );
  });

  it('import into a sidecar that is not UTF-8 is refused, leaving it byte for byte; into a good one it works', async () => {
    writeFileSync(join(dir, 'entities.yaml'), REGISTRY);
    const at = TEXT.indexOf('Kirov');
    for (const name of ['latin1', 'good']) {
      writeFileSync(join(dir, `${name}.txt`), TEXT);
      writeFileSync(join(dir, `${name}.ann`), `T1\tPerson ${at} ${at + 5}\tKirov\n`);
    }
    const latin1 = BROKEN.find((b) => b.name === 'latin1')!.bytes('latin1.txt');
    writeFileSync(join(dir, 'latin1.txt.annotations.yaml'), latin1);
    writeFileSync(join(dir, 'good.txt.annotations.yaml'), sidecar(TEXT, 'good.txt'));
    const r = await run(importCommand, join(dir, 'latin1.ann'), join(dir, 'good.ann'));
    assert.match(r.err, /latin1\.txt\.annotations\.yaml:1:\d+: .*not valid UTF-8/);
    assert.ok(
      readFileSync(join(dir, 'latin1.txt.annotations.yaml')).equals(latin1),
      'the Latin-1 sidecar is byte for byte as it was',
    );
    const good = parseSidecar(readFileSync(join(dir, 'good.txt.annotations.yaml'), 'utf8'), 'good');
    assert.strictEqual(good.sidecar?.annotations.length, 2, 'the good sidecar got the imported annotation beside its own');
  });

  it('scan reports texts that are not what they claim, skips a 60 MB file by size, and scans the rest', async function () {
    this.timeout(20_000);
    writeFileSync(join(dir, 'entities.yaml'), REGISTRY);
    mkdirSync(join(dir, 'texts'));
    const put = (name: string, bytes: Buffer) => writeFileSync(join(dir, 'texts', name), bytes);
    put('a-good.txt', Buffer.from(TEXT));
    put('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    put('latin1.txt', Buffer.from('Le proc\u00e8s de Moscou: Kirov fut assassin\u00e9.\n', 'latin1'));
    // "Троцкий и Киров" in Windows-1251.
    put(
      'cp1251.txt',
      Buffer.from([0xd2, 0xf0, 0xee, 0xf6, 0xea, 0xe8, 0xe9, 0x20, 0xe8, 0x20, 0xca, 0xe8, 0xf0, 0xee, 0xe2, 0x0a]),
    );
    put('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]));
    const huge = join(dir, 'texts', 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 60 * 1024 * 1024); // sparse: 60 MB on paper, nothing on disk, and NUL bytes if it were read
    const r = await run(scan, dir);
    const errors = r.err.split('\n').filter(Boolean);
    const errorOf = (name: string) => errors.find((l) => l.startsWith(join(dir, 'texts', name)));
    assert.match(errorOf('binary.txt') ?? '', /:3:1: error: looks like binary data/);
    assert.match(
      errorOf('latin1.txt') ?? '',
      /:1:8: error: is not valid UTF-8 \(perhaps Windows-1251 or Latin-1\).*Reopen with Encoding/,
    );
    assert.match(errorOf('cp1251.txt') ?? '', /:1:1: error: is not valid UTF-8/);
    assert.match(errorOf('huge.txt') ?? '', /:1:1: error: is 60\.0 MB, over the 20\.0 MB limit; skipped without reading it/);
    assert.strictEqual(errors.length, 4, r.err);
    assert.strictEqual(r.code, 2);
    const kirov = r.out
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { file: string; entity?: string; start: number })
      .filter((m) => m.entity === 'kirov');
    assert.deepStrictEqual(
      kirov.map((m) => [m.file.replace(dir, ''), m.start]),
      [
        ['/texts/a-good.txt', TEXT.indexOf('Kirov')],
        ['/texts/utf16.txt', TEXT.indexOf('Kirov')],
      ],
      'good and UTF-16 texts are scanned, offsets as VS Code counts them',
    );
  });
});
