/**
 * Turning a file's bytes into the text that offsets count in. Mirrors what
 * VS Code shows for the same file: UTF-8 (BOM stripped), UTF-16 with a BOM,
 * and refuses binary data or bytes that are not UTF-8 instead of garbling them.
 */

export type Decoded =
  | { ok: true; text: string; encoding: 'utf8' | 'utf16le' | 'utf16be'; bom: boolean }
  | { ok: false; reason: 'binary' | 'not-utf8'; message: string; line: number; column: number };

/**
 * Files over this many bytes are skipped (the default of marginalia.maxFileSize). It bounds what is
 * read, not only what stat says: a reader stops after this many bytes plus one.
 * Sidecars and registries share it, so a 50,000-annotation sidecar (about 10 MB) is read.
 */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

/**
 * Why a file was skipped by size, and the fix; `read`: it was found over the limit while reading (it grew, or stat could not
 * tell).
 */
export function tooLargeMessage(size: number, limit = MAX_TEXT_BYTES, read = false): string {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return read
    ? `is over the ${mb(limit)} MB limit (reading stopped there); skipped. Split the file.`
    : `is ${mb(size)} MB, over the ${mb(limit)} MB limit; skipped without reading it. Split the file.`;
}

/**
 * Whether content about to be written would be over the limit the readers apply, so that no command writes a file it will not
 * read back.
 */
export function overReadLimit(content: string, limit = MAX_TEXT_BYTES): boolean {
  // A UTF-16 unit is one to three UTF-8 bytes: encode (no Buffer: core runs in the browser too) only when it matters.
  return content.length > limit || (content.length * 3 > limit && new TextEncoder().encode(content).length > limit);
}

/** How many leading bytes are looked at for NUL bytes, as VS Code's own binary check does. */
const BINARY_SNIFF = 512;

/** Decodes a text file's bytes; never throws, never returns replacement characters. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf16be');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const nul = body.subarray(0, BINARY_SNIFF).indexOf(0);
  if (nul >= 0) {
    return {
      ok: false,
      reason: 'binary',
      ...where(body, nul),
      message: 'looks like binary data (it contains NUL bytes), not a text; skipped. Rename it or add it to marginalia.exclude.',
    };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf8', bom };
  } catch {
    const bad = firstInvalidUtf8(body);
    return {
      ok: false,
      reason: 'not-utf8',
      ...where(body, bad),
      message:
        'is not valid UTF-8 (perhaps Windows-1251 or Latin-1); skipped so that nothing is garbled. ' +
        'In VS Code: Reopen with Encoding (your encoding), then Save with Encoding > UTF-8.',
    };
  }
}

function utf16(body: Uint8Array, encoding: 'utf16le' | 'utf16be'): Decoded {
  const text = new TextDecoder(encoding === 'utf16le' ? 'utf-16le' : 'utf-16be', { ignoreBOM: true }).decode(body);
  return { ok: true, text, encoding, bom: true };
}

/** 0-based line and byte column of a byte offset, for messages. */
function where(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++)
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  return { line, column: offset - lineStart };
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += len;
  }
  return bytes.length;
}
