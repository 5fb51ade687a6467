import type { Target } from '../model';

/** How much context a target keeps on each side (W3C TextQuoteSelector prefix/suffix). */
export const CONTEXT_LENGTH = 32;

/** The selector for text[start, end): exact passage, up to 32 characters of context each side, offset hints. */
export function makeTarget(text: string, start: number, end: number): Target {
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  // Never cut a surrogate pair in half: a lone half would not survive a round trip through UTF-8.
  if (isLowSurrogate(text.charCodeAt(prefixStart)) && prefixStart > 0) prefixStart++;
  if (isLowSurrogate(text.charCodeAt(suffixEnd)) && suffixEnd < text.length) suffixEnd--;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
    start,
    end,
  };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
