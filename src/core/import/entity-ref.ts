import type { Entity } from '../model';

/**
 * The registry id an exported entity reference stands for: `Marginalia:id` or
 * `urn:marginalia:entity:id` name it; a Wikidata item (`Wikidata:Q855`, an
 * entity or wiki IRI) is looked up among the registry's links. Undefined when
 * no entity matches.
 */
export function entityOfReference(ref: string, entities: readonly Entity[]): string | undefined {
  const own = /^(?:Marginalia:|urn:marginalia:entity:)(.+)$/i.exec(ref);
  if (own) return decodeURIComponent(own[1]);
  const q = /^(?:Wikidata:|https?:\/\/(?:www\.)?wikidata\.org\/(?:entity|wiki)\/)(Q\d+)$/i.exec(ref)?.[1]?.toUpperCase();
  if (!q) return undefined;
  return entities.find((e) => e.links?.wikidata?.match(/Q\d+/i)?.[0]?.toUpperCase() === q)?.id;
}
