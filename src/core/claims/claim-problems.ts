import type { Problem } from '../model';
import type { Contradiction } from './contradictions';

/** A contradiction as one warning at its first side (the claim); the message names the other side. */
export function contradictionProblem(c: Contradiction): Problem {
  const { file, line, column } = c.sides[0];
  return { file, line, column, severity: 'warning', code: c.code, message: c.message };
}
