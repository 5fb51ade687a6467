/**
 * Where to re-scan: recognizers look no further than a paragraph, so a change
 * is re-scanned from the paragraph before it to the paragraph after it, and a
 * big text is scanned in paragraph-aligned chunks so the caller can yield.
 */

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Start of the paragraph holding `pos`: just after the nearest blank line before it, or 0. */
export function paragraphStart(text: string, pos: number): number {
  if (pos <= 0) return 0;
  let lineStart = text.lastIndexOf('\n', Math.max(0, Math.min(pos, text.length) - 1)) + 1;
  if (lineStart === 0) return 0;
  for (;;) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    if (isBlank(text, prevStart, lineStart - 1)) return lineStart;
    if (prevStart === 0) return 0;
    lineStart = prevStart;
  }
}

/** End of the paragraph holding `pos`: the start of the next blank line at or after it, or the text's end. */
export function paragraphEnd(text: string, pos: number): number {
  let lineStart = pos <= 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1;
  for (;;) {
    const nl = text.indexOf('\n', lineStart);
    if (nl < 0) return text.length;
    const next = nl + 1;
    const nextEnd = text.indexOf('\n', next);
    if (isBlank(text, next, nextEnd < 0 ? text.length : nextEnd) && next >= pos) return next;
    lineStart = next;
  }
}

/** Start of the paragraph before the one starting at `pos` (a quotation's introduction may sit there), or 0. */
export function previousParagraphStart(text: string, pos: number): number {
  let i = pos - 1;
  while (i > 0 && /\s/.test(text[i])) i--;
  return i <= 0 ? 0 : paragraphStart(text, i);
}

/** Splits a text into [start, end) chunks of about `size` characters, cut at paragraph breaks (or line breaks if a paragraph is huge). */
export function chunkRanges(text: string, size: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const para = paragraphEnd(text, end);
      if (para - end <= size) end = para;
      else {
        const nl = text.indexOf('\n', end);
        end = nl < 0 ? text.length : nl + 1;
      }
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}
