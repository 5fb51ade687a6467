import type { Problem } from './model';

/**
 * A problem as one line, `file:line:col: severity: message` (1-based, as
 * editors and compilers print it), so that tools and people can read a report
 * line by line. A message or file name quoting a note may hold line breaks or
 * control characters: they are shown as visible escapes, never written raw.
 */
export function formatProblem(p: Problem, file: string = p.file): string {
  return `${oneLine(file)}:${p.line + 1}:${p.column + 1}: ${p.severity}: ${oneLine(p.message)}`;
}

/** Where a problem is, `file:line:col`, on one line. */
export function formatPlace(p: Problem, file: string = p.file): string {
  return `${oneLine(file)}:${p.line + 1}:${p.column + 1}`;
}

/** The message that says where a file (`name`) is broken and that nothing was written. */
export function refusalMessage(name: string, problems: Problem[]): string {
  const p = problems.find((x) => x.severity === 'error') ?? problems[0];
  if (p?.code === 'edit-refused') return `Could not change ${name}: ${p.message}; nothing was written.`;
  const where = p ? formatPlace(p, name) : name;
  const what = p ? ` (${p.message})` : '';
  const kind = !p || p.code.startsWith('yaml') ? 'YAML error' : 'problem';
  return `Fix the ${kind} at ${where}${what} and try again; nothing was written.`;
}

/** Line breaks become `\n` (a CRLF one escape), other control characters `\t`, `\x00`...: one line, nothing hidden. */
export function oneLine(s: string): string {
  return s.replace(
    // eslint-disable-next-line no-control-regex
    /\r\n|[\x00-\x1f\x7f-\x9f\u2028\u2029]/g,
    (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const ESCAPES: Record<string, string> = { '\r\n': '\\n', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
