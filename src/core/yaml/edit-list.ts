import { isMap, isSeq, Pair, YAMLSeq, type Document, type YAMLMap } from 'yaml';
import type { Problem } from '../model';
import { parseYaml } from './parse-yaml';
import { applyEdits, settle, type Edit } from './edit-text';
import { CONFLICT_FIX } from './conflict-markers';
import { describeDuplicates, duplicateIds, duplicateProblems } from './duplicate-ids';

/** Makes the error thrown when an edit is refused (the file does not parse, an id is unknown...). */
export type Refuse = (message: string, problems: Problem[]) => Error;

/** What an edit sees: the Document to change, its top-level list, and the list as parsed from the original text (for ranges). */
export interface ListEdit {
  doc: Document;
  list: YAMLSeq;
  original: YAMLSeq;
  /** The original top-level map, for edits of the list key itself. */
  root?: YAMLMap;
  text: string;
}

/**
 * What `change` changes in the Document: 'nodes' (any node: fields of items, the root's keys), or only 'list': items
 * inserted into or removed from `list.items`, never a node changed in place. A 'list' change is given a Document that
 * shares the items with `original` (copying every node of a sidecar was a fifth of the time of saving one).
 */
export type Mutates = 'nodes' | 'list';

/**
 * Edits a YAML file whose content is a top-level list (`annotations:`,
 * `entities:`): refuses unparsable text (merge conflicts included) and a list
 * whose ids are not unique, lets `change` edit the Document and
 * return the same change as text edits (undefined: cannot splice), and returns
 * the minimal-diff text when it reads back right. A leading BOM is kept.
 */
export function editList(
  raw: string,
  listKey: string,
  refuse: Refuse,
  change: (e: ListEdit) => Edit[] | undefined,
  mutates: Mutates = 'nodes',
): string {
  const bom = raw.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const parsed = parseYaml(raw, '');
  if (!parsed.doc) {
    const conflict = parsed.problems.find((p) => p.code === 'merge-conflict');
    throw refuse(
      conflict
        ? `the file has an ${conflict.message.split(' — ')[0]}: ${CONFLICT_FIX}; it was not changed`
        : 'the file does not parse; it was not changed',
      parsed.problems,
    );
  }
  const text = parsed.text;
  // Another format version is not ours to change: an edit could break what a newer Marginalia wrote.
  const version = (parsed.value as { version?: unknown } | null)?.version;
  if (version !== undefined && version !== 1) {
    const message =
      `'version' is ${JSON.stringify(version)}, which this Marginalia does not know — update Marginalia or fix ` + `the version`;
    const { line, character } = parsed.positions.positionAt(
      (parsed.doc.get('version', true) as { range?: number[] } | undefined)?.range?.[0] ?? 0,
    );
    throw refuse(`${message}; the file was not changed`, [
      { file: '', line, column: character, severity: 'error', code: 'edit-refused', message },
    ]);
  }
  const originalDoc = parsed.doc;
  const originalFound = originalDoc.get(listKey, true);
  if (originalFound !== undefined && originalFound !== null && !isSeq(originalFound) && !isScalarNull(originalFound)) {
    throw refuse(`'${listKey}' is not a list; the file was not changed`, []);
  }
  const original = isSeq(originalFound) ? originalFound : new YAMLSeq();
  const root = isMap(originalDoc.contents) ? originalDoc.contents : undefined;
  // Edits go to a copy; the parsed original keeps the source ranges the splices need.
  let doc: Document;
  let list: YAMLSeq;
  if (mutates === 'list' && isSeq(originalFound) && root) {
    // Only the list's items array and the root map's pair of it are new: every item is shared with the original.
    list = shallowCopy(originalFound);
    const top: YAMLMap = shallowCopy(root);
    top.items = root.items.map((pair) => (pair.value === originalFound ? new Pair(pair.key, list) : pair));
    (originalDoc as Document).contents = top;
    doc = originalDoc;
  } else {
    doc = originalDoc.clone();
    const found = doc.get(listKey, true);
    list = isSeq(found) ? found : new YAMLSeq();
    if (!isSeq(found)) doc.set(listKey, list);
  }
  // An edit addresses items by id: with an id used twice it could change the wrong one (or write one's target into the other).
  const noun = listKey === 'entities' ? 'entity' : listKey.replace(/s$/, '');
  const duplicates = duplicateIds(
    original.items.map((item) => {
      const id = isMap(item) ? item.get('id') : undefined;
      const { line, character } = parsed.positions.positionAt((item as { range?: number[] } | null)?.range?.[0] ?? 0);
      return { id: typeof id === 'string' || typeof id === 'number' ? String(id) : undefined, line, column: character };
    }),
  );
  if (duplicates.size > 0) {
    const problems = duplicateProblems(duplicates, '', noun, 'edit-refused', 'give one of them a new id');
    throw refuse(`${describeDuplicates(duplicates, noun)} — give each copy its own id first; the file was not changed`, problems);
  }
  const edits = change({ doc, list, original, root, text });
  // New lines follow the file's own line endings, so a CRLF file does not end up mixed.
  const crlf = text.includes('\r\n');
  const eol = (s: string) => (crlf ? s.replace(/\r?\n/g, '\r\n') : s);
  const spliced =
    edits &&
    applyEdits(
      text,
      edits.map((e) => ({ ...e, text: eol(e.text) })),
    );
  return bom + settle(spliced, doc, eol);
}

/** A copy of a collection node with its own items array (the items themselves shared), as the yaml package's clone makes one. */
function shallowCopy<T extends YAMLMap | YAMLSeq>(node: T): T {
  const copy = Object.create(Object.getPrototypeOf(node), Object.getOwnPropertyDescriptors(node)) as T;
  copy.items = [...node.items] as T['items'];
  if (node.range) copy.range = [...node.range] as T['range'];
  return copy;
}

function isScalarNull(node: unknown): boolean {
  return typeof node === 'object' && node !== null && 'value' in node && (node as { value: unknown }).value === null;
}
