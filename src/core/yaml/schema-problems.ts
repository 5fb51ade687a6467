import { isMap, isSeq, type Node, type Document } from 'yaml';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Problem } from '../model';
import type { ParsedYaml } from './parse-yaml';

/** Enough to fix a file; more would only bury the first ones. */
const MAX_PROBLEMS = 200;

export interface SchemaCheck {
  problems: Problem[];
  /** Indexes of the items under the top-level list key that are invalid and must be skipped. */
  badItems: Set<number>;
  /** The file's own structure is invalid (header, list missing): nothing in it can be used. */
  badFile: boolean;
}

/**
 * Runs a compiled JSON Schema over a parsed file and maps each error's
 * instancePath to the YAML node's line/column. Unknown keys are warnings that
 * keep the item; every other error invalidates its item (or the whole file).
 */
export function checkSchema(
  parsed: ParsedYaml & { doc: Document.Parsed },
  validate: ValidateFunction,
  file: string,
  listKey: string,
  itemNoun: string,
): SchemaCheck {
  const result: SchemaCheck = { problems: [], badItems: new Set(), badFile: false };
  if (validate(parsed.value)) return result;
  for (const error of validate.errors ?? []) {
    const path = error.instancePath.split('/').slice(1).map(unescape);
    const inItem = path[0] === listKey && typeof path[1] === 'number';
    const unknownKey = error.keyword === 'additionalProperties';
    if (!unknownKey) {
      if (inItem) result.badItems.add(path[1] as number);
      else result.badFile = true;
    }
    if (result.problems.length >= MAX_PROBLEMS) continue;
    const offset = offsetOf(parsed.doc, path, error);
    const { line, character } = parsed.positions.positionAt(offset);
    const fix = unknownKey
      ? 'check its spelling or remove it'
      : inItem
        ? `fix the value or remove the ${itemNoun} (it is ignored until then)`
        : 'fix the value (nothing in this file is used until then)';
    result.problems.push({
      file,
      line,
      column: character,
      severity: unknownKey ? 'warning' : 'error',
      code: unknownKey ? 'schema-unknown-key' : 'schema',
      message: `${describe(path, error)} — ${fix}`,
    });
  }
  return result;
}

function unescape(segment: string): string | number {
  return /^\d+$/.test(segment) ? Number(segment) : segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Where to point: the key of the offending value, the unknown key itself, or the map missing a key. */
function offsetOf(doc: Document.Parsed, path: (string | number)[], error: ErrorObject): number {
  const node = doc.getIn(path, true) as Node | undefined;
  if (error.keyword === 'additionalProperties' && isMap(node)) {
    const pair = node.items.find((p) => keyOf(p.key) === error.params.additionalProperty);
    return (pair?.key as Node | undefined)?.range?.[0] ?? node.range?.[0] ?? 0;
  }
  if (error.keyword === 'required' || path.length === 0) return node?.range?.[0] ?? 0;
  const parent = doc.getIn(path.slice(0, -1), true) as Node | undefined;
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((p) => keyOf(p.key) === last);
    const key = pair?.key as Node | undefined;
    if (key?.range) return key.range[0];
  }
  if (isSeq(parent) && typeof last === 'number') return (parent.items[last] as Node | undefined)?.range?.[0] ?? 0;
  return node?.range?.[0] ?? 0;
}

function keyOf(key: unknown): unknown {
  return key && typeof key === 'object' && 'value' in key ? (key as { value: unknown }).value : key;
}

function describe(path: (string | number)[], error: ErrorObject): string {
  const last = [...path].reverse().find((s) => typeof s === 'string');
  const what = typeof path[path.length - 1] === 'number' && last ? `each item of '${last}'` : last ? `'${last}'` : 'the file';
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `missing '${p.missingProperty}'`;
    case 'additionalProperties': {
      const known = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
      return `unknown key '${p.additionalProperty}' (known: ${known.join(', ')})`;
    }
    case 'enum':
      return `${what} must be one of ${(p.allowedValues as unknown[]).join(', ')}`;
    case 'const':
      return `${what} must be ${JSON.stringify(p.allowedValue)}`;
    case 'type':
      return `${what} must be ${article(String(p.type))}`;
    case 'pattern':
      return (
        `${what} ` +
        `${(error.parentSchema as { patternErrorMessage?: string })?.patternErrorMessage ?? `must match ${p.pattern}`}`
      );
    case 'minLength':
      return `${what} must not be empty`;
    case 'minimum':
      return `${what} must be ${p.limit} or more`;
    default:
      return `${what} ${error.message ?? 'is invalid'}`;
  }
}

function article(type: string): string {
  return type
    .split(',')
    .map((t) => (t === 'array' || t === 'object' || t === 'integer' ? `an ${t}` : `a ${t}`))
    .join(' or ');
}
