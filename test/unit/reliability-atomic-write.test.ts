// The process dies mid-write (SIGKILL at random moments of `check --fix`): the sidecar on disk is always the old or the new version.
import * as assert from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { check } from '../../src/cli/check';

const TEXT =
  'Smirnov and Goltzman tried to stop themselves in mid-road, between “terror in general” and the assassination of Kirov.\n';
const PREFACE = 'PREFACE TO THE SECOND EDITION\n\n';
/** Enough annotations (about 150 KB of YAML) that a write takes a moment and a kill can land inside it. */
const COUNT = 1000;

function sidecarYaml(): string {
  const at = TEXT.indexOf('Kirov');
  const items = Array.from(
    { length: COUNT },
    (_, i) =>
      `  - id: k${String(i).padStart(5, '0')}\n    kind: person\n    target: { exact: Kirov, start: ${at}, end: ${at + 5} }\n    note: Mention ${i} of the assassinated Leningrad party chief.\n`,
  );
  return `version: 1\ntext: essay.txt\nannotations:\n${items.join('')}`;
}

const quiet = (): Writable => new Writable({ write: (_c, _e, done) => done() });

/** The child: moves the passage back and forth and lets `check --fix` rewrite the sidecar, forever. */
const CHILD = `
const { writeFileSync } = require('node:fs');
const { Writable } = require('node:stream');
const { check } = require(${JSON.stringify(join(__dirname, '..', '..', 'src', 'cli', 'check.js'))});
const [dir, text, preface] = process.argv.slice(1);
const quiet = () => new Writable({ write: (_c, _e, done) => done() });
(async () => {
  for (let i = 0; ; i++) {
    writeFileSync(dir + '/essay.txt', i % 2 ? preface + text : text);
    await check(['--fix', dir], quiet(), quiet());
  }
})();
`;

describe('reliability: killed mid-write', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-kill-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('SIGKILL at random moments of check --fix never leaves a half-written sidecar', async function () {
    this.timeout(90_000);
    const sidecar = join(dir, 'essay.txt.annotations.yaml');
    // The two versions the file may hold: hints for the text without and with the preface.
    writeFileSync(join(dir, 'essay.txt'), PREFACE + TEXT);
    writeFileSync(sidecar, sidecarYaml());
    await check(['--fix', dir], quiet(), quiet());
    const moved = readFileSync(sidecar, 'utf8');
    writeFileSync(join(dir, 'essay.txt'), TEXT);
    await check(['--fix', dir], quiet(), quiet());
    const original = readFileSync(sidecar, 'utf8');
    assert.notStrictEqual(moved, original, 'the two versions differ');
    assert.ok(original.length > 100_000);

    // The kill is triggered by the write itself: the first file event other than the text's or the lock's (the temp file, or the
    // sidecar for a writer that is not atomic), plus a few milliseconds drawn by a seeded generator to replay a failure.
    const delays = fc.sample(fc.integer({ min: 0, max: 3 }), { seed: 1936, numRuns: 5 });
    for (const delay of delays) {
      const child = spawn(process.execPath, ['-e', CHILD, dir, TEXT, PREFACE], { stdio: ['ignore', 'ignore', 'inherit'] });
      const watcher = watch(dir);
      await new Promise((resolve) =>
        watcher.on('change', (_event, name) => !/^essay\.txt$|\.lock$/.test(String(name)) && resolve(undefined)),
      );
      watcher.close();
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      const now = readFileSync(sidecar, 'utf8');
      assert.ok(
        now === original || now === moved,
        `after a kill at ${delay} ms the sidecar is neither version (${now.length} of ${original.length} characters)`,
      );
    }
    // Only temp files of killed writers may be left, never in place of the sidecar; they are dot-files the corpus walk skips.
    assert.ok(
      readdirSync(dir)
        .filter((n) => !n.startsWith('.'))
        .sort()
        .join() === 'essay.txt,essay.txt.annotations.yaml',
    );
  });
});
