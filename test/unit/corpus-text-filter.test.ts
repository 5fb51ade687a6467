import * as assert from 'node:assert';
import { excludeGlob, isTextPath } from '../../src/core/corpus/text-filter';

describe('isTextPath', () => {
  const texts = '**/*.{txt,md}';
  const exclude = ['**/node_modules/**', '**/.git', 'drafts'];
  const rows: Array<[string, boolean]> = [
    ['trotsky-1936-moscow-confessions.txt', true],
    ['notes/chronology.md', true],
    ['notes/deep/er/hotel-bristol-alibi.md', true],
    ['trotsky-1936-moscow-confessions.txt.annotations.yaml', false], // a sidecar
    ['entities.yaml', false],
    ['notes/entities.yaml', false],
    ['scans/page-001.png', false],
    ['node_modules/some-package/README.md', false],
    ['.git/COMMIT_EDITMSG.txt', false], // a folder excluded without /** still excludes its files
    ['drafts/letter.txt', false],
    ['notes/drafts.md', true], // a file named like an excluded folder is not in it
    ['.hidden/notes.md', true],
  ];
  for (const [path, expected] of rows)
    it(`${expected ? 'takes' : 'leaves out'} ${path}`, () => assert.strictEqual(isTextPath(path, texts, exclude), expected));

  it('joins exclude globs for findFiles', () => {
    assert.strictEqual(excludeGlob([]), null);
    assert.strictEqual(excludeGlob(['**/node_modules/**']), '**/node_modules/**');
    assert.strictEqual(excludeGlob(['a/**', '**/b']), '{a/**,**/b}');
  });
});
