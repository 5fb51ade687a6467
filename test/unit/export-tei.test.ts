import * as assert from 'node:assert';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { toTei } from '../../src/core/export/tei';
import type { ExportDocument } from '../../src/core/export/export-document';
import { at, fixture } from './export-fixture';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  preserveOrder: false,
  isArray: (name) => ['p', 'persName', 'person', 'note', 'said', 'date', 'anchor'].includes(name),
});

function wellFormed(xml: string): void {
  const result = XMLValidator.validate(xml);
  assert.strictEqual(result, true, JSON.stringify(result));
}

type Node = Record<string, unknown>;

/** Every element named `name` anywhere under `node`. */
function all(node: unknown, name: string): Node[] {
  if (Array.isArray(node)) return node.flatMap((n) => all(n, name));
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node as Node).flatMap(([key, value]) =>
    key === name
      ? (Array.isArray(value) ? value : [value])
          .filter((v): v is Node => typeof v === 'object' && v !== null)
          .concat(all(value, name))
      : all(value, name),
  );
}

describe('toTei', () => {
  const { xml, dropped } = toTei(fixture(), { title: 'The Moscow “Confessions”' });
  const tei = parser.parse(xml) as Node;

  it('is well-formed XML with a header and one <p> per paragraph', () => {
    wellFormed(xml);
    const header = (tei.TEI as Node).teiHeader as Node;
    const fileDesc = header.fileDesc as Node;
    assert.strictEqual((fileDesc.titleStmt as Node).title, 'The Moscow “Confessions”');
    assert.ok(fileDesc.publicationStmt && fileDesc.sourceDesc);
    const body = xml.slice(xml.indexOf('<body>'));
    assert.strictEqual(body.match(/<p>/g)?.length, 2);
  });

  it('points every persName ref at a listPerson entry', () => {
    const people = new Set(all(tei, 'person').map((p) => `#${p['@xml:id']}`));
    assert.deepStrictEqual([...people].sort(), ['#goltzman', '#kirov', '#stalin']);
    const refs = all((tei.TEI as Node).text, 'persName').map((p) => p['@ref']);
    assert.ok(refs.length >= 3);
    for (const ref of refs) assert.ok(people.has(String(ref)), `${ref} is not in listPerson`);
    assert.match(xml, /<birth when="1878-12-18">1878-12-18<\/birth>/);
  });

  it('marks the confession as <said who>, with its note after it, and the date with @when', () => {
    const said = all(tei, 'said');
    assert.strictEqual(said.length, 1);
    assert.strictEqual(said[0]['@who'], '#goltzman');
    assert.strictEqual(said[0]['@xml:id'], 'a-a3f9c1');
    assert.match(
      xml,
      /<\/said><note type="annotation" target="#a-a3f9c1">The only one of the older accused who claims to have \*seen\* Trotsky, "in person"\. <term>contradiction<\/term> <term>Hotel Bristol<\/term><\/note>/,
    );
    assert.match(xml, /<date when="1936-12-18">18 December 1936<\/date>/);
    assert.match(xml, /me<\/said><note [^>]*>[^<]*(<term>[^<]*<\/term> ?)*<\/note> &amp; was said/);
  });

  it('nests the Goltzman mention inside the confession and keeps the orphan as a note', () => {
    assert.match(
      xml,
      /<said[^>]*><persName ref="#goltzman">Goltzman<\/persName> alone <soCalled>“personally saw”<\/soCalled> me<\/said>/,
    );
    assert.match(xml, /<note type="orphaned" n="c0ffee"><quote>a sentence no longer in the text<\/quote>Lost\.<\/note>/);
    assert.strictEqual(dropped, 0);
  });

  const overlapping: Array<{ name: string; doc: ExportDocument; inline: RegExp; dropped: number }> = [
    {
      name: 'a note that crosses a name keeps its place as anchors',
      doc: fixture({
        annotations: [
          { id: 'x1', kind: 'note', target: { exact: 'Kirov; Kirov himself', ...at('Kirov; Kirov himself') }, note: 'Twice.' },
        ],
        mentions: [
          { kind: 'quote', quote: 'quotation', text: 'did not wish to kill Kirov', ...at('did not wish to kill Kirov') },
        ],
      }),
      inline:
        /<q>did not wish to kill <anchor xml:id="a-x1-start"\/>Kirov<\/q>; Kirov himself<anchor xml:id="a-x1-end"\/><note type="annotation" target="#a-x1-start" targetEnd="#a-x1-end">Twice\.<\/note> did/,
      dropped: 1,
    },
    {
      name: 'of two crossing mentions the first is kept',
      doc: fixture({
        annotations: [],
        mentions: [
          { kind: 'quote', quote: 'quotation', text: 'Stalin did not', ...at('Stalin did not') },
          { kind: 'person', entity: 'stalin', text: 'not wish', ...at('not wish') },
        ],
      }),
      inline: /<q>Stalin did not<\/q> wish/,
      dropped: 1,
    },
    {
      name: 'a quote across a paragraph break is not marked up',
      doc: fixture({
        annotations: [],
        mentions: [{ kind: 'quote', quote: 'confession', text: '', ...at('instructions.\n\n🕯 Stalin') }],
      }),
      inline: /instructions\.<\/p>\n<p>🕯 Stalin/,
      dropped: 1,
    },
  ];
  for (const { name, doc, inline, dropped: expected } of overlapping) {
    it(name, () => {
      const result = toTei(doc);
      wellFormed(result.xml);
      assert.match(result.xml, inline);
      assert.strictEqual(result.dropped, expected);
    });
  }

  it("keeps an Old Style date's Julian reading, pointing at a calendar in the header", () => {
    const text = 'Petrograd, 25 October 1917 (Old Style).';
    const doc = fixture({
      text,
      annotations: [],
      mentions: [{ kind: 'date', text: '25 October 1917', start: 11, end: 26, value: '1917-11-07', julian: '1917-10-25' }],
    });
    const result = toTei(doc);
    wellFormed(result.xml);
    assert.match(result.xml, /<date when="1917-11-07" when-custom="1917-10-25" datingMethod="#julian">25 October 1917<\/date>/);
    assert.match(result.xml, /<calendar xml:id="julian">/);
    assert.doesNotMatch(toTei(fixture()).xml, /calendarDesc/);
  });

  it('escapes markup characters in text, notes and registry entries', () => {
    const doc = fixture({
      text: 'Stalin <& Kirov> said "no"',
      mentions: [{ kind: 'person', entity: 'stalin', text: 'Stalin', start: 0, end: 6 }],
      annotations: [{ id: '9q', kind: 'note', target: { exact: 'Kirov>', start: 10, end: 16 }, note: 'a < b & "c"' }],
      entities: new Map([['stalin', { id: 'stalin', type: 'person', name: 'J. <Stalin> & Co', aliases: [], note: 'x & y' }]]),
    });
    const result = toTei(doc);
    wellFormed(result.xml);
    assert.match(
      result.xml,
      /<seg xml:id="a-9q" type="note">Kirov&gt;<\/seg><note type="annotation" target="#a-9q">a &lt; b &amp; "c"<\/note>/,
    );
  });
});
