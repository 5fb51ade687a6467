import * as assert from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { check } from '../../src/cli/check';
import { claims } from '../../src/cli/claims';

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function run(command: typeof claims, ...argv: string[]) {
  const out = new Sink();
  const err = new Sink();
  const code = await command(argv, out, err);
  return { code, out: out.text, err: err.text };
}

const SAMPLE = 'samples/moscow-trials';
const SIDECAR = `${SAMPLE}/trotsky-1936-moscow-confessions.txt.annotations.yaml`;

describe('claims: the command line on the sample corpus', function () {
  this.timeout(20000);

  it('claims --format jsonl prints the ledger and the contradictions the essay argues, as its contract says', async () => {
    const { code, out, err } = await run(claims, '--format', 'jsonl', SAMPLE);
    assert.strictEqual(code, 0, err);
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const goltzman = rows.find((r) => r.type === 'claim' && r.where === 'hotel-bristol');
    assert.deepStrictEqual(Object.keys(goltzman), ['type', 'id', 'file', 'line', 'by', 'who', 'where', 'when', 'what']);
    assert.deepStrictEqual(
      [goltzman.by, goltzman.who, goltzman.when, goltzman.file],
      ['goltzman', ['goltzman', 'sedov-leon'], '1932-11', SIDECAR],
    );
    assert.match(readFileSync(SIDECAR, 'utf8').split('\n')[goltzman.line - 1], new RegExp(`- id: ${goltzman.id}`));
    const sedov = rows.find((r) => r.type === 'evidence' && r.where === 'berlin');
    const found = rows
      .filter((r) => r.type === 'contradiction')
      .map((r) => `${r.code} ${r.ids.join(' ')}`)
      .sort();
    assert.ok(found.includes(`contradiction/place-not-existing ${goltzman.id}`), found.join('\n'));
    assert.ok(found.includes(`contradiction/two-places ${goltzman.id} ${sedov.id}`), found.join('\n'));
    assert.ok(found.includes(`contradiction/refuted ${goltzman.id} ${sedov.id}`), found.join('\n'));
    for (const r of rows.filter((x) => x.type === 'contradiction'))
      assert.deepStrictEqual(Object.keys(r), ['type', 'code', 'ids', 'message']);
    // Berman-Yurin and Fritz David put Trotsky in Copenhagen, where he was: no contradiction names them.
    const consistent = rows.filter((r) => r.type === 'claim' && ['berman-yurin', 'david-fritz'].includes(r.by)).map((r) => r.id);
    assert.strictEqual(consistent.length, 2);
    assert.ok(rows.filter((r) => r.type === 'contradiction').every((r) => !r.ids.some((id: string) => consistent.includes(id))));
  });

  it('claims --format table names people and places in words', async () => {
    const { code, out } = await run(claims, SAMPLE);
    assert.strictEqual(code, 0);
    assert.match(out, /Eduard Goltzman, Leon Sedov +Hotel Bristol, Copenhagen +1932-11/);
    assert.match(out, /contradiction\/place-not-existing/);
  });

  it('check reports the contradictions as warnings at the claim, exit status 0', async () => {
    const { code, out } = await run(check, SAMPLE);
    assert.strictEqual(code, 0, out);
    const lines = out.trim().split('\n');
    for (const c of ['place-not-existing', 'two-places', 'refuted']) {
      assert.ok(
        lines.some((l) => new RegExp(`^${SIDECAR}:\\d+:\\d+: warning: .*`).test(l) && l.includes('Hotel Bristol')),
        c,
      );
    }
    assert.ok(lines.some((l) => /existed only until 1917 \(samples\/moscow-trials\/entities\.yaml:\d+\)/.test(l)));
  });
});

describe('claims: a broken claim', function () {
  this.timeout(20000);
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-claims-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gets file:line:col messages for an unknown id and a bad date, and changes nothing', async () => {
    writeFileSync(join(dir, 'entities.yaml'), 'version: 1\nentities:\n  - id: sedov\n    type: person\n    name: Leon Sedov\n');
    writeFileSync(join(dir, 'essay.txt'), 'Sedov was in Copenhagen.\n');
    const sidecar =
      'version: 1\ntext: essay.txt\nannotations:\n  - id: a1b2c3\n    kind: claim\n    target: { exact: "Sedov was in Copenhagen.", start: 0, end: 24 }\n' +
      '    claim:\n      who: [sedov]\n      where: copenhagen\n      when: 1932-14\n';
    const file = join(dir, 'essay.txt.annotations.yaml');
    writeFileSync(file, sidecar);
    const checked = await run(check, dir);
    assert.strictEqual(checked.code, 0, 'warnings only');
    assert.ok(
      checked.out.includes(`${file}:9:7: warning: claim 'a1b2c3': where 'copenhagen' is in no entities.yaml`),
      checked.out,
    );
    assert.ok(checked.out.includes(`${file}:10:7: warning: claim 'a1b2c3': when '1932-14' is not an EDTF date`), checked.out);
    const listed = await run(claims, '--format', 'jsonl', dir);
    assert.strictEqual(listed.code, 0);
    assert.match(listed.err, /:10:7: warning: .*'1932-14' is not an EDTF date/);
    assert.strictEqual(readFileSync(file, 'utf8'), sidecar);
  });

  it('refuses a bad format with the usage', async () => {
    const { code, err } = await run(claims, '--format', 'xml', dir);
    assert.strictEqual(code, 2);
    assert.match(err, /unknown format 'xml'/);
  });
});

describe('claims: check of one text of a corpus', function () {
  this.timeout(20000);
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-claims-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds a claim refuted from another text, and reports it at the text checked', async () => {
    writeFileSync(
      join(dir, 'entities.yaml'),
      'version: 1\nentities:\n  - id: sedov\n    type: person\n    name: Leon Sedov\n' +
        '  - id: copenhagen\n    type: place\n    name: Copenhagen\n',
    );
    writeFileSync(join(dir, 'trial.txt'), 'Sedov was in Copenhagen.\n');
    writeFileSync(join(dir, 'essay.txt'), 'My son has never been to Copenhagen.\n');
    writeFileSync(
      join(dir, 'trial.txt.annotations.yaml'),
      'version: 1\ntext: trial.txt\nannotations:\n  - id: c00001\n    kind: claim\n' +
        '    target: { exact: "Sedov was in Copenhagen.", start: 0, end: 24 }\n    claim: { who: [sedov], where: copenhagen, when: 1932-11 }\n',
    );
    writeFileSync(
      join(dir, 'essay.txt.annotations.yaml'),
      'version: 1\ntext: essay.txt\nannotations:\n  - id: e00001\n    kind: evidence\n' +
        '    target: { exact: "My son has never been to Copenhagen.", start: 0, end: 36 }\n    refutes: [c00001]\n',
    );
    const one = await run(check, join(dir, 'essay.txt'));
    assert.strictEqual(one.code, 0, one.out);
    assert.ok(!/unknown-id|names no claim/.test(one.out), one.out);
    assert.match(
      one.out,
      new RegExp(
        `^${join(dir, 'essay.txt.annotations.yaml').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:4:5: warning: claim 'c00001' .* is refuted by evidence 'e00001'`,
        'm',
      ),
    );
    const other = await run(check, join(dir, 'trial.txt'));
    assert.match(other.out, /trial\.txt\.annotations\.yaml:4:5: warning: claim 'c00001'/);
  });
});
