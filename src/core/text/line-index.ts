import { lastAtOrBefore } from './last-at-or-before';

/**
 * Offsets <-> 0-based line/character positions over a text, in UTF-16 code
 * units, with \n, \r\n and \r all ending a line (as VS Code counts them).
 */
export class LineIndex {
  /** Offset where each line starts; lineStarts[0] is 0. */
  private readonly lineStarts: number[];
  private readonly text: string;

  constructor(text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
    this.text = text;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The line and character of an offset, clamped to the text. */
  positionAt(offset: number): { line: number; character: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = Math.max(0, lastAtOrBefore(this.lineStarts, o));
    return { line, character: o - this.lineStarts[line] };
  }

  /**
   * The offset of a line and character, clamped to the text (a character past the line end stays at the end of that line, before
   * its break).
   */
  offsetAt(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[line];
    let end = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    // The line break is not part of the line: clamp before it.
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return start + Math.min(Math.max(0, character), end - start);
  }
}
