/** How many characters of context a quote selector keeps on each side (the sidecar's convention). */
export const CONTEXT_LENGTH = 32;

/** The up to 32 characters before and after `start..end` in `text`. */
export function surrounding(text: string, start: number, end: number): { prefix: string; suffix: string } {
  return {
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}
