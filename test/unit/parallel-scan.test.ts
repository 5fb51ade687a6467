import * as assert from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { scan } from '../../src/cli/scan';

/** Collects what a command writes. */
function sink(): Writable & { text: string } {
  const w = new Writable({
    write(chunk, _enc, done) {
      w.text += String(chunk);
      done();
    },
  }) as Writable & { text: string };
  w.text = '';
  return w;
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = sink();
  const err = sink();
  const code = await scan(args, out, err);
  return { code, out: out.text, err: err.text };
}

describe('marginalia scan --jobs', function () {
  // Starting worker threads takes a second or more each on a busy machine, and one case starts ten.
  this.timeout(60000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-jobs-'));
    writeFileSync(
      join(dir, 'entities.yaml'),
      'version: 1\nentities:\n  - id: lincoln\n    type: person\n    name: Abraham Lincoln\n    aliases: [Lincoln]\n  - id: zinoviev\n    type: person\n    name: Grigory Zinoviev\n    aliases: [Zinoviev]\n',
    );
    const texts: Record<string, string> = {
      'a-1862.txt': 'Fellow-citizens, we cannot escape history. On December 1, 1862, Lincoln sent his message to Congress.\n',
      'b-1936.txt': 'Zinoviev “confessed” on 19 August 1936. The trial of the sixteen ended on 24 August 1936.\n',
      'c-empty.txt': '',
      'd-bad.txt': 'fine\u0000\u0001\u0002 binary',
      'e-1864.md': 'In December 1864 Lincoln wrote: “The war continues.”\n',
      // scan uses workers only from 8 texts on (MIN_FILES_FOR_WORKERS): more real sentences.
      'g-1863.txt': 'On January 1, 1863, the proclamation took effect; Lincoln called it “an act of justice.”\n',
      'h-1937.txt': 'In January 1937 the second trial began; Zinoviev had been shot on 25 August 1936.\n',
      'i-1861.txt': 'Lincoln took the oath on March 4, 1861, and spoke of “the better angels of our nature.”\n',
      'j-1934.txt': 'Kirov was murdered in Leningrad on 1 December 1934.\n',
      'k-1865.md': 'Lincoln died on April 15, 1865.\n',
    };
    for (const [name, text] of Object.entries(texts)) writeFileSync(join(dir, name), text);
    writeFileSync(join(dir, 'f-latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x31, 0x39, 0x33, 0x36]));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const cases: Array<[string, string[]]> = [
    ['two workers', ['--jobs', '2']],
    ['more workers than files', ['-j', '16']],
  ];
  for (const [name, flags] of cases) {
    it(`prints what one thread prints, in the same order, with the same errors (${name})`, async () => {
      const single = await run(['--jobs', '1', dir]);
      const parallel = await run([...flags, dir]);
      assert.ok(single.out.includes('"entity":"lincoln"') && single.out.includes('"value":"1936-08-19"'), single.out);
      assert.strictEqual(parallel.out, single.out);
      assert.strictEqual(parallel.code, single.code);
      assert.strictEqual(parallel.err.split('\n').length, single.err.split('\n').length, parallel.err);
    });
  }

  it('prints what one thread prints over the evaluation texts (English, Russian, German, French), main thread and two workers', async () => {
    const evalDir = join(__dirname, '..', '..', '..', 'eval');
    const args = ['--registry', join(evalDir, 'entities.yaml'), join(evalDir, 'texts')];
    const single = await run(['--jobs', '1', ...args]);
    const parallel = await run(['--jobs', '3', ...args]);
    assert.ok(single.out.split('\n').length > 100, single.err);
    assert.strictEqual(parallel.out, single.out);
    assert.strictEqual(parallel.code, single.code);
  });

  it('scans nothing and exits 0 for a folder without texts', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'marginalia-jobs-empty-'));
    try {
      assert.deepStrictEqual(await run(['--jobs', '2', empty]), { code: 0, out: '', err: '' });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
