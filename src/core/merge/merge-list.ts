import { isMap, type YAMLMap } from 'yaml';
import { editList } from '../yaml/edit-list';
import { patchMapEdits, patchMapNode, type Edit, type Patch } from '../yaml/edit-text';
import { blockId, readListFile, type Block, type ListFile } from './list-blocks';
import { mergeFields, sameValue } from './merge-fields';

/** What `merge` found that it could not decide: one entry per conflict block it wrote. */
export interface MergeConflict {
  id: string;
  /** Why, in words: which fields both sides changed, or that one side deleted what the other changed. */
  reason: string;
}

export interface MergeResult {
  text: string;
  conflicts: MergeConflict[];
}

/** Which list the file keeps, and how new items are placed: annotations in text order, entities after their neighbour. */
export type ListKind = 'annotations' | 'entities';

/** Git's conflict markers: `check` and the sidecar parser recognise them, and so does every git tool. */
const OURS = '<<<<<<< ours';
const SEP = '=======';
const THEIRS = '>>>>>>> theirs';

/**
 * Three-way merge of a sidecar (`annotations`) or registry (`entities`) by
 * item id. An item changed on one side takes that change; items added on
 * both sides are all kept, in text order for annotations; the same field
 * changed differently on both sides (or an item deleted on one side and
 * changed on the other, or one id added twice with different content) is
 * written as a git conflict block holding both versions whole. Comments and
 * layout come from the sides' own text. When a side cannot be read as such a
 * file, the whole of both sides is kept in one conflict block.
 */
export function mergeList(base: string, ours: string, theirs: string, kind: ListKind): MergeResult {
  if (ours === theirs || theirs === base) return { text: ours, conflicts: [] };
  if (ours === base) return { text: theirs, conflicts: [] };
  const b = readListFile(base, kind);
  const o = readListFile(ours, kind);
  const t = readListFile(theirs, kind);
  const unreadable = [!o && 'ours', !t && 'theirs', !b && 'base'].filter(Boolean).join(', ');
  if (!b || !o || !t)
    return wholeConflict(
      ours,
      theirs,
      `the ${unreadable} version could not be read as a ${kind === 'annotations' ? 'sidecar' : 'registry'}`,
    );
  const merged = mergeFiles(b, o, t, kind);
  const bom = ours.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  // A CRLF file stays CRLF, marker lines and blocks from theirs included.
  const text = bom + (ours.includes('\r\n') ? merged.text.replace(/\r?\n/g, '\r\n') : merged.text);
  // A merge that does not read back (an unusual layout the splices got wrong) is not written: both sides are kept instead.
  if (merged.conflicts.length === 0 && !readListFile(text, kind))
    return wholeConflict(ours, theirs, 'the merged file did not read back');
  return { text, conflicts: merged.conflicts };
}

function mergeFiles(b: ListFile, o: ListFile, t: ListFile, kind: ListKind): MergeResult {
  const conflicts: MergeConflict[] = [];
  const baseBy = new Map(b.blocks.map((x) => [x.key, x]));
  const theirsBy = new Map(t.blocks.map((x) => [x.key, x]));
  const oursKeys = new Set(o.blocks.map((x) => x.key));
  /** The result, in order: a block's text, with the value that places it (undefined for a deleted one). */
  const out: { key: string; text: string; value: unknown }[] = [];

  for (const ob of o.blocks) {
    const bb = baseBy.get(ob.key);
    const tb = theirsBy.get(ob.key);
    if (!tb) {
      if (!bb) out.push(entry(ob));
      else if (!sameValue(ob.value, bb.value))
        conflict(ob.key, ob.text, deleted(ob, 'theirs'), ob.value, 'deleted on theirs, changed on ours');
      // else: deleted on theirs, unchanged on ours: it goes.
      continue;
    }
    const text = mergeItem(bb, ob, tb, kind);
    if (text !== undefined) out.push({ key: ob.key, text, value: tb && sameValue(ob.value, bb?.value) ? tb.value : ob.value });
    else
      conflict(
        ob.key,
        ob.text,
        tb.text,
        ob.value,
        bb ? `both sides changed ${conflictingFields(bb, ob, tb).join(', ')}` : 'added on both sides with different content',
      );
  }

  // What theirs added (or changed where ours deleted) goes in text order, or after its neighbour in theirs.
  t.blocks.forEach((tb, i) => {
    if (oursKeys.has(tb.key)) return;
    const bb = baseBy.get(tb.key);
    if (bb && sameValue(tb.value, bb.value)) return; // deleted on ours, unchanged on theirs
    const item = bb ? conflictEntry(tb.key, deleted(tb, 'ours'), tb.text, tb.value) : entry(tb);
    if (bb) conflicts.push({ id: blockId(tb), reason: 'deleted on ours, changed on theirs' });
    const oursOnly = (key: string) => !baseBy.has(key) && !theirsBy.has(key);
    out.splice(placeOf(out, tb, t.blocks.slice(0, i), kind, oursOnly), 0, item);
  });

  const header = mergeHeader(b, o, t, out.length > 0, kind);
  if (header.conflict) conflicts.push({ id: '(file header)', reason: 'both sides changed the lines above the list' });
  const trailer = mergeText(b.trailer, o.trailer, t.trailer);
  return { text: header.text + out.map((x) => x.text).join('') + trailer, conflicts };

  function conflict(key: string, oursText: string, theirsText: string, value: unknown, reason: string): void {
    out.push(conflictEntry(key, oursText, theirsText, value));
    conflicts.push({ id: key.startsWith('id:') ? key.slice(3).replace(/#\d+$/, '') : '(item without id)', reason });
  }
}

/** The merged text of one item present on both sides; undefined when it is a real conflict. */
function mergeItem(bb: Block | undefined, ob: Block, tb: Block, kind: ListKind): string | undefined {
  if (sameValue(ob.value, tb.value)) return bb && ob.text === bb.text ? tb.text : ob.text;
  if (!bb) return undefined;
  if (sameValue(ob.value, bb.value))
    return ob.text === bb.text ? tb.text : patchBlock(ob.text, diffPatch(ob.value, tb.value), kind);
  if (sameValue(tb.value, bb.value)) return ob.text;
  const fields = mergeFields(bb.value, ob.value, kind === 'annotations' ? oursOffsets(bb.value, ob.value, tb.value) : tb.value);
  if (!fields) return undefined;
  return patchBlock(ob.text, diffPatch(ob.value, fields), kind);
}

/** The fields both sides changed differently (for the conflict message). */
function conflictingFields(bb: Block, ob: Block, tb: Block): string[] {
  const out: string[] = [];
  const visit = (bv: unknown, ov: unknown, tv: unknown, path: string): void => {
    if (sameValue(ov, tv) || sameValue(ov, bv) || sameValue(tv, bv)) return;
    if (isRecord(bv) && isRecord(ov) && isRecord(tv)) {
      for (const k of new Set([...Object.keys(bv), ...Object.keys(ov), ...Object.keys(tv)]))
        visit(bv[k], ov[k], tv[k], path ? `${path}.${k}` : k);
    } else out.push(path || 'the item');
  };
  visit(bb.value, ob.value, oursOffsets(bb.value, ob.value, tb.value), '');
  return out.length ? out : ['the item'];
}

/**
 * Position hints moved differently on both sides (both edited the text) are
 * not a conflict: hints are hints, the quote finds its passage, and `check
 * --fix` refreshes them against the merged text. Ours' pair is kept, start and
 * end together, so that they never come from two different texts.
 */
function oursOffsets(base: unknown, ours: unknown, theirs: unknown): unknown {
  const pair = (v: unknown) => {
    const t = isRecord(v) && isRecord(v.target) ? v.target : {};
    return [t.start, t.end];
  };
  const [b, o, t] = [pair(base), pair(ours), pair(theirs)];
  if (sameValue(o, t) || sameValue(o, b) || sameValue(t, b) || !isRecord(theirs) || !isRecord(theirs.target)) return theirs;
  const target = { ...theirs.target, start: o[0], end: o[1] };
  return { ...theirs, target };
}

/** The patch that turns `from` into `to`, nested maps key by key (undefined removes a key). */
function diffPatch(from: unknown, to: unknown): Patch {
  const a = isRecord(from) ? from : {};
  const b = isRecord(to) ? to : {};
  const patch: Patch = {};
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (sameValue(a[k], b[k])) continue;
    patch[k] = isRecord(a[k]) && isRecord(b[k]) ? diffPatch(a[k], b[k]) : b[k];
  }
  return patch;
}

/** Applies a patch to one block through the minimal-diff YAML editor (its comments and layout stay); undefined if it cannot. */
function patchBlock(blockText: string, patch: Patch, kind: ListKind): string | undefined {
  const prefix = `${kind}:\n`;
  try {
    const edited = editList(
      prefix + blockText,
      kind,
      (message) => new Error(message),
      ({ doc, list, original, text }) => {
        patchMapNode(doc, list.items[0] as YAMLMap, patch);
        const edits: Edit[] = [];
        return isMap(original.items[0]) && patchMapEdits(text, original.items[0] as YAMLMap, patch, edits) ? edits : undefined;
      },
    );
    // A re-rendered file (the splice fell back) would not fit among the other blocks' indentation.
    return edited.startsWith(prefix) && edited.slice(prefix.length).startsWith(blockText.slice(0, blockText.search(/\S/)))
      ? edited.slice(prefix.length)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Where a block new from theirs goes in the result: annotations by target.start, otherwise after their nearest neighbour. */
function placeOf(
  out: { key: string; value: unknown }[],
  block: Block,
  before: Block[],
  kind: ListKind,
  oursOnly: (key: string) => boolean,
): number {
  const start = kind === 'annotations' ? startOf(block.value) : undefined;
  if (start !== undefined) {
    const i = out.findIndex((x) => (startOf(x.value) ?? -1) > start);
    return i < 0 ? out.length : i;
  }
  for (let i = before.length - 1; i >= 0; i--) {
    let at = out.findIndex((x) => x.key === before[i].key);
    if (at < 0) continue;
    // Ours' own additions after the same neighbour come first: both sides' new entries end up after it, ours then theirs.
    while (++at < out.length && oursOnly(out[at].key));
    return at;
  }
  return kind === 'annotations' ? out.length : 0;
}

function startOf(value: unknown): number | undefined {
  const start = (value as { target?: { start?: unknown } } | null)?.target?.start;
  return typeof start === 'number' ? start : undefined;
}

function mergeHeader(
  b: ListFile,
  o: ListFile,
  t: ListFile,
  hasItems: boolean,
  kind: ListKind,
): { text: string; conflict: boolean } {
  let text: string;
  if (sameValue(o.headerValue, t.headerValue)) text = mergeText(b.header, o.header, t.header);
  else if (sameValue(o.headerValue, b.headerValue)) text = t.header;
  else if (sameValue(t.headerValue, b.headerValue)) text = o.header;
  else return { text: `${OURS}\n${withBreak(o.header)}${SEP}\n${withBreak(t.header)}${THEIRS}\n`, conflict: true };
  return { text: hasItems ? openList(text, kind) : text, conflict: false };
}

/** A header taken from a side whose list was empty (`annotations: []`, or no key) opens a block list for the merged items. */
function openList(header: string, kind: ListKind): string {
  if (new RegExp(`^${kind}:[ \\t]*(#.*)?\\r?$`, 'm').test(header)) return header;
  const key = new RegExp(`^${kind}[ \\t]*:.*$`, 'm');
  if (key.test(header)) return header.replace(key, `${kind}:`);
  return `${withBreak(header)}${kind}:\n`;
}

/** Three-way choice of a piece of text (comments): a side that changed it wins; when both did, ours, with theirs' extra lines. */
function mergeText(base: string, ours: string, theirs: string, preferOurs = true): string {
  if (ours === theirs || theirs === base) return ours;
  if (ours === base) return theirs;
  if (!preferOurs) return theirs;
  const have = new Set(ours.split('\n'));
  const extra = theirs.split('\n').filter((l) => l.trim() !== '' && !have.has(l));
  return extra.length ? withBreak(ours) + extra.join('\n') + '\n' : ours;
}

function entry(block: Block): { key: string; text: string; value: unknown } {
  return { key: block.key, text: block.text, value: block.value };
}

function conflictEntry(
  key: string,
  oursText: string,
  theirsText: string,
  value: unknown,
): { key: string; text: string; value: unknown } {
  return { key, text: `${OURS}\n${withBreak(oursText)}${SEP}\n${withBreak(theirsText)}${THEIRS}\n`, value };
}

/** What stands for an item a side deleted, inside a conflict block: a comment at the item's indentation. */
function deleted(block: Block, side: 'ours' | 'theirs'): string {
  const indent = /^([ \t]*)-/m.exec(block.text)?.[1] ?? '';
  return `${indent}# '${blockId(block)}' was deleted on ${side}\n`;
}

function withBreak(s: string): string {
  return s === '' || s.endsWith('\n') ? s : `${s}\n`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Both files kept whole, one conflict block: nothing is lost when a side cannot be read. */
function wholeConflict(ours: string, theirs: string, reason: string): MergeResult {
  return {
    text: `${OURS}\n${withBreak(ours)}${SEP}\n${withBreak(theirs)}${THEIRS}\n`,
    conflicts: [{ id: '(whole file)', reason }],
  };
}
