import * as assert from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { check } from '../../src/cli/check';
import { makeTarget } from '../../src/core/anchor/make-target';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';
import { diff } from './sidecar-line-diff';

const TEXT =
  'By repeating the questions endlessly, the replies can be made increasingly concrete. ' +
  'Smirnov and Goltzman tried to stop themselves in mid-road, between “terror in general” and the assassination of Kirov.\n';

const REGISTRY = `version: 1
entities:
  - id: kirov
    type: person
    name: Sergei Kirov
  - id: goltzman
    type: person
    name: E. S. Goltzman
`;

function target(text: string, passage: string) {
  const at = text.indexOf(passage);
  const t = makeTarget(text, at, at + passage.length);
  return `      exact: ${JSON.stringify(t.exact)}\n      prefix: ${JSON.stringify(t.prefix)}\n      suffix: ${JSON.stringify(t.suffix)}\n      start: ${t.start}\n      end: ${t.end}\n`;
}

/** A sidecar with comments: a quote spoken by Goltzman and a person mention of Kirov. */
function sidecar(text: string, entity = 'goltzman'): string {
  return `# Hand-kept notes on the essay.
version: 1
text: essay.txt
annotations:
  - id: a3f9c1          # the key quote
    kind: quote
    target:
${target(text, '“terror in general”')}    entity: ${entity}
    note: Where the two tried to stop.
  - id: b71d02
    kind: person
    target:
${target(text, 'Kirov')}    entity: kirov
`;
}

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function run(...argv: string[]): Promise<{ code: number; lines: string[]; err: string }> {
  const out = new Sink();
  const err = new Sink();
  const code = await check(argv, out, err);
  return { code, lines: out.text.split('\n').filter(Boolean), err: err.text };
}

describe('marginalia check', () => {
  let dir: string;
  const file = (name: string) => join(dir, name);
  const write = (name: string, content: string) => writeFileSync(file(name), content);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-check-'));
    write('entities.yaml', REGISTRY);
    write('essay.txt', TEXT);
    write('essay.txt.annotations.yaml', sidecar(TEXT));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a clean corpus prints nothing and exits 0', async () => {
    const r = await run(dir);
    assert.deepStrictEqual(r.lines, []);
    assert.strictEqual(r.code, 0);
    assert.match(r.err, /checked 1 sidecar\(s\), 1 registry: 0 error\(s\), 0 warning\(s\)/);
  });

  // Quiet sidecars: a quote that still finds its passage unambiguously needs no new hints, so it is not reported.
  it('merely moved annotations are not reported (their quotes still find them); check --fix still refreshes the hints', async () => {
    write('essay.txt', `[Translated from the French.] ${TEXT}`);
    const r = await run(dir);
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(r.lines, []);
    const fixed = await run('--fix', dir);
    assert.deepStrictEqual(
      fixed.lines.map((l) => l.replace(dir, '<dir>')),
      [
        "<dir>/essay.txt.annotations.yaml:5:5: info: annotation 'a3f9c1': '“terror in general”' moved from offset 152 to 182; hints updated",
        "<dir>/essay.txt.annotations.yaml:15:5: info: annotation 'b71d02': 'Kirov' moved from offset 197 to 227; hints updated",
      ],
    );
  });

  it('words changed inside a passage are warnings (exit 0), naming file, line, column and the fix; --fix keeps exact', async () => {
    write('essay.txt', `[Translated from the French.] ${TEXT.replace('“terror in general”', '“terror in genral”')}`);
    const r = await run(dir);
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(
      r.lines.map((l) => l.replace(dir, '<dir>')),
      [
        "<dir>/essay.txt.annotations.yaml:5:5: warning: annotation 'a3f9c1': '“terror in general”' now reads '“terror in genral”' at offset 182 " +
          "(target.exact is kept) — run 'marginalia check --fix' to update its hints",
      ],
    );
    assert.strictEqual((await run('--fix', dir)).code, 0);
    const { sidecar: read } = parseSidecar(readFileSync(file('essay.txt.annotations.yaml'), 'utf8'), 's');
    assert.deepStrictEqual(read?.annotations[0].target, {
      exact: '“terror in general”',
      current: '“terror in genral”',
      prefix: 'themselves in mid-road, between ',
      suffix: ' and the assassination of Kirov.',
      start: 182,
      end: 200,
    });
    assert.deepStrictEqual((await run(dir)).lines, [], 'found by its recorded words: nothing more to say');
  });

  it('a quote made ambiguous by a copy is a warning: its hints are needed to tell the copies apart', async () => {
    // The copy has the same context on both sides as far as it goes: only the offsets tell them apart.
    const copy = TEXT.slice(0, TEXT.indexOf('Kirov') + 'Kirov'.length);
    write('essay.txt', `${copy}.\n${TEXT}`);
    const r = await run(dir);
    assert.ok(
      r.lines.some((l) => l.includes("warning: annotation 'b71d02'")),
      r.lines.join('\n'),
    );
  });

  it('deleting one of two formulaic sentences orphans its annotation instead of moving it to the other (exact kept)', async () => {
    const formula =
      'The accused Zinoviev admitted that he had organised the murder of Kirov. ' +
      'The accused Kamenev admitted that he had organised the murder of Kirov.\n';
    write('essay.txt', formula);
    write(
      'essay.txt.annotations.yaml',
      `version: 1\ntext: essay.txt\nannotations:\n  - id: z1\n    kind: confession\n    target:\n` +
        target(formula, 'The accused Zinoviev admitted that he had organised the murder of Kirov.'),
    );
    write('essay.txt', formula.slice(formula.indexOf('The accused Kamenev')));
    const r = await run('--fix', dir);
    assert.strictEqual(r.code, 1);
    assert.match(r.lines[0], /error: annotation 'z1': .* is no longer in the text/);
    const { sidecar: read } = parseSidecar(readFileSync(file('essay.txt.annotations.yaml'), 'utf8'), 's');
    assert.strictEqual(
      read?.annotations[0].target.exact,
      'The accused Zinoviev admitted that he had organised the murder of Kirov.',
    );
    assert.strictEqual(read?.annotations[0].target.current, undefined);
    assert.strictEqual(read?.annotations[0].orphaned, true);
  });

  const errors: { name: string; setup: (w: typeof write) => void; expect: RegExp }[] = [
    {
      name: 'a deleted passage is an orphan',
      setup: (w) => w('essay.txt', TEXT.replace(', between “terror in general” and', ' before')),
      expect: /essay\.txt\.annotations\.yaml:5:5: error: annotation 'a3f9c1': .* is no longer in the text — fix target\.exact/,
    },
    {
      name: 'an unknown entity id',
      setup: (w) => w('essay.txt.annotations.yaml', sidecar(TEXT, 'goltsman')),
      expect: /:5:5: error: annotation 'a3f9c1': entity 'goltsman' is in no entities\.yaml — add it to a registry or fix the id/,
    },
    {
      name: 'a sidecar that does not parse',
      setup: (w) => w('essay.txt.annotations.yaml', sidecar(TEXT).replace('kind: person', 'kind: [person')),
      expect: /annotations\.yaml:\d+:\d+: error: .* — fix the YAML syntax here/,
    },
    {
      name: 'a schema violation in the registry',
      setup: (w) => w('entities.yaml', REGISTRY.replace('type: person', 'type: human')),
      expect:
        /entities\.yaml:4:5: error: 'type' must be one of person, place, organisation, event, work — fix the value or remove the entity/,
    },
    {
      name: 'text: pointing outside the folder',
      setup: (w) => w('essay.txt.annotations.yaml', sidecar(TEXT).replace('text: essay.txt', 'text: ../../etc/passwd')),
      expect: /:3:1: error: text '\.\.\/\.\.\/etc\/passwd' is outside the sidecar's folder/,
    },
    {
      name: 'text: through a symlink out of the folder',
      setup: (w) => {
        mkdirSync(file('outside'));
        writeFileSync(join(file('outside'), 'secret.txt'), TEXT);
        mkdirSync(file('corpus'));
        symlinkSync(file('outside'), join(file('corpus'), 'link'));
        w('corpus/essay.txt.annotations.yaml', sidecar(TEXT).replace('text: essay.txt', 'text: link/secret.txt'));
      },
      expect: /corpus\/essay\.txt\.annotations\.yaml:3:1: error: text 'link\/secret\.txt' is outside the sidecar's folder/,
    },
    {
      name: 'text: naming a missing file',
      setup: (w) => w('essay.txt.annotations.yaml', sidecar(TEXT).replace('text: essay.txt', 'text: essay-v2.txt')),
      expect: /:3:1: error: text 'essay-v2\.txt' does not exist/,
    },
  ];
  for (const c of errors) {
    it(`${c.name}: error, exit 1`, async () => {
      c.setup(write);
      const r = await run(dir);
      assert.strictEqual(r.code, 1, r.lines.join('\n'));
      assert.ok(
        r.lines.some((l) => c.expect.test(l)),
        r.lines.join('\n'),
      );
    });
  }

  it('--fix updates moved hints and marks orphans, keeps comments, deletes nothing, leaves no temp file', async () => {
    const before = readFileSync(file('essay.txt.annotations.yaml'), 'utf8');
    write('essay.txt', `[Translated.] ${TEXT.replace('assassination of Kirov', 'assassination')}`);
    const r = await run('--fix', dir);
    assert.strictEqual(r.code, 1);
    assert.deepStrictEqual(
      r.lines.map((l) => l.split(': ').slice(1, 2)[0]),
      ['info', 'error'],
    );
    const after = readFileSync(file('essay.txt.annotations.yaml'), 'utf8');
    const { removed, added } = diff(before, after);
    // The insertion is more than 32 characters before the quote: its prefix stays; its suffix lost “of Kirov”.
    assert.deepStrictEqual(
      removed.map((l) => l.trim().split(':')[0]),
      ['suffix', 'start', 'end'],
    );
    assert.deepStrictEqual(
      added.map((l) => l.trim().split(':')[0]),
      ['suffix', 'start', 'end', 'orphaned'],
    );
    assert.deepStrictEqual(
      added.slice(1).map((l) => l.trim()),
      ['start: 166', 'end: 185', 'orphaned: true'],
    );
    assert.ok(after.includes('# Hand-kept notes on the essay.') && after.includes('# the key quote'));
    const { sidecar: read } = parseSidecar(after, 's');
    assert.deepStrictEqual(
      read?.annotations.map((a) => [a.id, a.orphaned]),
      [
        ['a3f9c1', undefined],
        ['b71d02', true],
      ],
    );
    assert.deepStrictEqual(readdirSync(dir).sort(), ['entities.yaml', 'essay.txt', 'essay.txt.annotations.yaml']);
    // Run again: the moved one is now clean; the orphan stays an error, and stays in the file.
    const again = await run(dir);
    assert.strictEqual(again.code, 1);
    assert.strictEqual(again.lines.length, 1);
    assert.match(again.lines[0], /b71d02/);
  });

  it('offsets count after a BOM and on CRLF line endings', async () => {
    const crlf = TEXT.replace('. Smirnov', '.\r\nSmirnov');
    write('essay.txt', `\ufeff${crlf}`);
    write('essay.txt.annotations.yaml', `\ufeff${sidecar(crlf).replace(/\n/g, '\r\n')}`);
    const r = await run(dir);
    assert.deepStrictEqual(r.lines, []);
    assert.strictEqual(r.code, 0);
  });

  it('warns when a sidecar is not named after its text', async () => {
    write('essay-copy.txt.annotations.yaml', sidecar(TEXT));
    const r = await run(dir);
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(
      r.lines.map((l) => l.replace(dir, '<dir>')),
      [
        "<dir>/essay-copy.txt.annotations.yaml:3:1: warning: the sidecar is not named after its text 'essay.txt', so the editor will not show " +
          "these annotations — rename it to essay.txt.annotations.yaml or fix 'text:'",
      ],
    );
  });

  it('finds sidecars in subfolders and the registry above a path', async () => {
    mkdirSync(file('letters'));
    writeFileSync(join(dir, 'letters', 'essay.txt'), TEXT);
    writeFileSync(join(dir, 'letters', 'essay.txt.annotations.yaml'), sidecar(TEXT, 'nobody'));
    const r = await run(join(dir, 'letters'));
    assert.strictEqual(r.code, 1);
    assert.deepStrictEqual(
      r.lines.map((l) => /entity '(\w+)'/.exec(l)?.[1]),
      ['nobody'],
    );
  });

  it('without any registry, says that entity ids were not checked', async function () {
    rmSync(file('entities.yaml'));
    // A stray entities.yaml in a folder above the temp dir would be found (and used), as it should.
    if (existsSync(join(tmpdir(), 'entities.yaml')) || existsSync('/entities.yaml')) this.skip();
    const r = await run(file('essay.txt'));
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(r.lines, []);
    assert.match(r.err, /no entities\.yaml .* entity ids were not checked/);
  });

  it('usage errors exit 2', async () => {
    assert.strictEqual((await run()).code, 2);
    assert.strictEqual((await run('--frobnicate', dir)).code, 2);
    assert.strictEqual((await run(file('no-such-dir'))).code, 2);
  });
});
