import { load, CORE_SCHEMA } from 'js-yaml';
import type { ValidateFunction } from 'ajv';
import { LineIndex } from '../text/line-index';
import { MAX_YAML_CHARS } from './parse-yaml';
import { findConflicts } from './conflict-markers';

/** Where an item of the file's list starts (0-based), as the yaml package's node ranges place it. */
export interface ItemPosition {
  line: number;
  character: number;
}

/**
 * Anchors, aliases and directives: js-yaml shares aliased objects instead of
 * expanding them (a validator walking an alias bomb would never end), and
 * `%YAML 1.1` changes the schema. Also the only scalars the two libraries read
 * differently (js-yaml takes `0b101`, `+0x1F`, `-0o7` for numbers and `+.5` for a string).
 * Matched loosely: a false alarm only costs the slow path.
 */
const UNUSUAL = /(?:^|[\s[\]{},])(?:[&*]|[-+]?0b|[-+]0[xo]|\+\.)|^%/im;

/**
 * The quick read of a well-formed file that passes its schema: js-yaml's loader
 * is several times faster than the `yaml` package's CST and Document, and its
 * open events give where each item of the top-level `listKey` list starts.
 * Undefined whenever anything is unusual (too large, syntax error, anchors,
 * directives, merge conflict markers, any schema error or warning): the caller then reads the file with
 * parseYaml, which explains every problem with its line and column.
 */
export function readFast(
  raw: string,
  listKey: string,
  validate: ValidateFunction,
): { value: unknown; items: ItemPosition[] } | undefined {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.length > MAX_YAML_CHARS || UNUSUAL.test(text) || findConflicts(text, '').length > 0) return undefined;
  // Depth 1 is the document's map, 2 its keys and values, 3 the items of a top-level list.
  let depth = 0;
  let armed = false;
  let collecting = false;
  const offsets: number[] = [];
  let value: unknown;
  try {
    value = load(text, {
      schema: CORE_SCHEMA,
      listener(event, state) {
        if (event === 'close') {
          // The key closing at depth 2 arms the next depth-2 node (its value) for collecting.
          if (depth === 2) armed = state.kind === 'scalar' && state.result === listKey;
          depth--;
          return;
        }
        depth++;
        if (depth === 2) {
          collecting = armed;
          armed = false;
        } else if (depth === 3 && collecting) offsets.push(state.position);
      },
    });
  } catch {
    return undefined;
  }
  if (!validate(value)) return undefined;
  const list = (value as Record<string, unknown>)[listKey];
  // Any doubt about which node was which item (an odd flow layout): the slow path knows.
  if (!Array.isArray(list) || list.length !== offsets.length) return undefined;
  const lines = new LineIndex(text);
  return { value, items: offsets.map((offset) => lines.positionAt(offset)) };
}

/**
 * The plain value of YAML text as the quick reader reads it (js-yaml, CORE_SCHEMA), or undefined when the text has
 * anything unusual (see UNUSUAL) or does not parse: the caller then asks the `yaml` package.
 */
export function loadPlain(text: string): { value: unknown } | undefined {
  if (text.length > MAX_YAML_CHARS || UNUSUAL.test(text)) return undefined;
  try {
    return { value: load(text, { schema: CORE_SCHEMA }) };
  } catch {
    return undefined;
  }
}
