import type { Entity } from '../model';
import { teiDateAttributes } from './edtf-tei';
import { JULIAN_CALENDAR } from './tei-elements';
import { xmlAttrs, xmlId, xmlText } from './xml';

const LISTS: Record<Entity['type'], { list: string; item: string; name: string }> = {
  person: { list: 'listPerson', item: 'person', name: 'persName' },
  place: { list: 'listPlace', item: 'place', name: 'placeName' },
  organisation: { list: 'listOrg', item: 'org', name: 'orgName' },
  event: { list: 'listEvent', item: 'event', name: 'label' },
  work: { list: 'listBibl', item: 'bibl', name: 'title' },
};

/** The teiHeader: what the file is, where it came from, and the Julian calendar when Old Style dates need it. */
export function teiHeader(title: string, file: string, julian = false): string {
  const calendar = julian
    ? [
        `    <encodingDesc><calendarDesc><calendar xml:id="${JULIAN_CALENDAR}"><p>Julian calendar (Old ` +
          `Style)</p></calendar></calendarDesc></encodingDesc>`,
      ]
    : [];
  return [
    '  <teiHeader>',
    '    <fileDesc>',
    `      <titleStmt><title>${xmlText(title)}</title></titleStmt>`,
    `      <publicationStmt><p>Exported by Marginalia from ${xmlText(file)}; unpublished.</p></publicationStmt>`,
    `      <sourceDesc><p>The plain text ${xmlText(file)}, its annotation sidecar and the entity registry.</p></sourceDesc>`,
    '    </fileDesc>',
    ...calendar,
    '  </teiHeader>',
  ].join('\n');
}

/** The standOff with one list per entity type (listPerson, listPlace, …); empty string when there are none. */
export function teiStandOff(entities: Entity[]): string {
  const lists: string[] = [];
  for (const [type, spec] of Object.entries(LISTS) as Array<[Entity['type'], (typeof LISTS)[Entity['type']]]>) {
    const ofType = entities.filter((e) => e.type === type);
    if (ofType.length === 0) continue;
    lists.push(`    <${spec.list}>\n${ofType.map((e) => entityElement(e, spec)).join('\n')}\n    </${spec.list}>`);
  }
  return lists.length ? `  <standOff>\n${lists.join('\n')}\n  </standOff>` : '';
}

function entityElement(e: Entity, spec: { item: string; name: string }): string {
  const parts: string[] = [];
  const idnos = Object.entries(e.links ?? {}).map(([type, value]) => `<idno${xmlAttrs({ type })}>${xmlText(value)}</idno>`);
  if (e.type === 'event') parts.push(...idnos); // an event's idno comes first
  parts.push(`<${spec.name}>${xmlText(e.name)}</${spec.name}>`);
  for (const alias of e.aliases.filter((a) => a !== e.name))
    parts.push(`<${spec.name}${xmlAttrs({ type: 'alias' })}>${xmlText(alias)}</${spec.name}>`);
  if (e.type === 'person') {
    if (e.born) parts.push(`<birth${xmlAttrs(teiDateAttributes(e.born) ?? {})}>${xmlText(e.born)}</birth>`);
    if (e.died) parts.push(`<death${xmlAttrs(teiDateAttributes(e.died) ?? {})}>${xmlText(e.died)}</death>`);
  }
  if (e.type !== 'event') parts.push(...idnos);
  if (e.note) parts.push(`<note>${xmlText(e.note.trim())}</note>`);
  return `      <${spec.item}${xmlAttrs({ 'xml:id': xmlId(e.id) })}>${parts.join('')}</${spec.item}>`;
}
