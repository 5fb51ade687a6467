import type { Entity } from '../model';
import { NameMatcher, recognize } from '../recognize/index';
import type { Scan } from './corpus-index';
import type { ScanOptions } from './scanner';

/**
 * A scanner like `createScanner`'s whose name matcher is built in steps in the background (`ready`), so that the
 * editor's event loop never spends a second on a big registry in one block; the steps start once `after` resolves
 * (other work first). Called before `ready`, it builds the matcher at once: correct, only slower to answer.
 */
export function createScannerInSteps(
  entities: Entity[],
  options: ScanOptions,
  pause: () => Promise<void>,
  after: Promise<void> = Promise.resolve(),
): { scan: Scan; ready: Promise<void> } {
  let names: NameMatcher | undefined;
  const ready = after
    .then(() => (names ? names : NameMatcher.inSteps(entities, pause)))
    .then((built) => {
      names ??= built;
    });
  return { scan: (text) => recognize(text, (names ??= new NameMatcher(entities)), options), ready };
}
