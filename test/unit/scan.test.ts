import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { scan } from '../../src/cli/scan';

const REGISTRY = `version: 1
entities:
  - id: goltzman
    type: person
    name: E. S. Goltzman
    aliases: [Goltzman]
  - id: copenhagen
    type: place
    name: Copenhagen
    aliases: []
`;
const ESSAY =
  'Goltzman testified: “I met Sedov in Copenhagen in November 1932.”\n\nThe Hotel Bristol has not existed since 1917.\n';

/** Runs the built CLI (dist/cli.js, made by `npm run build`). */
function cli(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['dist/cli.js', 'scan', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

class Collect extends Writable {
  data = '';
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.data += chunk.toString();
    done();
  }
}

describe('marginalia scan', function () {
  // Each case starts node on the built CLI; the machine is shared.
  this.timeout(30000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-scan-'));
    writeFileSync(join(dir, 'entities.yaml'), REGISTRY);
    writeFileSync(join(dir, 'essay.txt'), '\ufeff' + ESSAY);
    writeFileSync(join(dir, 'essay.txt.annotations.yaml'), 'version: 1\ntext: essay.txt\nannotations: []\n');
    for (const hidden of ['node_modules', '.git']) {
      mkdirSync(join(dir, hidden));
      writeFileSync(join(dir, hidden, 'skip.txt'), 'Goltzman in 1936');
    }
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one JSON object per mention, with the directory registry, offsets after the BOM', () => {
    const r = cli(dir);
    assert.strictEqual(r.err, '');
    assert.strictEqual(r.code, 0);
    const file = join(dir, 'essay.txt');
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepStrictEqual(lines, [
      { file, kind: 'person', start: 0, end: 8, text: 'Goltzman', entity: 'goltzman' },
      {
        file,
        kind: 'quote',
        start: 20,
        end: 65,
        text: '“I met Sedov in Copenhagen in November 1932.”',
        quote: 'confession',
        speaker: 'goltzman',
      },
      // Sedov is not in this registry: a lone name inside a sentence, proposed.
      { file, kind: 'candidate', start: 27, end: 32, text: 'Sedov' },
      { file, kind: 'place', start: 36, end: 46, text: 'Copenhagen', entity: 'copenhagen' },
      { file, kind: 'date', start: 50, end: 63, text: 'November 1932', value: '1932-11' },
      { file, kind: 'candidate', start: 71, end: 84, text: 'Hotel Bristol' },
      { file, kind: 'date', start: 107, end: 111, text: '1917', value: '1917' },
    ]);
    for (const l of lines) assert.strictEqual(ESSAY.slice(l.start, l.end), l.text);
  });

  it('reports a registry that does not parse as file:line:col, exits 2, and still scans', () => {
    writeFileSync(join(dir, 'entities.yaml'), 'version: 1\nentities:\n  - id: [unclosed\n');
    const r = cli(dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /entities\.yaml:\d+:\d+: error: /);
    assert.match(r.out, /"kind":"date".*"value":"1932-11"/);
  });

  it('reports a missing path and an undecodable file, and scans the rest', () => {
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x4b, 0x69, 0x72, 0x6f, 0x76, 0xe9, 0x20, 0x31, 0x39, 0x33, 0x36]));
    const r = cli(dir, join(dir, 'missing.txt'));
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /missing\.txt:1:1: error: cannot read: .* — /);
    assert.match(r.err, /latin1\.txt:1:6: error: is not valid UTF-8/);
    assert.match(r.out, /"entity":"goltzman"/);
  });

  it('prints aligned columns under a header with --format table, dates also in words, and refuses unknown formats', () => {
    writeFileSync(join(dir, 'later.txt'), 'In the autumn of 1929 Goltzman met nobody.\n');
    const r = cli('--format', 'table', join(dir, 'essay.txt'), join(dir, 'later.txt'), '--registry', join(dir, 'entities.yaml'));
    assert.strictEqual(r.code, 0);
    const rows = r.out.trim().split('\n');
    assert.match(rows[0], /^WHERE +KIND +TEXT +DETAIL/);
    assert.strictEqual(rows.filter((row) => row.startsWith('WHERE')).length, 1, 'one header for the whole table');
    assert.match(rows[1], /essay\.txt:1:1 +person +Goltzman +goltzman$/);
    assert.ok(
      rows.some((row) => /later\.txt:1:\d+ +date +the autumn of 1929 +1929-23 \(autumn 1929\)/.test(row)),
      rows.join('\n'),
    );
    // Every column starts at the same place in both files: the kind, the text and the detail.
    for (const column of [1, 2, 3]) {
      const starts = rows
        .slice(1)
        .filter((row) => row.split(/ {2,}/).length > column)
        .map((row) => row.indexOf(row.split(/ {2,}/)[column]));
      assert.strictEqual(new Set(starts).size, 1, `column ${column} aligned across files`);
    }
    assert.strictEqual(cli('--format', 'xml', dir).code, 2);
    assert.strictEqual(cli().code, 2);
  });

  it('reads 03/04/1936 day first with --day-first', async () => {
    writeFileSync(join(dir, 'essay.txt'), 'The order dated 03/04/1936 was read.');
    const out = new Collect();
    assert.strictEqual(await scan(['--day-first', join(dir, 'essay.txt')], out, new Collect()), 0);
    assert.match(out.data, /"value":"1936-04-03"/);
  });

  it('finds exactly the checked mentions in the sample essay', async () => {
    const file = 'samples/moscow-trials/trotsky-1936-moscow-confessions.txt';
    const out = new Collect();
    const code = await scan(['--registry', 'samples/moscow-trials/entities.yaml', file], out, new Collect());
    assert.strictEqual(code, 0);
    const expected = readFileSync('test/fixtures/scan/moscow-trials.expected.jsonl', 'utf8').trim().split('\n');
    assert.deepStrictEqual(out.data.trim().split('\n'), expected);
  });
});
