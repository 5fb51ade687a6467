/** Content hashes for the warm-start cache, with Node's crypto (the extension host and the command line). */
import { createHash } from 'node:crypto';

/** UTF-16 units hashed between pauses: about 2 MB of bytes, a few milliseconds. */
const SLICE = 1 << 20;

/**
 * SHA-256, one slice at a time: of a string's UTF-16 code units (every string, lone surrogates too, hashes apart), or of
 * bytes (a file as read: several times quicker than its decoded text).
 */
export async function sha256InSlices(data: string | Uint8Array, pause: () => Promise<void>): Promise<string> {
  const hash = createHash('sha256');
  const slice = typeof data === 'string' ? SLICE : SLICE * 4;
  for (let i = 0; i < data.length; i += slice) {
    if (i > 0) await pause();
    if (typeof data === 'string') hash.update(data.slice(i, i + slice), 'utf16le');
    else hash.update(data.subarray(i, i + slice));
  }
  return hash.digest('hex');
}

/** SHA-256 of a short string (cache keys, file contents read whole). */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
