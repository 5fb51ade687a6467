/**
 * The date patterns run only in windows around numbers (date-windows.ts), only where a month is near, and only when
 * a rule's gate word is there: speed filters. They may never change an answer. This runs every date case of the
 * unit tests, the sample corpus and the evaluation texts with the filters on and off and asserts the same dates.
 */
import * as assert from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findDates, findDatesUnfiltered, type DateOptions } from '../../src/core/recognize/dates';
import type { Mention } from '../../src/core/model';
import { CASES as ENGLISH } from './recognize-dates.test';
import { CASES as MONTHS } from './recognize-date-months.test';
import { CASES as INTL } from './recognize-ru-de-fr-dates.test';
import { RECORDED } from './recognize-date-linear.test';
import { DAY_CASES, DIARY_CASES, NARRATIVE_CASES } from './recognize-date-days.test';

const ROOT = join(__dirname, '../../..');
const show = (dates: Mention[]): string[] =>
  dates.map((d) => `${d.start}-${d.end} ${d.text} => ${d.value}${d.julian ? ` j:${d.julian}` : ''}`);

/** Every .txt and .md under `dir` (not sidecars), with its path. */
function texts(dir: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...texts(path));
    else if (/\.(?:txt|md)$/.test(e.name)) out.push([path, readFileSync(path, 'utf8')]);
  }
  return out;
}

function same(text: string, options: DateOptions = {}): void {
  assert.deepStrictEqual(show(findDatesUnfiltered(text, options)), show(findDates(text, options)));
}

describe('recognize: the date speed filters never change an answer', () => {
  const cases: Array<[string, DateOptions]> = [
    ...ENGLISH.map(([text, , options]): [string, DateOptions] => [text, options ?? {}]),
    ...MONTHS.map(([text]): [string, DateOptions] => [text, {}]),
    ...INTL.map(([text]): [string, DateOptions] => [text, {}]),
    ...RECORDED.map(([text]): [string, DateOptions] => [text, {}]),
    ...[...DAY_CASES, ...DIARY_CASES, ...NARRATIVE_CASES].map(([text]): [string, DateOptions] => [text, {}]),
  ];

  it('unit test cases, one by one', () => {
    assert.ok(cases.length > 100);
    for (const [text, options] of cases) same(text, options);
  });

  it('unit test cases run together as one text (windows that meet and overlap)', () => {
    same(cases.map(([text]) => text).join(' '));
    same(cases.map(([text]) => text).join('\n\n'));
  });

  it('the sample corpus and the evaluation texts', () => {
    const files = [
      ...texts(join(ROOT, 'samples')),
      ...texts(join(ROOT, 'eval/texts/seen')),
      ...texts(join(ROOT, 'eval/texts/genres')),
      ...texts(join(ROOT, 'eval/texts/ru-de-fr')),
    ];
    assert.ok(files.length > 5);
    for (const [path, text] of files) {
      assert.deepStrictEqual(show(findDatesUnfiltered(text)), show(findDates(text)), path);
    }
  });

  it('the unfiltered reading is the one the cases expect', () => {
    for (const [text, expected, options] of ENGLISH) {
      assert.deepStrictEqual(
        findDatesUnfiltered(text, options).map((d) => `${d.text} => ${d.value}${d.julian ? ` j:${d.julian}` : ''}`),
        expected,
      );
    }
  });
});
