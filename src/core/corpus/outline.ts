import type { Mention } from '../model';
import { readEdtf } from './date-reading';
import { paragraphEnd, paragraphStart } from './windows';

/** One entry of a text's outline. */
export interface OutlineItem {
  kind: 'quotation' | 'confession' | 'date';
  label: string;
  detail: string;
  /** The whole item: the quotation, or the paragraph a date dates. */
  start: number;
  end: number;
  /** What to select: the quotation or the date itself. */
  selectionStart: number;
  selectionEnd: number;
}

const MAX_LABEL = 60;

/** The outline of a text: its quotations, confessions and dated passages, in text order. */
export function outlineOf(text: string, mentions: readonly Mention[]): OutlineItem[] {
  const out: OutlineItem[] = [];
  for (const m of mentions) {
    if (m.kind === 'quote' && m.quote !== 'scare') {
      const kind = m.quote === 'confession' ? 'confession' : 'quotation';
      out.push({
        kind,
        label: shorten(m.text),
        detail: kind,
        start: m.start,
        end: m.end,
        selectionStart: m.start,
        selectionEnd: m.end,
      });
    } else if (m.kind === 'date' && m.value) {
      const start = Math.min(m.start, paragraphStart(text, m.start));
      const end = Math.max(m.end, trimEnd(text, paragraphEnd(text, m.end)));
      out.push({
        kind: 'date',
        label: m.text,
        detail: readEdtf(m.value),
        start,
        end,
        selectionStart: m.start,
        selectionEnd: m.end,
      });
    }
  }
  return out;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_LABEL ? flat : flat.slice(0, MAX_LABEL - 1) + '…';
}
