// Checks the sample corpus users open first: the registry, the sidecar and the notes
// must agree with the essay to the character, or every demo built on them breaks.
import * as assert from 'node:assert';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { ENTITY_TYPES, type Annotation, type Entity } from '../../src/core/model';

const dir = path.resolve(__dirname, '../../../samples/moscow-trials');
const essayName = 'trotsky-1936-moscow-confessions.txt';
// sha256 of the Leon Trotsky Internet Archive transcription as received; the sample must stay unedited.
const essaySha256 = 'c5c93297efdc19dc5dffbc4d34686fd3ba14a84bab777fedfa66334220c69194';

const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
const essay = read(essayName);
const noteNames = readdirSync(path.join(dir, 'notes')).filter((n) => n.endsWith('.md'));
const notes = noteNames.map((n) => read(path.join('notes', n)));

/** Parses YAML strictly: any error or warning fails the test that loads it. */
function loadYaml(name: string): unknown {
  const doc = parseDocument(read(name));
  assert.deepStrictEqual(
    [...doc.errors, ...doc.warnings].map((e) => e.message),
    [],
    name,
  );
  return doc.toJS();
}

const registry = loadYaml('entities.yaml') as { version: number; entities: Entity[] };
const sidecar = loadYaml(`${essayName}.annotations.yaml`) as { version: number; text: string; annotations: Annotation[] };
const ids = new Set(registry.entities.map((e) => e.id));

describe('sample corpus: the essay', () => {
  it('is the archive transcription, byte for byte', () => {
    const sha = createHash('sha256')
      .update(readFileSync(path.join(dir, essayName)))
      .digest('hex');
    assert.strictEqual(sha, essaySha256);
  });
});

describe('sample corpus: entities.yaml', () => {
  it('is version 1 with at least 30 entities and unique lower-case ids', () => {
    assert.strictEqual(registry.version, 1);
    assert.ok(registry.entities.length >= 30, `${registry.entities.length} entities`);
    assert.strictEqual(ids.size, registry.entities.length, 'duplicate id');
    for (const e of registry.entities) assert.match(e.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, e.id);
  });

  it('gives every entity a known type, a name, string EDTF dates and a Wikidata Q-id form', () => {
    for (const e of registry.entities) {
      assert.ok(ENTITY_TYPES.includes(e.type), `${e.id}: type ${e.type}`);
      assert.ok(e.name.trim().length > 0, `${e.id}: name`);
      // A bare year left unquoted would load as a number, not as EDTF text.
      for (const d of [e.born, e.died]) if (d !== undefined) assert.match(d, /^\d{4}(-\d{2}(-\d{2})?)?[?~]?$/, `${e.id}: ${d}`);
      if (e.links?.wikidata !== undefined) assert.match(e.links.wikidata, /^Q\d+$/, e.id);
    }
  });

  it('lists only aliases that occur in the corpus, none shared by two entities', () => {
    const owner = new Map<string, string>();
    for (const e of registry.entities) {
      assert.ok(e.aliases.length > 0, `${e.id}: no alias`);
      for (const a of e.aliases) {
        assert.ok(!owner.has(a), `"${a}" is an alias of ${owner.get(a)} and ${e.id}`);
        owner.set(a, e.id);
        assert.ok(
          [essay, ...notes].some((t) => t.includes(a)),
          `${e.id}: "${a}" occurs nowhere`,
        );
      }
    }
  });
});

describe('sample corpus: the annotations sidecar', () => {
  it('names its text and has unique 6-hex ids, in text order', () => {
    assert.strictEqual(sidecar.version, 1);
    assert.strictEqual(sidecar.text, essayName);
    const seen = new Set<string>();
    let last = -1;
    for (const a of sidecar.annotations) {
      // Ids such as 973e36 would load as numbers; the sample must avoid them.
      assert.strictEqual(typeof a.id, 'string', String(a.id));
      assert.match(a.id, /^[0-9a-f]{6}$/);
      assert.ok(!seen.has(a.id), `duplicate ${a.id}`);
      seen.add(a.id);
      assert.ok((a.target.start ?? -1) >= last, `${a.id} out of order`);
      last = a.target.start ?? -1;
    }
    assert.ok(sidecar.annotations.length >= 12);
  });

  for (const a of sidecar.annotations) {
    it(`${a.id} (${a.kind}) anchors exactly: "${a.target.exact.slice(0, 40)}"`, () => {
      const { exact, prefix, suffix, start, end } = a.target;
      assert.ok(start !== undefined && end !== undefined && prefix !== undefined && suffix !== undefined);
      assert.strictEqual(essay.slice(start, end), exact);
      assert.strictEqual(prefix, essay.slice(Math.max(0, start - 32), start));
      assert.strictEqual(suffix, essay.slice(end, end + 32));
      if (a.entity !== undefined) assert.ok(ids.has(a.entity), `unknown entity ${a.entity}`);
      assert.strictEqual(typeof a.created, 'string');
    });
  }

  it('covers the Hotel Bristol alibi, quoted confessions and the Ciliga footnote', () => {
    const by = (kind: string, entity: string) => sidecar.annotations.some((a) => a.kind === kind && a.entity === entity);
    assert.ok(by('note', 'hotel-bristol'));
    assert.ok(by('confession', 'goltzman'));
    assert.ok(by('quote', 'ciliga'));
  });
});

describe('sample corpus: research notes', () => {
  it('are labelled as sample notes, not sources', () => {
    assert.ok(notes.length >= 2);
    notes.forEach((n, i) => assert.match(n, /Sample research note written for the Marginalia demo/, noteNames[i]));
  });

  it('mention Kirov in at least two notes and in the essay, for cross-file references', () => {
    assert.ok(notes.filter((n) => /\bKirov\b/.test(n)).length >= 2);
    assert.match(essay, /\bKirov\b/);
  });

  it('cite the essay word for word where they quote it', () => {
    // Every second piece between straight quotes is quoted; short ones are scare quotes.
    const quoted = notes.flatMap((n) => n.split('"').filter((q, i) => i % 2 === 1 && q.length >= 20));
    assert.ok(quoted.length > 0);
    const flat = (t: string) => t.replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();
    for (const q of quoted) assert.ok(flat(essay).includes(flat(q)), q);
  });
});
