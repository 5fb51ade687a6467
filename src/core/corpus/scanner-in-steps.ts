import type { Entity } from '../model';
import { NameMatcher, recognize } from '../recognize/index';
import type { Scan } from './corpus-index';
import type { ScanOptions } from './scanner';

/**
 * A scanner like `createScanner`'s whose name matcher is built in steps in the background (`ready`), so that the
 * editor's event loop never spends a second on a big registry in one block. Called before `ready`, it builds the
 * matcher at once: correct, only slower to answer. `deferred`: the steps start only when `start` is called (a warm
 * start whose texts all come from the cache needs no matcher until the user edits, and its steps would slow the build).
 */
export function createScannerInSteps(
  entities: Entity[],
  options: ScanOptions,
  pause: () => Promise<void>,
  deferred = false,
): { scan: Scan; ready: Promise<void>; start: () => void } {
  let names: NameMatcher | undefined;
  let start = () => {};
  const started = deferred ? new Promise<void>((resolve) => (start = resolve)) : Promise.resolve();
  const ready = started.then(async () => {
    if (!names) names ??= await NameMatcher.inSteps(entities, pause);
  });
  return { scan: (text) => recognize(text, (names ??= new NameMatcher(entities)), options), ready, start };
}
