import type { Entity } from '../model';
import { teiDateAttributes } from './edtf-tei';
import type { ExportItem } from './export-document';
import { annotationXmlId } from './tei-elements';
import { xmlAttrs, xmlId, xmlText } from './xml';

/**
 * The claims and evidence of a text for the TEI standOff: a
 * `<listEvent type="claims">` with one `<event>` each (`@when` or
 * `@from`/`@to` from the EDTF, `@ana` pointing at the passage's element,
 * `persName`/`placeName` with `@ref` to the registry lists), and a
 * `<listRelation>` of `supports` / `refutes` between them. Empty when the text has none.
 */
export function teiClaims(items: readonly ExportItem[], entities: ReadonlyMap<string, Entity>): string {
  const claims = items.filter((i) => i.id !== undefined && (i.claim || i.kind === 'claim' || i.kind === 'evidence'));
  if (claims.length === 0) return '';
  const ids = new Set(claims.map((c) => c.id));
  const ref = (id: string) => (entities.has(id) ? `#${xmlId(id)}` : undefined);
  const name = (id: string) => xmlText(entities.get(id)?.name ?? id);
  const events = claims.map((c) => {
    const f = c.claim ?? {};
    const when = f.when === undefined ? undefined : String(f.when);
    const dates = when ? (teiDateAttributes(when) ?? {}) : {};
    const parts: string[] = [];
    if (f.by) parts.push(`<persName${xmlAttrs({ role: 'claimant', ref: ref(f.by) })}>${name(f.by)}</persName>`);
    for (const who of f.who ?? []) parts.push(`<persName${xmlAttrs({ ref: ref(who) })}>${name(who)}</persName>`);
    if (f.where) parts.push(`<placeName${xmlAttrs({ ref: ref(f.where) })}>${name(f.where)}</placeName>`);
    if (when && Object.keys(dates).length === 0) parts.push(`<date>${xmlText(when)}</date>`);
    if (f.what) parts.push(`<desc>${xmlText(f.what)}</desc>`);
    const attrs = xmlAttrs({
      'xml:id': eventId(c.id!),
      type: c.kind === 'evidence' ? 'evidence' : 'claim',
      ...dates,
      ana: c.start === undefined ? undefined : `#${annotationXmlId(c.id!)}`,
    });
    return `      <event${attrs}><p>${parts.join(' ')}</p></event>`;
  });
  const relations = claims.flatMap((c) =>
    (['supports', 'refutes'] as const).flatMap((name) =>
      (c[name] ?? [])
        .filter((to) => ids.has(to))
        .map((to) => `      <relation${xmlAttrs({ name, active: `#${eventId(c.id!)}`, passive: `#${eventId(to)}` })}/>`),
    ),
  );
  return [
    `    <listEvent type="claims">\n${events.join('\n')}\n    </listEvent>`,
    ...(relations.length ? [`    <listRelation type="claims">\n${relations.join('\n')}\n    </listRelation>`] : []),
  ].join('\n');
}

/** Ids of the claim fields, so that the registry lists of the standOff include them. */
export function claimEntityIds(items: readonly ExportItem[]): string[] {
  return items
    .flatMap((i) => (i.claim ? [i.claim.by, ...(i.claim.who ?? []), i.claim.where] : []))
    .filter((id): id is string => !!id);
}

function eventId(id: string): string {
  return xmlId(`claim-${id}`);
}
