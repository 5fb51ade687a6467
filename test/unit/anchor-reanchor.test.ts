import * as assert from 'node:assert';
import { makeTarget } from '../../src/core/anchor/make-target';
import { reanchor } from '../../src/core/anchor/reanchor';

const TEXT =
  'Today “A” admitted a little “fact.” If “B” does not admit the same thing it implies that all his past ' +
  'confessions and humiliations were “lies”. “B” hastens to admit what “A” has admitted, and even a little more.';

/** Target of the first occurrence of `passage` in TEXT (or of the nth). */
function targetOf(passage: string, text = TEXT, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(passage, at + 1);
  assert.ok(at >= 0, `fixture: '${passage}' not found`);
  return makeTarget(text, at, at + passage.length);
}

function found(text: string, result: ReturnType<typeof reanchor>): string | undefined {
  return result.status === 'orphan' ? undefined : text.slice(result.start, result.end);
}

describe('makeTarget', () => {
  it('keeps up to 32 characters of context each side and the offsets', () => {
    const t = targetOf('admitted a little');
    assert.deepStrictEqual(t, {
      exact: 'admitted a little',
      prefix: 'Today “A” ',
      suffix: ' “fact.” If “B” does not admit t',
      start: 10,
      end: 27,
    });
    assert.strictEqual(t.suffix?.length, 32);
  });

  it('never splits a surrogate pair at the edge of the context', () => {
    const text = `${'𝔊'.repeat(20)}Kirov${'𝔊'.repeat(20)}`;
    const t = makeTarget(text, 40, 45);
    assert.strictEqual(t.exact, 'Kirov');
    assert.strictEqual(t.prefix, '𝔊'.repeat(16));
    assert.strictEqual(t.suffix, '𝔊'.repeat(16));
  });
});

describe('reanchor', () => {
  const cases: { name: string; passage: string; edit: (t: string) => string; status: string; expect?: string; nth?: number }[] = [
    {
      name: 'unchanged text: exact at the hint',
      passage: 'admitted a little',
      edit: (t) => t,
      status: 'exact',
      expect: 'admitted a little',
    },
    {
      name: 'insertion before the passage: moved',
      passage: 'hastens to admit',
      edit: (t) => `[Editor’s note: translation revised.] ${t}`,
      status: 'moved',
      expect: 'hastens to admit',
    },
    {
      name: 'deletion before the passage: moved',
      passage: 'hastens to admit',
      edit: (t) => t.replace('Today ', ''),
      status: 'moved',
      expect: 'hastens to admit',
    },
    {
      name: 'edit after the passage: still exact',
      passage: 'admitted a little',
      edit: (t) => t.replace('a little more', 'much more'),
      status: 'exact',
      expect: 'admitted a little',
    },
    {
      name: 'typo corrected inside the passage: fuzzy',
      passage: 'all his past confessions and humiliations',
      edit: (t) => t.replace('humiliations', 'humilations'),
      status: 'fuzzy',
      expect: 'all his past confessions and humilations',
    },
    {
      name: 're-wrapped inside the passage: fuzzy',
      passage: 'all his past confessions and humiliations',
      edit: (t) => t.replace('past confessions', 'past\nconfessions').replace('and humiliations', 'and\r\nhumiliations'),
      status: 'fuzzy',
      expect: 'all his past\nconfessions and\r\nhumiliations',
    },
    {
      name: 'passage deleted: orphan',
      passage: 'all his past confessions and humiliations',
      edit: (t) => t.replace('that all his past confessions and humiliations were “lies”', 'that he lied'),
      status: 'orphan',
    },
    {
      name: 'same quote twice: the second, after its neighbour moved',
      passage: 'admitted',
      nth: 1,
      edit: (t) => `Preface. ${t}`,
      status: 'moved',
      expect: 'admitted',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const target = targetOf(c.passage, TEXT, c.nth ?? 0);
      const text = c.edit(TEXT);
      const result = reanchor(text, target);
      assert.strictEqual(result.status, c.status);
      assert.strictEqual(found(text, result), c.expect);
      if (c.nth === 1 && result.status !== 'orphan') assert.strictEqual(result.start, text.lastIndexOf('admitted'));
    });
  }

  it('a paragraph moved elsewhere is found by its exact text', () => {
    const p1 = 'Smirnov and Goltzman tried to stop themselves in mid-road.';
    const p2 = 'Others (but not all) went further.';
    const before = `${p1}\n\n${p2}\n`;
    const after = `${p2}\n\n${p1}\n`;
    const result = reanchor(after, targetOf('Goltzman tried', before));
    assert.strictEqual(result.status, 'moved');
    assert.strictEqual(found(after, result), 'Goltzman tried');
  });

  it('context decides between two equal quotes, not nearness', () => {
    const text = 'Zinoviev said “I admit it.” Later Kamenev said “I admit it.” Nobody believed them.';
    const target = targetOf('“I admit it.”', text, 1);
    // Hint off by a lot and nearer the first occurrence: the prefix “Kamenev said” still picks the second.
    const result = reanchor(`xx${text}`, { ...target, start: 5, end: 18 });
    assert.strictEqual(result.status, 'moved');
    assert.ok(result.status === 'moved' && result.start === text.lastIndexOf('“I admit it.”') + 2);
  });

  it('with equal context the occurrence nearest the hint wins', () => {
    const text = 'yes. yes. yes. yes.';
    const result = reanchor(text, { exact: 'yes', start: 11, end: 14 });
    assert.deepStrictEqual(result, { status: 'moved', start: 10, end: 13 });
  });

  it('counts CRLF line endings and astral characters as UTF-16 units', () => {
    const lf = 'Line one.\nThe 𝔊 confession of Reingold.\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const t = targetOf('confession of Reingold', crlf);
    assert.strictEqual(t.start, 18);
    assert.deepStrictEqual(reanchor(crlf, t), { status: 'exact', start: 18, end: 40 });
    // Converting the file to LF shifts it by one unit: found again, as moved.
    assert.deepStrictEqual(reanchor(lf, t), { status: 'moved', start: 17, end: 39 });
  });

  it('keeps combining marks with their letters', () => {
    const text = 'André Gide’s book and Andre\u0301 Gide’s book';
    const t = targetOf('Andre\u0301 Gide', text);
    assert.deepStrictEqual(reanchor(text, t), { status: 'exact', start: 22, end: 33 });
  });

  // The time this takes is measured by the benchmark (bench/), not asserted here.
  it('re-anchors 1,000 annotations on a 1 MB text after edits', () => {
    const words = Array.from({ length: 180_000 }, (_, i) => `w${(i * 7919) % 100_003}`);
    const text = words.join(' ');
    assert.ok(text.length > 1_000_000);
    const targets = Array.from({ length: 1000 }, (_, i) => {
      const at = text.indexOf(' ', (i * 997) % (text.length - 100)) + 1;
      return makeTarget(text, at, at + 40);
    });
    const edited = `Inserted preface. ${text.slice(0, 500_000)}xx${text.slice(500_010)}`;
    const results = targets.map((t) => reanchor(edited, t));
    assert.ok(results.filter((r) => r.status === 'moved').length > 990);
  });
});
