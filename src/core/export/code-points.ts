/**
 * Converts between UTF-16 offsets (the core's, a JS string index) and Unicode
 * code point offsets, which brat (Python str indices) and the W3C
 * TextPositionSelector ("character positions" in code points) count in.
 * Only astral characters (surrogate pairs) differ, so only they are stored.
 */
export class CodePointIndex {
  /** UTF-16 offset of each astral character, ascending. */
  private readonly astralUtf16: number[] = [];
  /** Code point offset of each astral character, ascending. */
  private readonly astralCodePoint: number[] = [];

  constructor(text: string) {
    let codePoint = 0;
    for (let i = 0; i < text.length; i++, codePoint++) {
      const unit = text.charCodeAt(i);
      const next = text.charCodeAt(i + 1);
      if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        this.astralUtf16.push(i);
        this.astralCodePoint.push(codePoint);
        i++;
      }
    }
  }

  /** The code point offset of a UTF-16 offset (one inside a pair counts as before it). */
  toCodePoint(utf16: number): number {
    return utf16 - countBelow(this.astralUtf16, utf16);
  }

  /** The UTF-16 offset of a code point offset. */
  toUtf16(codePoint: number): number {
    return codePoint + countBelow(this.astralCodePoint, codePoint);
  }
}

/** How many of the ascending `values` are < `limit`. */
function countBelow(values: number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid] < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}
