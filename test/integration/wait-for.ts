/**
 * Polls until `check` returns a truthy value (or stops throwing), at most `ms`; never a bare sleep. `what` says what was
 * awaited (a function: worded when it times out, with the state then).
 * Shared by every integration test and the packaged-extension probe.
 */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  ms = 8000,
  what: string | (() => string) = 'condition',
): Promise<NonNullable<T>> {
  const until = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until)
      throw new Error(
        `timed out after ${ms} ms waiting for ${typeof what === 'function' ? what() : what}${last ? `: ${String(last)}` : ''}`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
}
