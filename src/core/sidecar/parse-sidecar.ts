import { isSeq, type Node } from 'yaml';
import type { Annotation, Problem } from '../model';
import { parseYaml } from '../yaml/parse-yaml';
import { validateSidecar } from '../yaml/schemas';
import { checkSchema } from '../yaml/schema-problems';
import { readFast, type ItemPosition } from '../yaml/fast-yaml';
import { duplicateIds, duplicateProblems, idOf } from '../yaml/duplicate-ids';
import type { Sidecar } from './sidecar';

type Value = { text: string; annotations: Annotation[] };

/**
 * Reads an annotation sidecar. Syntax errors or a broken header give no sidecar;
 * an invalid annotation is left out with a Problem, the others are returned.
 */
export function parseSidecar(text: string, file: string): { sidecar?: Sidecar; problems: Problem[] } {
  // A clean file (nearly every one) is read quickly; the full parse below explains whatever is wrong.
  const fast = readFast(text, 'annotations', validateSidecar);
  if (fast) return collect(fast.value as Value, fast.items, new Set(), file, []);
  const parsed = parseYaml(text, file);
  const { doc } = parsed;
  if (!doc) return { problems: parsed.problems };
  const check = checkSchema({ ...parsed, doc }, validateSidecar, file, 'annotations', 'annotation');
  const problems = [...parsed.problems, ...check.problems];
  if (check.badFile) return { problems };
  const list = doc.get('annotations', true);
  const items = isSeq(list) ? list.items : [];
  const value = parsed.value as Value;
  const positions = value.annotations.map((_, i) => parsed.positions.positionAt((items[i] as Node | undefined)?.range?.[0] ?? 0));
  return collect(value, positions, check.badItems, file, problems);
}

export const DUPLICATE_FIX = 'give one of them a new id (Marginalia does not change this sidecar until the ids are unique)';

/**
 * The valid annotations with their lines; duplicate ids (over every item, valid
 * or not) and reversed offsets become Problems at their items. Of a duplicated
 * id only the first valid copy is kept, so that the editor still shows it.
 */
function collect(
  value: Value,
  positions: ItemPosition[],
  badItems: Set<number>,
  file: string,
  problems: Problem[],
): { sidecar: Sidecar; problems: Problem[] } {
  const sidecar: Sidecar = { version: 1, text: value.text, annotations: [], lines: new Map() };
  const duplicates = duplicateIds(
    value.annotations.map((item, i) => ({ id: idOf(item), line: positions[i].line, column: positions[i].character })),
  );
  problems.push(...duplicateProblems(duplicates, file, 'annotation', 'duplicate-annotation', DUPLICATE_FIX));
  value.annotations.forEach((annotation, i) => {
    if (badItems.has(i) || sidecar.lines.has(annotation.id)) return;
    const { line, character } = positions[i];
    const at = (message: string, code: string, severity: Problem['severity'] = 'error'): Problem => ({
      file,
      line,
      column: character,
      severity,
      code,
      message,
    });
    const { start, end } = annotation.target;
    if (start !== undefined && end !== undefined && end < start) {
      problems.push(
        at(
          `target end (${end}) is before start (${start}) — run 'marginalia check --fix' to recompute the offsets`,
          'bad-offsets',
          'warning',
        ),
      );
    }
    sidecar.annotations.push(annotation);
    sidecar.lines.set(annotation.id, line);
  });
  return { sidecar, problems };
}
