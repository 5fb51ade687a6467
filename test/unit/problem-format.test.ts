import * as assert from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { check } from '../../src/cli/check';
import { formatProblem } from '../../src/core/problem-format';
import type { Problem } from '../../src/core/model';

const problem = (message: string, file = 'essays/trotsky.txt.annotations.yaml'): Problem => ({
  file,
  line: 11,
  column: 4,
  severity: 'warning',
  code: 'anchor-moved',
  message,
});

describe('formatProblem', () => {
  it('prints file:line:col: severity: message, 1-based', () => {
    assert.strictEqual(
      formatProblem(problem("annotation 'a3f9c1' moved")),
      "essays/trotsky.txt.annotations.yaml:12:5: warning: annotation 'a3f9c1' moved",
    );
  });

  it('a message quoting text with CRLF, LF, CR or other control characters stays on one line, visibly escaped', () => {
    const line = formatProblem(problem("annotation 'a3f9c1': 'the first\r\nthe second\nthe third\rend\tand\0' moved"));
    assert.strictEqual(line.split(/[\r\n\u2028\u2029]/).length, 1);
    assert.strictEqual(
      line,
      "essays/trotsky.txt.annotations.yaml:12:5: warning: annotation 'a3f9c1': 'the first\\nthe second\\nthe third\\rend\\tand\\u0000' moved",
    );
  });

  it('a file name with a line break cannot split the line either, and the place can be given apart', () => {
    assert.strictEqual(formatProblem(problem('x\u2028y', 'odd\nname.yaml')), 'odd\\nname.yaml:12:5: warning: x\\u2028y');
    assert.strictEqual(formatProblem(problem('x'), 'other.yaml'), 'other.yaml:12:5: warning: x');
  });
});

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

describe('check prints one problem per line', () => {
  it('an orphan whose passage spans a CRLF line break is one line of output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marginalia-format-'));
    try {
      writeFileSync(join(dir, 'essay.txt'), 'Smirnov and Goltzman.\r\n');
      writeFileSync(
        join(dir, 'essay.txt.annotations.yaml'),
        'version: 1\ntext: essay.txt\nannotations:\n  - id: a3f9c1\n    kind: note\n    target: { exact: "a passage\\r\\nedited away", start: 0, end: 22 }\n',
      );
      const out = new Sink();
      assert.strictEqual(await check([dir], out, new Sink()), 1);
      const lines = out.text.split('\n').filter(Boolean);
      assert.strictEqual(lines.length, 1, out.text);
      assert.match(
        lines[0],
        /essay\.txt\.annotations\.yaml:4:5: error: annotation 'a3f9c1': 'a passage\\nedited away' is no longer in the text/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
