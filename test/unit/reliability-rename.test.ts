// A text renamed with its sidecar: the sidecar's `text:` follows, one line changed, nothing else touched.
import * as assert from 'node:assert';
import { setSidecarText } from '../../src/core/sidecar/edit-sidecar';
import { SidecarError } from '../../src/core/sidecar/sidecar-error';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';

const YAML = `# Notes on the essay, kept by hand.
version: 1
text: trotsky-1936.txt   # the English translation
annotations:
  - id: a3f9c1
    kind: confession
    target: { exact: admitted a little fact, start: 6120, end: 6142 }
`;

describe('reliability: the sidecar follows its renamed text', () => {
  const rows: Array<[string, string]> = [
    ['trotsky-1936-moscow-confessions.txt', 'text: trotsky-1936-moscow-confessions.txt   # the English translation'],
    ['1936: the confessions.txt', 'text: "1936: the confessions.txt"   # the English translation'],
  ];
  for (const [name, line] of rows) {
    it(`points text: at ${name}, changing only that line`, () => {
      const out = setSidecarText(YAML, name);
      assert.deepStrictEqual(
        out.split('\n').filter((l, i) => l !== YAML.split('\n')[i]),
        [line],
      );
      assert.strictEqual(parseSidecar(out, 's').sidecar?.text, name);
    });
  }

  it('refuses a sidecar it cannot read', () => {
    assert.throws(() => setSidecarText(YAML.replace('kind: confession', 'kind: [confession'), 'x.txt'), SidecarError);
  });
});
