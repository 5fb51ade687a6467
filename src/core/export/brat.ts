import { CodePointIndex } from './code-points';
import { bratType } from './brat-types';
import { classification } from './w3c';
import { exportItems, type ExportDocument } from './export-document';
import { wellFormed } from './well-formed';

// brat standoff (https://brat.nlplab.org/standoff.html). Offsets count code
// points of the .txt (brat is Python: a str index), not UTF-16 units. A span
// that crosses a line break is written as fragments ("0 5;6 11"), as brat
// itself does, because a fragment's text must not hold a newline.
export const BRAT_NAMESPACE = 'Marginalia';

export interface BratExport {
  /** The .ann file's text. */
  ann: string;
  /** Orphaned annotations, which have no offsets and so no brat span. */
  skipped: number;
}

/** The document's mentions and annotations as a brat .ann file over the same text. */
export function toBrat(doc: ExportDocument): BratExport {
  const points = new CodePointIndex(doc.text);
  const lines: string[] = [];
  const counters = { T: 0, N: 0, A: 0, '#': 0, R: 0 };
  /** Sidecar id -> T id, and the evidence links to write as relations once every span has its T. */
  const spans = new Map<string, string>();
  const links: Array<{ type: 'Supports' | 'Refutes'; from: string; to: string }> = [];
  const next = (kind: keyof typeof counters) => `${kind}${++counters[kind]}`;
  let skipped = 0;
  for (const item of exportItems(doc)) {
    if (item.start === undefined || item.end === undefined) {
      skipped++;
      continue;
    }
    const parts = fragments(doc.text, item.start, item.end);
    if (parts.length === 0) continue;
    const t = next('T');
    const offsets = parts.map(([s, e]) => `${points.toCodePoint(s)} ${points.toCodePoint(e)}`).join(';');
    const text = bratSafe(parts.map(([s, e]) => doc.text.slice(s, e)).join(' '));
    lines.push(`${t}\t${bratType(classification(item))} ${offsets}\t${text}`);
    if (item.id !== undefined) spans.set(item.id, t);
    for (const to of item.supports ?? []) links.push({ type: 'Supports', from: t, to });
    for (const to of item.refutes ?? []) links.push({ type: 'Refutes', from: t, to });
    const who = item.entity ?? item.speaker;
    if (who) {
      const entity = doc.entities.get(who);
      const name = oneLine(entity?.name ?? who);
      const wikidata = entity?.links?.wikidata?.match(/Q\d+/)?.[0];
      if (wikidata) lines.push(`${next('N')}\tReference ${t} Wikidata:${wikidata}\t${name}`);
      lines.push(`${next('N')}\tReference ${t} ${BRAT_NAMESPACE}:${who}\t${name}`);
    }
    if (item.value) lines.push(`${next('N')}\tReference ${t} EDTF:${item.value}\t${item.value}`);
    for (const tag of item.tags ?? []) lines.push(`${next('A')}\tTag ${t} ${bratSafe(tag.replace(/\s+/g, '_'))}`);
    if (item.note) lines.push(`${next('#')}\tAnnotatorNotes ${t}\t${oneLine(item.note)}`);
  }
  // Evidence -> claim, as brat relations (`R1\tRefutes Arg1:T3 Arg2:T7`); a claim in another text has no T here.
  for (const { type, from, to } of links) {
    const arg2 = spans.get(to);
    if (arg2) lines.push(`${next('R')}\t${type} Arg1:${from} Arg2:${arg2}\t`);
  }
  return { ann: lines.map((line) => line + '\n').join(''), skipped };
}

/** `start..end` cut at line breaks into non-empty pieces (UTF-16 offsets). */
export function fragments(text: string, start: number, end: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    const c = text[i];
    if (i === end || c === '\n' || c === '\r') {
      if (i > from) parts.push([from, i]);
      from = i + 1;
    }
  }
  return parts;
}

// brat notes are one line each, tab-separated: a Markdown note's line breaks and tabs become spaces.
function oneLine(s: string): string {
  return bratSafe(
    s
      .replace(/\s*[\r\n]+\s*/g, ' ')
      .replace(/\t/g, ' ')
      .trim(),
  );
}

// eslint-disable-next-line no-control-regex -- the control characters are the point
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Text as it may stand in a .ann line: a NUL (or another control character)
 * would make the file read as binary, and a lone surrogate cannot be written
 * in UTF-8, so each becomes U+FFFD. Import reads the covered text through this
 * too, so a replaced character there still matches the text.
 */
export function bratSafe(s: string): string {
  return wellFormed(s.replace(UNSAFE, '\uFFFD'));
}
