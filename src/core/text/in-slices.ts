/** How long a slice of work may run before the event loop gets a turn: well under the 50 ms an editor can spare. */
export const SLICE_MS = 8;

/**
 * Calls `each` on every item, awaiting `pause` whenever a slice has run `sliceMs`: a long loop that never blocks the
 * editor for long, however slow the machine (a count of items per step is 10 ms on an idle machine and 50 under load).
 */
export async function inSlices<T>(
  items: Iterable<T>,
  each: (item: T) => void,
  pause: () => Promise<void>,
  sliceMs = SLICE_MS,
): Promise<void> {
  let sliceStart = Date.now();
  for (const item of items) {
    each(item);
    if (Date.now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = Date.now();
    }
  }
}
