import { makeTarget } from '../anchor/make-target';
import { reanchor } from '../anchor/reanchor';
import type { Target } from '../model';

/**
 * The target for a passage read from an export: at its offsets when the text
 * there is still the quoted one, else wherever re-anchoring finds the quote,
 * else the quote kept as an orphan (never dropped).
 */
export function placeTarget(text: string, hint: Target): { target: Target; orphaned: boolean } {
  const { start, end, exact } = hint;
  const fits = start !== undefined && end !== undefined && start >= 0 && start <= end && end <= text.length;
  if (fits && (exact === '' || text.slice(start, end) === exact))
    return { target: makeTarget(text, start, end), orphaned: false };
  const found = reanchor(text, hint);
  if (found.status === 'orphan') return { target: { exact, prefix: hint.prefix, suffix: hint.suffix }, orphaned: true };
  return { target: makeTarget(text, found.start, found.end), orphaned: false };
}
