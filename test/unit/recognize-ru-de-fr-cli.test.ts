import * as assert from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { exportCommand } from '../../src/cli/export';
import { scan } from '../../src/cli/scan';

class Collect extends Writable {
  data = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.data += chunk.toString();
    done();
  }
}

describe('recognize ru/de/fr: the --lang flag of marginalia scan', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-lang-'));
    writeFileSync(join(dir, 'pravda.txt'), 'Процесс открылся 2 марта 1938 г. в Москве.\n');
    writeFileSync(
      join(dir, 'entities.yaml'),
      'version: 1\nentities:\n  - id: kirov\n    type: person\n    name: Киров\n    aliases: []\n',
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a Russian date by default (auto) and not with --lang en', async () => {
    const auto = new Collect();
    assert.strictEqual(await scan([join(dir, 'pravda.txt')], auto, new Collect()), 0);
    assert.match(auto.data, /"value":"1938-03-02"/);
    const en = new Collect();
    assert.strictEqual(await scan(['--lang', 'en', join(dir, 'pravda.txt')], en, new Collect()), 0);
    assert.doesNotMatch(en.data, /1938-03-02/);
  });

  it('refuses an unknown language, naming the ones it knows', async () => {
    const err = new Collect();
    assert.strictEqual(await scan(['--lang', 'xx', join(dir, 'pravda.txt')], new Collect(), err), 2);
    assert.match(err.data, /unknown language 'xx' — use auto, en, ru, de or fr/);
  });

  it('links a declined registry name (Кирова) to its entity', async () => {
    writeFileSync(join(dir, 'kirov.txt'), 'Убийство Кирова 1 декабря 1934 г. в Ленинграде.\n');
    const out = new Collect();
    assert.strictEqual(await scan(['--registry', join(dir, 'entities.yaml'), join(dir, 'kirov.txt')], out, new Collect()), 0);
    assert.match(out.data, /"text":"Кирова","entity":"kirov"|"entity":"kirov".*"text":"Кирова"/);
    assert.match(out.data, /"value":"1934-12-01"/);
  });

  it('exports with the same --lang: a Russian date by default, none with --lang en', async () => {
    const csv = async (...flags: string[]) => {
      const out = new Collect();
      assert.strictEqual(
        await exportCommand(['--format', 'csv', '--out', '-', ...flags, join(dir, 'pravda.txt')], out, new Collect()),
        0,
      );
      return out.data;
    };
    assert.match(await csv(), /1938-03-02/);
    assert.doesNotMatch(await csv('--lang', 'en'), /1938-03-02/);
  });

  it('export refuses an unknown language, naming the ones it knows', async () => {
    const err = new Collect();
    assert.strictEqual(await exportCommand(['--format', 'csv', '--lang', 'xx', join(dir, 'pravda.txt')], new Collect(), err), 2);
    assert.match(err.data, /marginalia export: unknown language 'xx' — use auto, en, ru, de or fr/);
  });
});
