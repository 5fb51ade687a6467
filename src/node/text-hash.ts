/** Content hashes for the warm-start cache, with Node's crypto (the extension host and the command line). */
import { createHash } from 'node:crypto';

/** UTF-16 units hashed between pauses: about 2 MB of bytes, a few milliseconds. */
const SLICE = 1 << 20;

/** SHA-256 of a string's UTF-16 code units (every string, lone surrogates too, hashes apart), one slice at a time. */
export async function sha256InSlices(text: string, pause: () => Promise<void>): Promise<string> {
  const hash = createHash('sha256');
  for (let i = 0; i < text.length; i += SLICE) {
    if (i > 0) await pause();
    hash.update(text.slice(i, i + SLICE), 'utf16le');
  }
  return hash.digest('hex');
}

/** SHA-256 of a short string (cache keys, file contents read whole). */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
