// Globs come from workspace settings a downloaded folder can set: a catastrophic one is refused, never matched for minutes.
import * as assert from 'node:assert';
import { globProblem, isTextPath } from '../../src/core/corpus/text-filter';

/** A long name of the one letter the hostile patterns want, as a file name could be (255 is the usual limit). */
const LONG = 'a'.repeat(250) + '.txt';

describe('reliability: catastrophic globs in the settings', () => {
  const hostile: Array<[string, RegExp]> = [
    ['*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b', /more than 3 \* in one path segment/],
    ['**/*a*a*a*b.txt', /more than 3 \* in one path segment/],
    ['{1..100000}/*.txt', /\{a\.\.b\} range/],
    ['{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}{o,p}{q,r}{s,t}', /more than 8 \{…\} groups/],
    ['x'.repeat(600), /longer than 500 characters/],
  ];
  for (const [glob, why] of hostile) {
    it(`refuses ${glob.slice(0, 40)}`, () => assert.match(globProblem(glob) ?? 'accepted', why));
  }

  const fine = [
    '**/*.{txt,md}',
    '**/node_modules/**',
    '**/.git',
    'letters/**/*-193[0-9].txt',
    '**/*draft*',
    'notes/*.md',
    '**/*a*b*.txt',
  ];
  for (const glob of fine) it(`accepts ${glob}`, () => assert.strictEqual(globProblem(glob), undefined));

  it('an unsafe texts glob falls back to the default; unsafe excludes are ignored; matching stays fast', function () {
    // Unguarded, the first pattern below takes longer than the age of the universe on LONG; the second, 100,000 regexes per call.
    this.timeout(10_000);
    assert.strictEqual(isTextPath(`letters/${LONG}`, hostile[0][0], []), true, 'default **/*.{txt,md} used instead');
    assert.strictEqual(isTextPath('letters/a.yaml', hostile[0][0], []), false);
    assert.strictEqual(isTextPath(`letters/${LONG}`, '**/*.txt', [hostile[1][0], hostile[2][0]]), true);
    assert.strictEqual(
      isTextPath('drafts/a.txt', '**/*.txt', [hostile[2][0], 'drafts']),
      false,
      'the safe exclude still applies',
    );
    for (let i = 0; i < 1000; i++) isTextPath(`corpus/${i}/${LONG}`, '**/*.{txt,md}', ['**/node_modules/**', '**/*draft*']);
  });

  it('extended globs are literal text, as in VS Code, so +(a|aa) cannot backtrack', function () {
    this.timeout(10_000);
    assert.strictEqual(isTextPath(`${'a'.repeat(40)}c`, '+(a|aa)+(a|aa)*(a)c', []), false);
    assert.strictEqual(isTextPath('+(a|aa)c', '+(a|aa)c', []), true);
  });
});
