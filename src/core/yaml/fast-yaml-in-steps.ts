import type { ValidateFunction } from 'ajv';
import { readFast, type ItemPosition } from './fast-yaml';
import { MAX_YAML_CHARS } from './parse-yaml';

/**
 * `readFast`'s answer for a file whose top-level `listKey` list is written in block style, read a slice of items at
 * a time with `pause` awaited between slices: a 3 MB registry is one block of a third of a second otherwise, which
 * freezes the editor. Each slice is read as its own document (the lines before the list, then the slice), so it
 * passes the same checks as the whole file would. A slice is cut only before a line that starts an item at the
 * list's indentation; a cut inside a quoted scalar or a flow collection leaves a slice that does not parse, and a
 * line at that indentation ends any block or plain scalar, so every slice that reads well reads as it would in the
 * whole file. Undefined whenever the layout is not that (flow style, no such key) or any slice is unusual: the
 * caller then reads the whole file at once.
 */
export async function readFastInSteps(
  raw: string,
  listKey: string,
  validate: ValidateFunction,
  pause: () => Promise<void>,
  itemsPerSlice = 500,
): Promise<{ items: unknown[]; positions: ItemPosition[] } | undefined> {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.length > MAX_YAML_CHARS) return undefined;
  // The validator is compiled on its first use, a step of its own.
  validate(null);
  await pause();
  const layout = sliceItems(text, listKey, itemsPerSlice);
  if (!layout) return undefined;
  const items: unknown[] = [];
  const positions: ItemPosition[] = [];
  for (const slice of layout.slices) {
    const read = readFast(layout.head + slice.text, listKey, validate);
    if (!read) return undefined;
    const list = (read.value as Record<string, unknown>)[listKey] as unknown[];
    // The slice must start with an item where it was cut: otherwise the cut was not where the parser sees an item.
    if (list.length === 0 || read.items[0].line !== layout.headLines) return undefined;
    items.push(...list);
    for (const p of read.items) positions.push({ line: p.line - layout.headLines + slice.line, character: p.character });
    await pause();
  }
  return { items, positions };
}

/**
 * The lines before the list's first item (`head`) and the rest cut into slices of about `n` items, each with the
 * line it starts on; undefined when the list is not a block sequence under a `listKey:` line at column 0.
 */
export function sliceItems(
  text: string,
  listKey: string,
  n: number,
): { head: string; headLines: number; slices: Array<{ text: string; line: number }> } | undefined {
  const key = new RegExp(`^${listKey}:[ \\t]*(?:#.*)?\\r?$`, 'm').exec(text);
  if (!key) return undefined;
  // The first line after the key that is not blank or a comment must start an item: its indentation is the list's.
  const firstItem = /((?:[ \t]*(?:#.*)?\r?\n)*)( *)-(?: |\r?\n|\r?$)/y;
  firstItem.lastIndex = text.indexOf('\n', key.index) + 1;
  const dash = firstItem.lastIndex > 0 ? firstItem.exec(text) : null;
  if (!dash) return undefined;
  const first = dash.index + dash[1].length;
  const itemStart = new RegExp(`\\n {${dash[2].length}}-(?: |\\r?\\n|\\r?$)`, 'g');
  const head = text.slice(0, first);
  const headLines = countLines(head, 0, head.length);
  const slices: Array<{ text: string; line: number }> = [];
  let start = first;
  let line = headLines;
  let count = 1;
  itemStart.lastIndex = first;
  for (let m = itemStart.exec(text); m; m = itemStart.exec(text)) {
    if (count++ < n) continue;
    const cut = m.index + 1;
    slices.push({ text: text.slice(start, cut), line });
    line += countLines(text, start, cut);
    start = cut;
    count = 1;
  }
  slices.push({ text: text.slice(start), line });
  return { head, headLines, slices };
}

function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}
