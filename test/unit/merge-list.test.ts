import * as assert from 'node:assert';
import { mergeList } from '../../src/core/merge/merge-list';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';

const HEAD = 'version: 1\ntext: essay.txt\nannotations:\n';

function item(id: string, start: number, note: string, comment = ''): string {
  return `${comment}  - id: ${id}\n    kind: note\n    target:\n      exact: "w${start}"\n      start: ${start}\n      end: ${start + 3}\n    note: ${note}\n`;
}

function ids(text: string): string[] {
  const { sidecar, problems } = parseSidecar(text, 'x.annotations.yaml');
  assert.deepStrictEqual(problems, [], text);
  return sidecar!.annotations.map((a) => a.id);
}

describe('mergeList (three-way merge of sidecars and registries by id)', () => {
  const base = HEAD + item('a', 10, 'A', '  # about a\n') + item('z', 900, 'Z');

  it('keeps additions from both sides in text order, and every comment', () => {
    const ours = HEAD + item('a', 10, 'A', '  # about a\n') + item('m', 500, 'M', '  # ours said this\n') + item('z', 900, 'Z');
    const theirs =
      HEAD +
      item('a', 10, 'A', '  # about a\n') +
      item('k', 400, 'K') +
      item('n', 600, 'N', '  # theirs said that\n') +
      item('z', 900, 'Z');
    const r = mergeList(base, ours, theirs, 'annotations');
    assert.deepStrictEqual(r.conflicts, []);
    assert.deepStrictEqual(ids(r.text), ['a', 'k', 'm', 'n', 'z']);
    for (const c of ['# about a', '# ours said this', '# theirs said that']) assert.ok(r.text.includes(c), c);
  });

  it('takes a one-sided change and a one-sided deletion', () => {
    const ours = HEAD + item('a', 10, 'A changed');
    const theirs = base.replace('note: Z', 'note: Z changed');
    const r = mergeList(base, ours, theirs, 'annotations');
    // ours deleted z, theirs changed it: a conflict, both kept
    assert.strictEqual(r.conflicts.length, 1);
    assert.match(r.conflicts[0].reason, /deleted on ours/);
    assert.ok(r.text.includes('note: A changed') && r.text.includes('note: Z changed'));
    // ours deleted z (unchanged on theirs), theirs changed a: both taken, no conflict
    const clean = mergeList(base, HEAD + item('a', 10, 'A', '  # about a\n'), base.replace('note: A', 'note: A3'), 'annotations');
    assert.deepStrictEqual(clean.conflicts, []);
    assert.deepStrictEqual(ids(clean.text), ['a']);
    assert.match(clean.text, /# about a\n {2}- id: a[\s\S]*note: A3\n$/);
  });

  it('the same id added on both sides: one copy when equal, a conflict when different', () => {
    const same = HEAD + item('a', 10, 'A', '  # about a\n') + item('q', 50, 'Q') + item('z', 900, 'Z');
    assert.deepStrictEqual(ids(mergeList(base, same, same.replace('# about a', '# about A'), 'annotations').text), [
      'a',
      'q',
      'z',
    ]);
    const r = mergeList(base, same, same.replace('note: Q', 'note: Q2'), 'annotations');
    assert.deepStrictEqual(
      r.conflicts.map((c) => [c.id, c.reason]),
      [['q', 'added on both sides with different content']],
    );
    assert.match(r.text, /<<<<<<< ours\n {2}- id: q[\s\S]*note: Q\n=======\n {2}- id: q[\s\S]*note: Q2\n>>>>>>> theirs\n/);
  });

  it('merges different target fields of one annotation key by key', () => {
    const ours = base.replace('start: 900', 'start: 905').replace('end: 903', 'end: 908');
    const theirs = base.replace('note: Z', 'note: Zed');
    const r = mergeList(base, ours, theirs, 'annotations');
    assert.deepStrictEqual(r.conflicts, []);
    assert.match(r.text, /start: 905\n {6}end: 908\n {4}note: Zed\n/);
  });

  it('position hints moved differently on both sides are not a conflict: ours are kept, start and end together', () => {
    const ours = base.replace('start: 900', 'start: 905').replace('end: 903', 'end: 908');
    const theirs = base.replace('start: 900', 'start: 880').replace('end: 903', 'end: 883').replace('note: Z', 'note: Zed');
    const r = mergeList(base, ours, theirs, 'annotations');
    assert.deepStrictEqual(r.conflicts, []);
    assert.match(r.text, /start: 905\n {6}end: 908\n {4}note: Zed\n/);
    // The words themselves changed differently: a real conflict.
    const words = mergeList(
      base,
      base.replace('exact: "w900"', 'exact: "w901"'),
      base.replace('exact: "w900"', 'exact: "w902"'),
      'annotations',
    );
    assert.deepStrictEqual(
      words.conflicts.map((c) => c.reason),
      ['both sides changed target.exact'],
    );
  });

  it('starts from an empty list on both sides', () => {
    const empty = `${HEAD.replace('annotations:\n', 'annotations: []\n')}`;
    const r = mergeList(empty, HEAD + item('b', 20, 'B'), HEAD + item('c', 30, 'C'), 'annotations');
    assert.deepStrictEqual(r.conflicts, []);
    assert.deepStrictEqual(ids(r.text), ['b', 'c']);
  });

  it('merges a sidecar created on both branches (git passes an empty base)', () => {
    const r = mergeList('', HEAD + item('b', 20, 'B'), HEAD + item('a', 10, 'A') + item('c', 30, 'C'), 'annotations');
    assert.deepStrictEqual(r.conflicts, []);
    assert.deepStrictEqual(ids(r.text), ['a', 'b', 'c']);
  });

  it('keeps a CRLF file CRLF and a trailing comment in place', () => {
    const crlf = (x: string) => x.replace(/\n/g, '\r\n');
    const b = `${base}# end of file\n`;
    const r = mergeList(crlf(b), crlf(b.replace('note: Z', 'note: Z2')), crlf(b.replace('note: A', 'note: A3')), 'annotations');
    assert.deepStrictEqual(r.conflicts, []);
    assert.strictEqual(r.text, crlf(b.replace('note: Z', 'note: Z2').replace('note: A', 'note: A3')));
    const c = mergeList(crlf(b), crlf(b.replace('note: Z', 'note: Z2')), crlf(b.replace('note: Z', 'note: Z3')), 'annotations');
    assert.ok(!/[^\r]\n/.test(c.text), 'every line ends in CRLF, the marker lines too');
  });

  it('keeps both whole files when a side does not parse (already conflicted, broken YAML)', () => {
    const broken = `${base}  - id: [unclosed\n`;
    const r = mergeList(base, base.replace('note: A', 'note: A2'), broken, 'annotations');
    assert.strictEqual(r.conflicts.length, 1);
    assert.ok(r.text.includes('note: A2') && r.text.includes('[unclosed'));
  });

  it('merges registry entities by id, keeping new ones after their neighbour', () => {
    const reg = (extra: string) =>
      `version: 1\nentities:\n  - id: kirov\n    type: person\n    name: Sergei Kirov\n${extra}  - id: zinoviev\n    type: person\n    name: Grigory Zinoviev\n`;
    const ours = reg('  - id: kamenev\n    type: person\n    name: Lev Kamenev\n');
    const theirs = reg('  - id: radek\n    type: person\n    name: Karl Radek\n').replace(
      'name: Sergei Kirov',
      'name: Sergei Kirov\n    aliases: [Kirov]',
    );
    const r = mergeList(reg(''), ours, theirs, 'entities');
    assert.deepStrictEqual(r.conflicts, []);
    assert.deepStrictEqual(r.text.match(/id: \S+/g), ['id: kirov', 'id: kamenev', 'id: radek', 'id: zinoviev']);
    assert.match(r.text, /aliases: \[Kirov\]/);
  });
});
