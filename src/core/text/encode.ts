import type { Decoded } from './decode';

/** The encoding a file was read in, so that a rewrite gives back the same kind of file. */
export type Encoding = Pick<Extract<Decoded, { ok: true }>, 'encoding' | 'bom'>;

/** Encodes text as `decodeText` read it: UTF-8 (with its BOM if it had one) or UTF-16 with a BOM. */
export function encodeText(text: string, { encoding, bom }: Encoding): Uint8Array {
  if (encoding === 'utf8') {
    const body = new TextEncoder().encode(text);
    if (!bom) return body;
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  const little = encoding === 'utf16le';
  view.setUint16(0, 0xfeff, little);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), little);
  return out;
}
