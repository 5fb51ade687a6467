import { parseDocument, type Document } from 'yaml';
import type { Problem, Severity } from '../model';
import { LineIndex } from '../text/line-index';
import { MAX_TEXT_BYTES } from '../text/decode';
import { findConflicts } from './conflict-markers';

/**
 * Larger YAML files are refused, as the readers refuse larger files: parsing stays bounded, and a 50,000-annotation sidecar (~10
 * MB) is read.
 */
export const MAX_YAML_CHARS = MAX_TEXT_BYTES;
/** Aliases are rare in these files; a low cap defeats alias-expansion bombs. */
export const MAX_ALIAS_COUNT = 100;
/** Flow lists and maps nested deeper are refused before parsing: the parser takes seconds to give up on 100k levels. */
export const MAX_FLOW_DEPTH = 1000;

const DEEP = 'nesting is too deep to read — simplify the file (no deeply nested lists or maps)';

export interface ParsedYaml {
  /** Undefined when the text is not YAML we can use (syntax error, merge conflict, too large, too deep). */
  doc?: Document.Parsed;
  /** The plain value of the document (undefined with doc). */
  value?: unknown;
  /** The text without a leading BOM: node ranges count in it, as VS Code's getText() does. */
  text: string;
  positions: LineIndex;
  problems: Problem[];
}

/** Parses a YAML file with node positions; syntax errors, oversize and alias bombs become Problems. */
export function parseYaml(raw: string, file: string): ParsedYaml {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const positions = new LineIndex(text);
  const problem = (offset: number, severity: Severity, code: string, message: string): Problem => {
    const { line, character } = positions.positionAt(offset);
    return { file, line, column: character, severity, code, message };
  };
  if (text.length > MAX_YAML_CHARS) {
    return {
      text,
      positions,
      problems: [
        problem(
          0,
          'error',
          'too-large',
          `file is ${Math.round(text.length / 1048576)} MB, over the ${MAX_YAML_CHARS / 1048576} MB limit; not read — split ` +
            `it into smaller files`,
        ),
      ],
    };
  }
  // Before the parser: its errors would hide all conflicts but the first, and inside a quoted note it accepts them.
  const conflicts = findConflicts(text, file);
  if (conflicts.length > 0) return { text, positions, problems: conflicts };
  const deep = flowTooDeep(text);
  if (deep >= 0) return { text, positions, problems: [problem(deep, 'error', 'yaml-unreadable', DEEP)] };
  try {
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    // The parser catches its own stack overflow on absurd nesting and reports it once per level: say it once, plainly.
    const overflow = doc.errors.find((e) => /call stack/i.test(e.message));
    if (overflow) return { text, positions, problems: [problem(overflow.pos[0], 'error', 'yaml-unreadable', DEEP)] };
    const problems = [
      ...doc.errors.map((e) => problem(e.pos[0], 'error', 'yaml-syntax', `${firstLine(e.message)} — fix the YAML syntax here`)),
      ...doc.warnings.map((e) => problem(e.pos[0], 'warning', 'yaml-warning', firstLine(e.message))),
    ];
    if (doc.errors.length > 0) return { text, positions, problems };
    const value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { doc, value, text, positions, problems };
  } catch (e) {
    // toJS throws on alias bombs; deep nesting can overflow the stack.
    const message =
      e instanceof RangeError
        ? DEEP
        : `${firstLine(String((e as Error).message ?? e))} — simplify the file (at most ${MAX_ALIAS_COUNT} aliases)`;
    return { text, positions, problems: [problem(0, 'error', 'yaml-unreadable', message)] };
  }
}

/**
 * Offset where unclosed `[` and `{` first nest deeper than MAX_FLOW_DEPTH, or -1; brackets only: cheap, and no real sidecar has a
 * thousand unclosed.
 */
function flowTooDeep(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return -1;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/:$/, '');
}
