import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { loadPlain } from './fast-yaml';

/**
 * Minimal-diff editing of YAML text. Every change is spliced into the text
 * at the node's own range, so comments, alignment and untouched lines stay
 * byte for byte; the same change is also made through the yaml Document API,
 * and if the spliced text does not read back as exactly that, the Document
 * API's output (correct, but reformatted) is used instead.
 */

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A patch value of `undefined` removes the key; a plain object patches a nested block map key by key. */
export type Patch = Record<string, unknown>;

/** How new YAML is written: no folding of long lines, `[a, b]` not `[ a, b ]`. */
export const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

/** Notes longer than this, or with a line break, are written as `|` block scalars. */
const BLOCK_NOTE_LENGTH = 80;
const BLOCK_KEYS = new Set(['note']);

/** Applies non-overlapping edits (offsets into `text`) in one pass: a whole file's fixes cost one copy, not one each. */
export function applyEdits(text: string, edits: Edit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    parts.push(text.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Builds a node for a value the way a person would write it: long or multi-line notes as `|` blocks, short lists in flow style.
 */
export function toNode(doc: Document, value: unknown, key?: string): Node {
  const node = doc.createNode(value) as Node;
  const visit = (n: unknown, k: string | undefined): void => {
    if (isScalar(n)) {
      styleScalar(n, k);
    } else if (isMap(n)) {
      for (const pair of n.items) visit(pair.value, isScalar(pair.key) ? String(pair.key.value) : undefined);
    } else if (isSeq(n)) {
      // Short lists of plain words read best in flow style: tags: [contradiction, coerced].
      if (n.items.every((i) => isScalar(i) && String(i.value).length < 40 && !String(i.value).includes('\n'))) n.flow = true;
      for (const item of n.items) visit(item, undefined);
    }
  };
  visit(node, key);
  return node;
}

/**
 * Notes with line breaks (or long ones) become `|` blocks. Any other string
 * with a line break is double-quoted: in `exact`, `prefix` and `suffix` every
 * space and break counts, and "\n" shows them where a block would hide them.
 */
function styleScalar(n: Scalar, key: string | undefined): void {
  if (typeof n.value !== 'string') return;
  if (BLOCK_KEYS.has(key ?? '') && (n.value.includes('\n') || n.value.length > BLOCK_NOTE_LENGTH)) n.type = 'BLOCK_LITERAL';
  else if (/[\n\r]/.test(n.value)) n.type = 'QUOTE_DOUBLE';
}

/** The same patch through the Document API: the reference result. */
export function patchMapNode(doc: Document, map: YAMLMap, patch: Patch): void {
  for (const [key, value] of Object.entries(patch)) {
    const current = map.get(key, true);
    if (value === undefined) map.delete(key);
    else if (isPlainObject(value) && isMap(current)) patchMapNode(doc, current, value);
    else if (isScalar(current) && !isObject(value)) {
      current.value = value;
      styleScalar(current, key);
    } else map.set(key, toNode(doc, value, key));
  }
}

/** Text edits for the same patch; false when the layout is one we do not splice (the caller falls back). */
export function patchMapEdits(text: string, map: YAMLMap, patch: Patch, edits: Edit[]): boolean {
  if (map.flow || !map.range) return false;
  const indent = columnOf(text, map.range[0]);
  for (const [key, value] of Object.entries(patch)) {
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
    const keyNode = pair?.key as Node | undefined;
    const valueNode = pair?.value as Node | undefined;
    if (pair && (!keyNode?.range || !valueNode?.range)) return false;
    if (value === undefined) {
      if (!pair) continue;
      if (pair === map.items[0] || !startsLine(text, keyNode!.range![0])) return false;
      edits.push({ start: lineStart(text, keyNode!.range![0]), end: lineEnd(text, valueNode!.range![2]), text: '' });
    } else if (pair && isPlainObject(value) && isMap(valueNode) && !valueNode.flow) {
      if (!patchMapEdits(text, valueNode, value, edits)) return false;
    } else if (pair) {
      // A flow map ({ exact: Kirov, start: 9 }) is patched as a whole and stays on its line.
      const flowMap = isPlainObject(value) && isMap(valueNode) && valueNode.flow;
      const merged = flowMap ? merge(valueNode.toJSON() as Patch, value) : value;
      if (JSON.stringify(valueNode!.toJSON()) === JSON.stringify(merged)) continue;
      const end = valueNode!.range![1];
      // Keep the file's own flow style: `{ a: 1 }` stays padded, `[a, b]` stays tight.
      const padded = (isMap(valueNode) || isSeq(valueNode)) && valueNode.flow ? text[valueNode.range![0] + 1] === ' ' : false;
      const rendered = renderPair(key, merged, indent, flowMap, padded);
      edits.push({ start: keyNode!.range![0], end, text: text[end - 1] === '\n' ? rendered : rendered.replace(/\n$/, '') });
    } else {
      const last = map.items[map.items.length - 1]?.value as Node | undefined;
      if (!last?.range) return false;
      const at = lineEnd(text, last.range[2]);
      edits.push({
        start: at,
        end: at,
        text: (at > 0 && text[at - 1] !== '\n' ? '\n' : '') + ' '.repeat(indent) + renderPair(key, value, indent),
      });
    }
  }
  return true;
}

/** Text edit inserting `value` as item `index` of a block sequence; undefined when the layout is unusual. */
export function insertItemEdit(text: string, seq: YAMLSeq, index: number, value: unknown): Edit | undefined {
  const items = seq.items as Node[];
  const sample = items[Math.min(index, items.length - 1)];
  if (seq.flow || !sample?.range) return undefined;
  const dash = dashColumn(text, sample.range[0]);
  if (dash === undefined) return undefined;
  const doc = new Document([]);
  (doc.contents as YAMLSeq).items.push(toNode(doc, value));
  const rendered = indentLines(doc.toString(STRINGIFY), dash);
  if (index < items.length) {
    // Comments right above an item belong to it: insert above them.
    let at = lineStart(text, sample.range[0]);
    while (at > 0 && /^\s*#/.test(text.slice(lineStart(text, at - 1), at))) at = lineStart(text, at - 1);
    return { start: at, end: at, text: rendered };
  }
  const at = lineEnd(text, sample.range[2]);
  return { start: at, end: at, text: (at > 0 && text[at - 1] !== '\n' ? '\n' : '') + rendered };
}

/** Text edit removing item `index` of a block sequence (its own lines only; comments above stay). */
export function removeItemEdit(text: string, seq: YAMLSeq, index: number): Edit | undefined {
  const item = seq.items[index] as Node | undefined;
  if (seq.flow || !item?.range || dashColumn(text, item.range[0]) === undefined) return undefined;
  return { start: lineStart(text, item.range[0]), end: lineEnd(text, item.range[2]), text: '' };
}

/** The spliced text when it reads back exactly as the Document API result; otherwise the Document API text. */
export function settle(spliced: string | undefined, expected: Document, eol: (s: string) => string = (s) => s): string {
  if (spliced !== undefined) {
    const want = JSON.stringify(expected.toJS());
    // Read back as the sidecar and registry readers read a clean file (fast-yaml.ts, several times quicker than a
    // Document); text it does not take is read back with the `yaml` package, as before.
    const fast = loadPlain(spliced);
    if (fast && JSON.stringify(fast.value) === want) return spliced;
    if (!fast) {
      const check = parseDocument(spliced);
      if (check.errors.length === 0 && JSON.stringify(check.toJS()) === want) return spliced;
    }
  }
  return eol(expected.toString(STRINGIFY));
}

function renderPair(key: string, value: unknown, indent: number, flow = false, padded = false): string {
  const doc = new Document({});
  const node = toNode(doc, value, key);
  if (flow && isMap(node)) node.flow = true;
  (doc.contents as YAMLMap).set(key, node);
  return indentLines(doc.toString({ ...STRINGIFY, flowCollectionPadding: padded }), indent, true);
}

/** Indents every line but (optionally) the first, which goes where the old text started. */
function indentLines(text: string, indent: number, skipFirst = false): string {
  const pad = ' '.repeat(indent);
  return text
    .split('\n')
    .map((l, i) => (l === '' || (skipFirst && i === 0) ? l : pad + l))
    .join('\n');
}

/** The offset where the line that `offset` is on starts. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just past the line break of the line that `offset` is on (or just past a break ending right before it). */
export function lineEnd(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

function startsLine(text: string, offset: number): boolean {
  return /^\s*$/.test(text.slice(lineStart(text, offset), offset));
}

/** Column of the `- ` that starts the item at `offset` on the same line, if written that way. */
function dashColumn(text: string, offset: number): number | undefined {
  const before = text.slice(lineStart(text, offset), offset);
  const m = /^(\s*)-\s+$/.exec(before);
  return m ? m[1].length : undefined;
}

function merge(base: Patch, patch: Patch): Patch {
  const out = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

function isPlainObject(value: unknown): value is Patch {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}
