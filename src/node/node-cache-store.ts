/** The warm-start cache's folder over Node's fs: each entry written to a temporary file, then renamed over the old. */
import { mkdir, readFile, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CacheStore } from '../core/corpus/mention-cache';

export class NodeCacheStore implements CacheStore {
  constructor(private readonly dir: string) {}

  async read(name: string): Promise<Uint8Array | undefined> {
    return readFile(join(this.dir, name)).catch(() => undefined);
  }

  async write(name: string, bytes: Uint8Array): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    // A unique temporary name: two workers may write the same entry (two copies of one text) at once.
    const temp = join(this.dir, `.${name}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    try {
      await writeFile(temp, bytes);
      await rename(temp, join(this.dir, name));
    } finally {
      await rm(temp, { force: true });
    }
  }

  async remove(name: string): Promise<void> {
    await rm(join(this.dir, name), { force: true });
  }

  async list(): Promise<Array<{ name: string; bytes: number; used: number }>> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const out: Array<{ name: string; bytes: number; used: number }> = [];
    for (const name of names) {
      const s = await stat(join(this.dir, name)).catch(() => undefined);
      // Temporary files left by a crash are listed too (as least recently used), so the bound removes them.
      if (s?.isFile()) out.push({ name, bytes: s.size, used: name.endsWith('.tmp') ? 0 : s.mtimeMs });
    }
    return out;
  }

  async touch(name: string): Promise<void> {
    const t = new Date();
    await utimes(join(this.dir, name), t, t);
  }
}
