// Several writers at once, as when a colleague's script, `marginalia import`, `check --fix` and the editor all touch one
// sidecar: every change ends up in the file. And a sidecar that cannot be written stops only itself.
import * as assert from 'node:assert';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { check } from '../../src/cli/check';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';

const CLI = join(__dirname, '..', '..', 'src', 'cli', 'main.js');
const TEXT = 'The accused Zinoviev admitted that he had organised the murder of Kirov. Smirnov denied it.\n';
const PREFACE = 'FROM THE STENOGRAPHIC REPORT\n\n';

/** A brat file of three notes on the names, marked with the writer's number so each can be found afterwards. */
function ann(writer: number): string {
  return ['Zinoviev', 'Kirov', 'Smirnov']
    .map((name, i) => {
      const at = TEXT.indexOf(name);
      return `T${i + 1}\tPerson ${at} ${at + name.length}\t${name}\n#${i + 1}\tAnnotatorNotes T${i + 1}\twriter ${writer} note ${i}\n`;
    })
    .join('');
}

function run(args: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => {
      err += String(d);
    });
    child.on('exit', (code) => resolve({ code, err }));
  });
}

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

describe('reliability: concurrent writers', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-concurrent-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('eight imports and two check --fix at once into one sidecar lose nothing, three rounds running', async function () {
    // Thirty processes on a machine that may be busy: a bound for a hang, not a speed check.
    this.timeout(300_000);
    const text = join(dir, 'essay.txt');
    writeFileSync(text, TEXT);
    const writers = 8;
    for (let w = 0; w < writers * 3; w++) writeFileSync(join(dir, `w${w}.ann`), ann(w));
    for (let round = 0; round < 3; round++) {
      // The text moves under check --fix too, so that it has hints to write while the imports add.
      writeFileSync(text, round % 2 ? TEXT : PREFACE + TEXT);
      const runs = [
        ...Array.from({ length: writers }, (_, i) => run(['import', '--text', text, join(dir, `w${round * writers + i}.ann`)])),
        run(['check', '--fix', dir]),
        run(['check', '--fix', dir]),
      ];
      const results = await Promise.all(runs);
      results.slice(0, writers).forEach((r, i) => assert.strictEqual(r.code, 0, `import ${i} of round ${round}: ${r.err}`));
      const { sidecar, problems } = parseSidecar(readFileSync(join(dir, 'essay.txt.annotations.yaml'), 'utf8'), 'sidecar');
      assert.deepStrictEqual(
        problems.filter((p) => p.severity === 'error'),
        [],
      );
      const notes = new Set(sidecar!.annotations.map((a) => a.note));
      for (let w = 0; w < (round + 1) * writers; w++) {
        for (let n = 0; n < 3; n++)
          assert.ok(notes.has(`writer ${w} note ${n}`), `round ${round}: writer ${w}'s note ${n} was lost`);
      }
      assert.strictEqual(new Set(sidecar!.annotations.map((a) => a.id)).size, sidecar!.annotations.length, 'ids stay unique');
    }
    assert.deepStrictEqual(
      readdirSync(dir).filter((n) => n.startsWith('.')),
      [],
      'no lock or temp file is left behind',
    );
  });

  it('check --fix reports a sidecar it cannot write (file and reason), fixes the others, and exits 1', async () => {
    for (const name of ['a', 'b', 'c']) {
      writeFileSync(join(dir, `${name}.txt`), TEXT);
      const at = TEXT.indexOf('Kirov');
      writeFileSync(
        join(dir, `${name}.txt.annotations.yaml`),
        `version: 1\ntext: ${name}.txt\nannotations:\n  - id: k1\n    kind: person\n    target: { exact: Kirov, start: ${at}, end: ${at + 5} }\n`,
      );
      writeFileSync(join(dir, `${name}.txt`), PREFACE + TEXT); // every annotation moved
    }
    chmodSync(join(dir, 'b.txt.annotations.yaml'), 0o444);
    const before = readFileSync(join(dir, 'b.txt.annotations.yaml'), 'utf8');
    const out = new Sink();
    const err = new Sink();
    const code = await check(['--fix', dir], out, err);
    assert.strictEqual(code, 1);
    assert.match(
      out.text,
      /b\.txt\.annotations\.yaml:1:1: error: not fixed: the file is read-only \(mode 444\) — make it writable/,
    );
    assert.strictEqual(readFileSync(join(dir, 'b.txt.annotations.yaml'), 'utf8'), before);
    for (const name of ['a', 'c']) {
      const fixed = parseSidecar(readFileSync(join(dir, `${name}.txt.annotations.yaml`), 'utf8'), name).sidecar!;
      assert.strictEqual(fixed.annotations[0].target.start, PREFACE.length + TEXT.indexOf('Kirov'), `${name} was fixed`);
    }
  });
});
