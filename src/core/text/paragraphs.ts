/**
 * Paragraph boundaries of a text. A paragraph ends at a blank line; in texts
 * that are not hard-wrapped (long lines, one paragraph per line) every line
 * break ends one too, so a stray quote mark never runs past its paragraph.
 */
export class Paragraphs {
  /** Start and end offsets (end excludes the break), in text order. */
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  constructor(text: string) {
    const breakRe = unwrapped(text) ? /\r\n|\n|\r/g : /(?:\r\n|\n|\r)(?:[ \t\u00a0]*(?:\r\n|\n|\r))+/g;
    let start = 0;
    for (let m = breakRe.exec(text); m; m = breakRe.exec(text)) {
      this.push(text, start, m.index);
      start = m.index + m[0].length;
    }
    this.push(text, start, text.length);
  }

  private push(text: string, start: number, end: number): void {
    if (/\S/.test(text.slice(start, end))) {
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  /** Index of the paragraph containing (or, between paragraphs, preceding) an offset; -1 before the first. */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  }
}

/** Whether lines are whole paragraphs: most text sits on lines longer than any print measure. */
function unwrapped(text: string): boolean {
  let long = 0;
  let total = 0;
  const lineRe = /[^\r\n]+/g;
  for (let m = lineRe.exec(text); m && total < 2000; m = lineRe.exec(text)) {
    total++;
    if (m[0].length > 150) long++;
  }
  return long > 0 && long * 4 >= total;
}
