import { lastAtOrBefore } from './last-at-or-before';

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
    if (hasNonSpace(text, start, end)) {
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  /** Index of the paragraph containing (or, between paragraphs, preceding) an offset; -1 before the first. */
  indexAt(offset: number): number {
    return lastAtOrBefore(this.starts, offset);
  }
}

function hasNonSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0 && !(c > 127 && /\s/.test(text[i]))) return true;
  }
  return false;
}

/** Whether lines are whole paragraphs: most text sits on lines longer than any print measure. */
function unwrapped(text: string): boolean {
  let long = 0;
  let total = 0;
  const count = (line: number): void => {
    if (line <= 0) return;
    total++;
    if (line > 150) long++;
  };
  if (text.indexOf('\r') < 0) {
    // The usual case: lines found by indexOf, no string made per line.
    for (let start = 0; start <= text.length && total < 2000;) {
      const end = text.indexOf('\n', start);
      count((end < 0 ? text.length : end) - start);
      if (end < 0) break;
      start = end + 1;
    }
  } else {
    // \r\n or a lone \r: runs between line-break characters, counted by code unit.
    let run = 0;
    for (let i = 0; i <= text.length && total < 2000; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 10;
      if (c !== 10 && c !== 13) {
        run++;
        continue;
      }
      count(run);
      run = 0;
    }
  }
  return long > 0 && long * 4 >= total;
}
