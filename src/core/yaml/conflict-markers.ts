import type { Problem } from '../model';

/** What to do about a conflict: the user's two versions are both kept until they choose. */
export const CONFLICT_FIX =
  "keep both blocks, remove the markers (<<<<<<<, |||||||, =======, >>>>>>>), then run 'marginalia check'";

/** A git conflict marker: seven of one character at the start of a line, then a space and a label, or the line's end. */
const MARKER = /^(<{7}|\|{7}|={7}|>{7})(?:[ \t](.*))?$/;

/**
 * Every unresolved git merge conflict in a file, one error at each `<<<<<<<`
 * line (with its ours/theirs labels). Looked for in the raw text before any
 * parsing: inside a quoted note the markers are valid YAML and would be read
 * (and exported) as the note. A `<<<<<<<` or `>>>>>>>` line is a conflict even
 * alone (half a conflict is still unresolved); a `=======` or `|||||||` line
 * needs no report of its own and alone is none (a Markdown rule in a note). Linear.
 */
export function findConflicts(text: string, file: string): Problem[] {
  const problems: Problem[] = [];
  let open: { line: number; ours: string } | undefined;
  const report = (line: number, ours: string, theirs: string): void => {
    const labels = [ours && `ours: ${ours}`, theirs && `theirs: ${theirs}`].filter(Boolean).join(', ');
    problems.push({
      file,
      line,
      column: 0,
      severity: 'error',
      code: 'merge-conflict',
      message: `unresolved merge conflict at line ${line + 1}${labels ? ` (${labels})` : ''} — ${CONFLICT_FIX}`,
    });
  };
  // Lines end at \n, \r\n or a lone \r, as LineIndex counts them, so the line numbers agree with every other problem's.
  const breaks = /\r\n?|\n/g;
  for (let line = 0, start = 0; start <= text.length; line++) {
    const found = breaks.exec(text);
    const end = found ? found.index : text.length;
    // Only a line starting with one of the four characters can be a marker: the rest is skipped without a slice.
    const c = text.charCodeAt(start);
    if ((c === 0x3c || c === 0x7c || c === 0x3d || c === 0x3e) && end - start >= 7) {
      const m = MARKER.exec(text.slice(start, end));
      if (m) {
        const label = (m[2] ?? '').trim();
        if (m[1][0] === '<') {
          if (open) report(open.line, open.ours, '');
          open = { line, ours: label };
        } else if (m[1][0] === '>') {
          if (open) report(open.line, open.ours, label);
          else report(line, '', label);
          open = undefined;
        }
      }
    }
    if (!found) break;
    start = breaks.lastIndex;
  }
  if (open) report(open.line, open.ours, '');
  return problems;
}
