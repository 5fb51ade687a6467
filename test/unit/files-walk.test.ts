import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBounded, readText } from '../../src/cli/load-texts';
import { walkCorpus } from '../../src/cli/walk';
import type { Problem } from '../../src/core/model';

/** Runs the built CLI (dist/cli.js, made by `npm run build`), never for more than 20 s: a hang fails the test instead of the run. */
function cli(...args: string[]): { code: number | null; out: string; err: string; signal: NodeJS.Signals | null } {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, out: r.stdout, err: r.stderr, signal: r.signal };
}

describe('files: the corpus walk stays inside the corpus and reads only regular files', function () {
  this.timeout(60_000);
  let base: string;
  let corpus: string;
  let outside: string;
  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'marginalia-walk-'));
    corpus = join(base, 'corpus');
    outside = join(base, 'private');
    mkdirSync(join(corpus, 'sub'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(join(corpus, 'letter.txt'), 'Kirov was killed on 1 December 1934.\n');
    writeFileSync(join(corpus, 'sub', 'diary.md'), 'On 2 December 1934 Stalin came.\n');
    writeFileSync(join(outside, 'secret.txt'), 'my password is hunter2\n');
    writeFileSync(join(outside, 'entities.yaml'), 'version: 1\nentities: []\n');
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  it('links to the folder itself neither loop nor repeat texts: each real file once', () => {
    symlinkSync('.', join(corpus, 'a'));
    symlinkSync('.', join(corpus, 'b'));
    symlinkSync('..', join(corpus, 'sub', 'up'));
    symlinkSync('../letter.txt', join(corpus, 'sub', 'again.txt'));
    const found = walkCorpus([corpus]);
    assert.deepStrictEqual(found.texts.map((t) => t.slice(corpus.length + 1)).sort(), ['letter.txt', 'sub/diary.md']);
    assert.deepStrictEqual(found.skipped, []);
  });

  it('scan and check end on a corpus of looping links', () => {
    symlinkSync('.', join(corpus, 'a'));
    symlinkSync('.', join(corpus, 'b'));
    const scan = cli('scan', '--jobs', '1', corpus);
    assert.strictEqual(scan.signal, null, 'scan hung');
    assert.strictEqual(scan.out.split('\n').filter((l) => l.includes('"kind":"date"')).length, 2, scan.out);
    const check = cli('check', corpus);
    assert.strictEqual(check.signal, null, 'check hung');
  });

  it('a link leading out of the corpus is not followed, and is named in a warning', () => {
    symlinkSync(outside, join(corpus, 'secrets'));
    symlinkSync(join(outside, 'secret.txt'), join(corpus, 'sub', 'note.txt'));
    const found = walkCorpus([corpus]);
    assert.deepStrictEqual(found.texts.map((t) => t.slice(corpus.length + 1)).sort(), ['letter.txt', 'sub/diary.md']);
    assert.deepStrictEqual(found.registries, []);
    assert.deepStrictEqual(found.skipped.map(([p]) => p.slice(corpus.length + 1)).sort(), ['secrets', 'sub/note.txt']);
    assert.match(found.skipped[0][1], /outside .*not followed/);
    const scan = cli('scan', '--jobs', '1', corpus);
    assert.ok(!scan.out.includes('hunter2') && !scan.out.includes('secret.txt'), scan.out);
    assert.match(scan.err, /secrets:1:1: warning: symbolic link to .*private, outside/);
  });

  it('brat export copies no file from outside the corpus', () => {
    symlinkSync(outside, join(corpus, 'secrets'));
    const out = join(base, 'out');
    const r = cli('export', '--format', 'brat', '--out', out, corpus);
    assert.strictEqual(r.code, 0, r.err);
    assert.deepStrictEqual(readdirSync(out).sort(), ['letter.ann', 'letter.txt', 'sub']);
    assert.ok(!existsSync(join(out, 'secrets')));
  });

  it('a FIFO named like a text is skipped with a message, and scan prints the rest instead of hanging', function () {
    if (spawnSync('mkfifo', [join(corpus, 'p.txt')]).status !== 0) this.skip();
    const found = walkCorpus([corpus]);
    assert.deepStrictEqual(
      found.skipped.map(([p, why]) => `${p.slice(corpus.length + 1)}: ${why}`),
      ['p.txt: not a regular file (a FIFO); skipped'],
    );
    for (const jobs of ['1', '2']) {
      const r = cli('scan', '--jobs', jobs, corpus);
      assert.strictEqual(r.signal, null, `scan --jobs ${jobs} hung`);
      assert.match(r.out, /"value":"1934-12-01"/);
      assert.match(r.err, /p\.txt:1:1: warning: not a regular file \(a FIFO\); skipped/);
      const named = cli('scan', '--jobs', jobs, join(corpus, 'p.txt'), join(corpus, 'letter.txt'));
      assert.strictEqual(named.signal, null, `scan --jobs ${jobs} of the FIFO by name hung`);
      assert.match(named.out, /"value":"1934-12-01"/);
      assert.match(named.err, /p\.txt:1:1: error: cannot read: not a regular file \(a FIFO\)/);
    }
  });

  it('a device, named or linked, is refused without being read', function () {
    if (!existsSync('/dev/zero')) this.skip();
    const problems: Problem[] = [];
    assert.strictEqual(
      readText('/dev/zero', (p) => problems.push(p)),
      undefined,
    );
    assert.deepStrictEqual(
      problems.map((p) => [p.code, p.message]),
      [['not-a-file', 'is not a regular file (a device); skipped — only plain files are read']],
    );
    symlinkSync('/dev/zero', join(corpus, 'z.txt'));
    const r = cli('scan', '--jobs', '1', corpus, '/dev/zero');
    assert.strictEqual(r.signal, null);
    assert.match(r.err, /z\.txt:1:1: warning: symbolic link to \/dev\/zero, outside/);
    assert.match(r.err, /\/dev\/zero:1:1: error: cannot read: not a regular file \(a device\)/);
  });

  it('the size limit bounds what is read, not what stat says', function () {
    // /proc files claim a size of 0 and hold more: a reader trusting stat would read them whole.
    if (!existsSync('/proc/self/status')) this.skip();
    const r = readBounded('/proc/self/status', 16);
    assert.ok('problem' in r && r.problem.code === 'too-large', JSON.stringify(r));
    assert.match((r as { problem: { message: string } }).problem.message, /over the 0\.0 MB limit \(reading stopped there\)/);
    const file = join(corpus, 'letter.txt');
    assert.deepStrictEqual(readBounded(file, 38), { bytes: Buffer.from('Kirov was killed on 1 December 1934.\n') });
    assert.strictEqual((readBounded(file, 36) as { problem: { code: string } }).problem.code, 'too-large');
  });
});
