import type { Annotation, Entity, Mention } from '../../src/core/model';
import type { ExportDocument } from '../../src/core/export/export-document';

// Two paragraphs from Trotsky's "The Moscow Confessions" (1936), with an astral
// character (U+1F56F) before the second so that code point offsets differ from UTF-16.
export const TEXT =
  'Must we return again to Goltzman’s confessions? Among the accused of the older generation Goltzman alone ' +
  '“personally saw” me & was said to have received from me “terrorist” instructions.\n' +
  '\n' +
  '🕯 Stalin did not wish to kill Kirov; Kirov himself did not wish to be killed. Written: 18 December 1936.\n';

/** The [start, end) of the n-th (0-based) occurrence of `exact` in TEXT. */
export function at(exact: string, n = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= n; i++) start = TEXT.indexOf(exact, start + 1);
  if (start < 0) throw new Error(`fixture: no ${exact} #${n}`);
  return { start, end: start + exact.length };
}

export const ENTITIES: Entity[] = [
  { id: 'goltzman', type: 'person', name: 'E. S. Goltzman', aliases: ['Goltzman'] },
  {
    id: 'stalin',
    type: 'person',
    name: 'Joseph Stalin',
    aliases: ['Stalin'],
    born: '1878-12-18',
    died: '1953-03-05',
    links: { wikidata: 'Q855' },
  },
  {
    id: 'kirov',
    type: 'person',
    name: 'Sergei Kirov',
    aliases: ['Kirov'],
    born: '1886-03-27',
    died: '1934-12-01',
    links: { wikidata: 'Q186148' },
  },
];

const mention = (kind: Mention['kind'], exact: string, extra: Partial<Mention> = {}, n = 0): Mention => ({
  kind,
  ...at(exact, n),
  text: exact,
  ...extra,
});

export const MENTIONS: Mention[] = [
  mention('person', 'Goltzman', { entity: 'goltzman' }, 0),
  mention('person', 'Goltzman', { entity: 'goltzman' }, 1),
  mention('quote', '“personally saw”', { quote: 'scare' }),
  mention('person', 'Stalin', { entity: 'stalin' }),
  mention('person', 'Kirov', { entity: 'kirov' }, 0),
  mention('date', '18 December 1936', { value: '1936-12-18' }),
];

export const ANNOTATIONS: Annotation[] = [
  {
    id: 'a3f9c1',
    kind: 'confession',
    entity: 'goltzman',
    target: { exact: 'Goltzman alone “personally saw” me', ...at('Goltzman alone “personally saw” me') },
    note: 'The only one of the older accused who claims to have *seen* Trotsky, "in person".',
    tags: ['contradiction', 'Hotel Bristol'],
    created: '2026-11-27T10:00:00Z',
    author: 'A. Historian',
  },
  {
    id: 'b71e02',
    kind: 'note',
    target: { exact: 'Kirov himself', ...at('Kirov himself') },
    note: 'Compare the trial of Medved.',
  },
  { id: 'c0ffee', kind: 'note', target: { exact: 'a sentence no longer in the text' }, note: 'Lost.', orphaned: true },
];

export function fixture(overrides: Partial<ExportDocument> = {}): ExportDocument {
  return {
    file: 'essays/trotsky-1936.txt',
    text: TEXT,
    mentions: MENTIONS,
    annotations: ANNOTATIONS,
    entities: new Map(ENTITIES.map((e) => [e.id, e])),
    ...overrides,
  };
}
