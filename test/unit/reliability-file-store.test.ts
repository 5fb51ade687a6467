// The one write path (changeTextFile over a FileStore): what it keeps of the user's file, what it refuses, and its lock.
import * as assert from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { changeTextFile } from '../../src/core/files/change-text-file';
import { FileWriteError } from '../../src/core/files/file-store';
import { MemoryFileStore } from '../../src/core/files/memory-file-store';
import { MAX_YAML_CHARS } from '../../src/core/yaml/parse-yaml';
import { NodeFileStore } from '../../src/node/node-file-store';

const YAML = 'version: 1\ntext: essay.txt\nannotations: []\n';
const append = (current: string | undefined) => `${current ?? ''}# one more line\n`;

describe('reliability: the one write path', () => {
  let dir: string;
  const store = new NodeFileStore(1_000);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-store-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the mode of a group-writable file, and its group', async () => {
    const file = join(dir, 'shared.yaml');
    writeFileSync(file, YAML);
    chmodSync(file, 0o664);
    const group = process.getuid?.() === 0 ? 100 : statSync(file).gid; // as root, hand it to another group as a team would
    chownSync(file, statSync(file).uid, group);
    await changeTextFile(store, file, append);
    const st = statSync(file);
    assert.strictEqual(st.mode & 0o777, 0o664);
    assert.strictEqual(st.gid, group);
    assert.match(readFileSync(file, 'utf8'), /# one more line/);
  });

  it('refuses a read-only file (even for root), names it and the fix, and leaves it byte for byte', async () => {
    const file = join(dir, 'locked.yaml');
    writeFileSync(file, YAML);
    chmodSync(file, 0o444);
    await assert.rejects(
      changeTextFile(store, file, append),
      (e: unknown) =>
        e instanceof FileWriteError && e.code === 'read-only' && e.message.includes(file) && /chmod u\+w/.test(e.message),
    );
    assert.strictEqual(readFileSync(file, 'utf8'), YAML);
    assert.strictEqual(statSync(file).mode & 0o777, 0o444);
  });

  it('writes through a symlink to its target, and the link stays a link', async () => {
    mkdirSync(join(dir, 'real'));
    const target = join(dir, 'real', 'essay.txt.annotations.yaml');
    writeFileSync(target, YAML);
    const link = join(dir, 'essay.txt.annotations.yaml');
    symlinkSync(join('real', 'essay.txt.annotations.yaml'), link);
    await changeTextFile(store, link, append);
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.strictEqual(readlinkSync(link), join('real', 'essay.txt.annotations.yaml'));
    assert.match(readFileSync(target, 'utf8'), /# one more line/);
  });

  it('rewrites a UTF-16 file as UTF-16 with its byte order mark, and a UTF-8 BOM stays', async () => {
    const le = join(dir, 'le.yaml');
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(YAML, 'utf16le')]));
    await changeTextFile(store, le, append);
    const bytes = readFileSync(le);
    assert.deepStrictEqual([...bytes.subarray(0, 2)], [0xff, 0xfe]);
    assert.strictEqual(bytes.subarray(2).toString('utf16le'), `${YAML}# one more line\n`);
    const bom = join(dir, 'bom.yaml');
    writeFileSync(bom, `\ufeff${YAML}`);
    await changeTextFile(store, bom, append);
    assert.strictEqual(readFileSync(bom, 'utf8'), `\ufeff${YAML}# one more line\n`);
  });

  it('refuses a file it cannot decode, and a result it could not read back', async () => {
    const latin = join(dir, 'latin.yaml');
    writeFileSync(latin, Buffer.from('# Jos\u00e9\nversion: 1\n', 'latin1'));
    const before = readFileSync(latin);
    const result = await changeTextFile(store, latin, append);
    assert.strictEqual(result.status, 'refused');
    assert.deepStrictEqual(readFileSync(latin), before);
    const memory = new MemoryFileStore({ big: YAML });
    const huge = await changeTextFile(memory, 'big', (t) => `${t}# ${'x'.repeat(MAX_YAML_CHARS)}\n`);
    assert.strictEqual(huge.status, 'refused');
    assert.match(huge.status === 'refused' ? huge.problems[0].message : '', /over the \d+ MB that Marginalia reads back/);
    assert.strictEqual(memory.text('big'), YAML);
  });

  it('a full disk leaves the old file whole, no temp file behind, and says so', async function () {
    const mount = join(dir, 'full');
    mkdirSync(mount);
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mount]).status !== 0) this.skip(); // needs root, as CI has
    try {
      const file = join(mount, 'essay.txt.annotations.yaml');
      writeFileSync(file, YAML);
      await assert.rejects(
        changeTextFile(store, file, (t) => `${t}# ${'x'.repeat(200 * 1024)}\n`),
        (e: unknown) => e instanceof FileWriteError && /disk is full/.test(e.message) && e.message.includes(file),
      );
      assert.strictEqual(readFileSync(file, 'utf8'), YAML);
      assert.deepStrictEqual(readdirSync(mount), ['essay.txt.annotations.yaml']);
    } finally {
      spawnSync('umount', [mount]);
    }
  });

  it('takes over the lock of a writer that died, and waits for one that is alive, then says who holds it', async () => {
    const file = join(dir, 'essay.txt.annotations.yaml');
    writeFileSync(file, YAML);
    const lock = join(dir, '.essay.txt.annotations.yaml.lock');
    const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid; // exited already
    writeFileSync(lock, `${dead} ${hostname()} 2026-01-01T00:00:00Z\n`);
    assert.strictEqual((await changeTextFile(store, file, append)).status, 'written');
    assert.ok(!existsSync(lock), 'the lock is released');

    const alive = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeFileSync(lock, `${alive.pid} ${hostname()} ${new Date().toISOString()}\n`);
      await assert.rejects(
        changeTextFile(store, file, append),
        (e: unknown) =>
          e instanceof FileWriteError &&
          e.code === 'locked' &&
          e.message.includes(`process ${alive.pid}`) &&
          e.message.includes(lock),
      );
      assert.strictEqual(readFileSync(file, 'utf8'), `${YAML}# one more line\n`);
    } finally {
      alive.kill();
    }
  });

  it('waits in line while the lock passes from writer to writer, however long that takes in all', async () => {
    const file = join(dir, 'essay.txt.annotations.yaml');
    writeFileSync(file, YAML);
    const lock = join(dir, '.essay.txt.annotations.yaml.lock');
    const patient = new NodeFileStore(3_000);
    // Other writers (alive: this process) take the lock one after another, a new one every 100 ms, for 4 s in all: more
    // than the wait, which only a writer keeping the lock 3 s on its own would exhaust.
    let turn = 0;
    writeFileSync(lock, `${process.pid} ${hostname()} turn-${turn}\n`);
    const passing = setInterval(() => {
      turn++;
      if (turn < 40) writeFileSync(lock, `${process.pid} ${hostname()} turn-${turn}\n`);
      else {
        clearInterval(passing);
        unlinkSync(lock);
      }
    }, 100);
    try {
      assert.strictEqual((await changeTextFile(patient, file, append)).status, 'written');
    } finally {
      clearInterval(passing);
    }
    assert.ok(turn >= 40, 'it waited for every writer before it');
    assert.strictEqual(readFileSync(file, 'utf8'), `${YAML}# one more line\n`);
  });

  it('in memory: concurrent changes of one file are applied one after the other, none lost', async () => {
    const memory = new MemoryFileStore({ f: '' });
    await Promise.all(Array.from({ length: 50 }, (_, i) => changeTextFile(memory, 'f', (t) => `${t}${i}\n`)));
    assert.deepStrictEqual(
      memory
        .text('f')!
        .trim()
        .split('\n')
        .map(Number)
        .sort((a, b) => a - b),
      Array.from({ length: 50 }, (_, i) => i),
    );
  });
});
