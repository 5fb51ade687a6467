import * as assert from 'node:assert';
import { decodeText } from '../../src/core/text/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('decodes UTF-8 and keeps astral characters and combining marks', () => {
    const r = decodeText(utf8('Зиновьев — 𝔊 e\u0301'));
    assert.deepStrictEqual(r, { ok: true, text: 'Зиновьев — 𝔊 e\u0301', encoding: 'utf8', bom: false });
  });

  it('strips a UTF-8 BOM so that offsets match the editor', () => {
    const r = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Kirov')]));
    assert.ok(r.ok);
    assert.strictEqual(r.text, 'Kirov');
    assert.strictEqual(r.bom, true);
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Sedov 1936', 'utf16le')]);
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
    assert.deepStrictEqual(decodeText(le), { ok: true, text: 'Sedov 1936', encoding: 'utf16le', bom: true });
    assert.deepStrictEqual(decodeText(be), { ok: true, text: 'Sedov 1936', encoding: 'utf16be', bom: true });
  });

  it('refuses binary data and says where', () => {
    const r = decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    assert.strictEqual(r.ok, false);
    assert.ok(!r.ok && r.reason === 'binary' && r.column === 4 && /binary/.test(r.message));
  });

  it('refuses Windows-1251 bytes instead of garbling them, naming line and column', () => {
    // "Kirov\nЗиновьев" with the second line in Windows-1251.
    const r = decodeText(new Uint8Array([...utf8('Kirov\n'), 0xc7, 0xe8, 0xed, 0xee]));
    assert.ok(!r.ok);
    assert.strictEqual(r.reason, 'not-utf8');
    assert.deepStrictEqual([r.line, r.column], [1, 0]);
    assert.match(r.message, /Save with Encoding/);
  });

  it('refuses Latin-1 in the middle of a line', () => {
    const r = decodeText(new Uint8Array([...utf8('Andr'), 0xe9, ...utf8(' Gide')]));
    assert.ok(!r.ok && r.reason === 'not-utf8' && r.line === 0 && r.column === 4);
  });

  it('refuses a truncated multi-byte sequence at the end', () => {
    const r = decodeText(new Uint8Array([...utf8('Trotsky'), 0xe2, 0x80]));
    assert.ok(!r.ok && r.column === 7);
  });
});
