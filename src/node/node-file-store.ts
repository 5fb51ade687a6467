/**
 * The FileStore over Node's `fs`, for the command line and the desktop
 * editor: a lock file beside the file guards read-modify-write across
 * processes, and a write goes to a temporary file that takes the old file's
 * mode and group and is then renamed over the real file (through a symlink to
 * its target), so a crash leaves the old content or the new, never half.
 */
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fsyncSync,
  lstatSync,
  openSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { FileWriteError, type FileStore } from '../core/files/file-store';

/** A lock older than this is taken to be left by a crashed writer, whatever its pid says. */
const STALE_LOCK_MS = 30_000;
/** How long a writer waits for another to finish before giving up with a message. */
const LOCK_WAIT_MS = 20_000;

export class NodeFileStore implements FileStore {
  /** `lockWaitMs`: how long to wait for another writer before giving up (tests shorten it). */
  constructor(private readonly lockWaitMs = LOCK_WAIT_MS) {}

  async read(path: string): Promise<Uint8Array | undefined> {
    try {
      return readFileSync(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  }

  async write(path: string, bytes: Uint8Array): Promise<void> {
    writeFileSafely(path, bytes);
  }

  async exclusive<T>(path: string, work: () => Promise<T>): Promise<T> {
    const real = realTarget(path);
    const lock = join(dirname(real), `.${basename(real)}.lock`);
    await acquire(lock, path, this.lockWaitMs);
    try {
      return await work();
    } finally {
      try {
        unlinkSync(lock);
      } catch {
        // Already gone: taken over as stale by another writer after a very long stall; nothing to undo.
      }
    }
  }
}

/**
 * Replaces a file's content atomically (temp file + rename), keeping its mode,
 * owner and group where the process may set them, and writing through a
 * symlink to its target. Refuses a read-only file or anything but a regular file.
 */
export function writeFileSafely(path: string, content: Uint8Array | string): void {
  const real = realTarget(path);
  let old: Stats | undefined;
  try {
    old = statSync(real);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw failure(path, e);
  }
  if (old && !old.isFile()) throw new FileWriteError(path, 'it is not a regular file', 'give the path of a file', 'not-a-file');
  // Root may write anything; the user's "read-only" (no write bit for anyone) is honoured all the same.
  if (old && (old.mode & 0o222) === 0) {
    throw new FileWriteError(
      path,
      `the file is read-only (mode ${(old.mode & 0o777).toString(8)})`,
      'make it writable (chmod u+w, or untick Read-only) if you mean Marginalia to change it',
      'read-only',
    );
  }
  const temp = join(dirname(real), `.${basename(real)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', old ? old.mode & 0o7777 : 0o666);
    const data = typeof content === 'string' ? Buffer.from(content) : content;
    for (let done = 0; done < data.length;) done += writeSync(fd, data, done, data.length - done);
    if (old) keepOwnerAndMode(fd, old);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, real);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // Never created, or already renamed.
    }
    throw failure(path, e);
  }
}

/** The new file takes the old one's owner and group (or at least its group) and its mode, umask notwithstanding. */
function keepOwnerAndMode(fd: number, old: Stats): void {
  try {
    fchownSync(fd, old.uid, old.gid);
  } catch {
    try {
      fchownSync(fd, -1, old.gid);
    } catch {
      // Not a member of that group: the file becomes the writer's, as any editor's save would make it.
    }
  }
  fchmodSync(fd, old.mode & 0o7777);
}

/** The file a path stands for: a symlink (even one whose target does not exist yet) is followed, so the link stays a link. */
function realTarget(path: string): string {
  let p = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    try {
      if (!lstatSync(p).isSymbolicLink()) return realpathOr(p);
    } catch {
      return realpathOr(p);
    }
    p = resolve(dirname(p), readlinkSync(p));
  }
  throw new FileWriteError(path, 'its symlinks form a loop', 'point the link at a real file', 'symlink-loop');
}

function realpathOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    try {
      return join(realpathSync(dirname(p)), basename(p));
    } catch {
      return p;
    }
  }
}

/**
 * Takes the lock, waiting in line behind other writers: the wait is for one holder, and starts again whenever the lock
 * passes to another (ten writers at once on a busy machine each wait for all before them, however long that takes in all;
 * only a writer that holds the lock `waitMs` on its own stops this one).
 */
async function acquire(lock: string, file: string, waitMs: number): Promise<void> {
  let deadline = Date.now() + waitMs;
  let seen = '';
  for (let delay = 2; ; delay = Math.min(delay * 2, 50)) {
    try {
      writeFileSync(lock, `${process.pid} ${hostname()} ${new Date().toISOString()}\n`, { flag: 'wx' });
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw failure(file, e);
    }
    if (isStale(lock)) {
      try {
        unlinkSync(lock);
      } catch {
        // Another writer removed it first; try again.
      }
      continue;
    }
    const now = holder(lock);
    if (now !== seen) {
      seen = now;
      deadline = Date.now() + waitMs;
    }
    if (Date.now() > deadline) {
      throw new FileWriteError(
        file,
        `another program has been changing it for over ${waitMs / 1000} s (lock file ${lock}: ${holder(lock)})`,
        `try again; if no Marginalia or git is running, delete ${lock}`,
        'locked',
      );
    }
    await new Promise((r) => setTimeout(r, delay + Math.random() * delay));
  }
}

/** A lock is stale when its process is gone (same machine) or it is older than any write takes. */
function isStale(lock: string): boolean {
  let content: string;
  let age: number;
  try {
    content = readFileSync(lock, 'utf8');
    age = Date.now() - statSync(lock).mtimeMs;
  } catch {
    return false; // Released meanwhile: the next try takes it.
  }
  if (age > STALE_LOCK_MS) return true;
  const [pid, host] = content.split(' ');
  if (host !== hostname() || !/^\d+$/.test(pid ?? '')) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function holder(lock: string): string {
  try {
    const [pid, host, since] = readFileSync(lock, 'utf8').trim().split(' ');
    return `process ${pid} on ${host} since ${since}`;
  } catch {
    return 'released meanwhile';
  }
}

/** An fs error in words, with the fix. */
function failure(file: string, e: unknown): Error {
  if (e instanceof FileWriteError) return e;
  const code = (e as NodeJS.ErrnoException).code ?? '';
  const known: Record<string, [string, string]> = {
    ENOSPC: ['the disk is full', 'free some space and try again'],
    EDQUOT: ['your disk quota is used up', 'free some space and try again'],
    EROFS: ['the file system is read-only', 'copy the corpus somewhere writable'],
    EACCES: ['permission denied', 'make the file and its folder writable for you'],
    EPERM: ['operation not permitted', 'make the file and its folder writable for you'],
    ENOENT: ['its folder does not exist', 'check the path'],
    EISDIR: ['it is a folder', 'give the path of a file'],
  };
  const [reason, fix] = known[code] ?? [String((e as Error).message ?? e), 'check the file and try again'];
  return new FileWriteError(file, reason, fix, code ? `write-${code.toLowerCase()}` : 'write-failed');
}
