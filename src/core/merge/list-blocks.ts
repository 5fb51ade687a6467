import { isMap, isSeq, type Node } from 'yaml';
import { parseYaml } from '../yaml/parse-yaml';
import { lineEnd, lineStart } from '../yaml/edit-text';

/** One item of a top-level YAML list as it is written: its comments above, its lines, the blank lines after it. */
export interface Block {
  /** The item's id, or (for an item without one) its text, so that identical items still match. */
  key: string;
  /** The item as a plain value (for comparing). */
  value: unknown;
  /** The block's text, ending with a line break. */
  text: string;
}

/** A YAML file whose content is a top-level list, cut into the text around the list and one block per item. */
export interface ListFile {
  /** Everything before the first item (the `version:` / `text:` lines, the list key, comments). */
  header: string;
  /** The file's value without the list, for comparing headers. */
  headerValue: unknown;
  blocks: Block[];
  /** Whatever follows the last item (usually nothing, or closing comments). */
  trailer: string;
}

/**
 * Cuts a sidecar or registry into blocks, by the item ranges the yaml parser
 * gives. Undefined when the text is not a readable file of this kind (syntax
 * error, conflict markers, another version, a flow-style list): the caller
 * then keeps both sides whole rather than guessing.
 */
export function readListFile(raw: string, listKey: string): ListFile | undefined {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '') return { header: '', headerValue: {}, blocks: [], trailer: '' };
  const parsed = parseYaml(text, '');
  if (!parsed.doc || !isMap(parsed.doc.contents)) return undefined;
  const value = parsed.value as Record<string, unknown>;
  if (value.version !== undefined && value.version !== 1) return undefined;
  const { [listKey]: list, ...headerValue } = value;
  const node = parsed.doc.get(listKey, true);
  if (list === undefined || list === null || (Array.isArray(list) && list.length === 0)) {
    return { header: text, headerValue, blocks: [], trailer: '' };
  }
  if (!isSeq(node) || node.flow) return undefined;
  const items = node.items as Node[];
  if (items.some((item) => !item?.range)) return undefined;
  // The list must be the file's last key: a key after it would be cut into the last block.
  const rootItems = parsed.doc.contents.items;
  if (rootItems[rootItems.length - 1]?.value !== node) return undefined;
  const starts = items.map((item) => blockStart(text, item.range![0]));
  const end = lineEnd(text, items[items.length - 1].range![2]);
  const seen = new Map<string, number>();
  const blocks = items.map((item, i): Block => {
    const blockText = withBreak(text.slice(starts[i], i + 1 < items.length ? starts[i + 1] : end));
    const itemValue = (list as unknown[])[i];
    const id = (itemValue as { id?: unknown } | null)?.id;
    let key = typeof id === 'string' || typeof id === 'number' ? `id:${id}` : `text:${blockText}`;
    // A repeated id (an error check reports) still gets a key of its own, so neither copy is lost.
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    if (n > 0) key += `#${n}`;
    return { key, value: itemValue, text: blockText };
  });
  return { header: text.slice(0, starts[0]), headerValue, blocks, trailer: text.slice(end) };
}

/** The id of a block's item, for messages. */
export function blockId(block: Block): string {
  return block.key.startsWith('id:') ? block.key.slice(3).replace(/#\d+$/, '') : '(item without id)';
}

/** Start of the item's line, moved up over the comment lines right above it (they belong to it). */
function blockStart(text: string, offset: number): number {
  let at = lineStart(text, offset);
  while (at > 0 && /^[ \t]*#/.test(text.slice(lineStart(text, at - 1), at))) at = lineStart(text, at - 1);
  return at;
}

function withBreak(s: string): string {
  return s.endsWith('\n') ? s : `${s}\n`;
}
