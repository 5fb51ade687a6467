import type { Entity, Problem } from '../model';
import { inSlices } from '../text/in-slices';

/** All entities.yaml files of a corpus merged; an id defined twice is a Problem at both places. */
export class Registry {
  private readonly ids = new Map<string, Entity>();
  private readonly list: Entity[] = [];
  private readonly found: Problem[] = [];

  constructor(files: { file: string; entities: Entity[] }[]) {
    const places = new Map<string, Entity[]>();
    for (const { entities } of files) for (const entity of entities) place(places, entity);
    this.take(places);
  }

  /** The same registry built in slices with `pause` awaited between: 39,000 entities are too many for one block of an editor. */
  static async inSteps(files: { file: string; entities: Entity[] }[], pause: () => Promise<void>): Promise<Registry> {
    const places = new Map<string, Entity[]>();
    for (const { entities } of files) await inSlices(entities, (entity) => place(places, entity), pause);
    const registry = new Registry([]);
    await inSlices(places, (entry) => registry.take([entry]), pause);
    return registry;
  }

  private take(places: Iterable<[string, Entity[]]>): void {
    for (const [id, defs] of places) {
      // The first definition wins so that names keep resolving while the user fixes the duplicate.
      this.ids.set(id, defs[0]);
      this.list.push(defs[0]);
      if (defs.length > 1) this.found.push(...defs.map((d) => duplicate(d, defs)));
    }
  }

  /** The entity with this id, if any registry defines it. */
  byId(id: string): Entity | undefined {
    return this.ids.get(id);
  }

  /** Every entity, once each, in file order. */
  all(): Entity[] {
    return [...this.list];
  }

  /** Ids defined more than once. */
  problems(): Problem[] {
    return [...this.found];
  }
}

function place(places: Map<string, Entity[]>, entity: Entity): void {
  const seen = places.get(entity.id);
  if (seen) seen.push(entity);
  else places.set(entity.id, [entity]);
}

function duplicate(entity: Entity, defs: Entity[]): Problem {
  const others = defs.filter((d) => d !== entity).map((d) => `${d.source?.file ?? '?'}:${(d.source?.line ?? 0) + 1}`);
  return {
    file: entity.source?.file ?? '',
    line: entity.source?.line ?? 0,
    column: 0,
    severity: 'error',
    code: 'duplicate-entity',
    message:
      `entity id '${entity.id}' is also defined at ${others.join(', ')} — rename one of them (ids are unique in the ` + `corpus)`,
  };
}
