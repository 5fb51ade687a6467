import { Minimatch } from 'minimatch';

/** Never texts, whatever `marginalia.texts` says: annotation sidecars and registries. */
export const NOT_TEXTS = ['**/*.annotations.yaml', '**/entities.yaml'];

/** The default of `marginalia.texts`, used instead of a glob that is refused. */
export const DEFAULT_TEXTS = '**/*.{txt,md}';

/** More `*` than this in one path segment backtrack exponentially on long names (4 took a second on a 255-character name). */
const MAX_STARS = 3;

/**
 * Why a glob from the settings is refused, or undefined. Globs come from
 * workspace settings, which a downloaded folder can set, and are matched
 * against every file name on the extension host: patterns that would make
 * that take seconds are refused. VS Code's own globs support none of them.
 */
export function globProblem(glob: string): string | undefined {
  if (glob.length > 500) return 'is longer than 500 characters';
  if (/\{[^{}]*\.\.[^{}]*\}/.test(glob)) return 'uses a {a..b} range, which expands to thousands of patterns';
  if ((glob.match(/\{/g) ?? []).length > 8) return 'has more than 8 {…} groups';
  if (glob.split('/').some((segment) => segment !== '**' && (segment.match(/\*/g) ?? []).length > MAX_STARS)) {
    return `has more than ${MAX_STARS} * in one path segment`;
  }
  return undefined;
}

const compiled = new Map<string, Minimatch>();

/** A compiled glob (cached: isTextPath runs for every file event); extended globs like +(a|b) are literal text, as in VS Code. */
function matcher(glob: string): Minimatch {
  let m = compiled.get(glob);
  if (!m) {
    if (compiled.size > 200) compiled.clear();
    m = new Minimatch(glob, { dot: true, noext: true });
    compiled.set(glob, m);
  }
  return m;
}

/** True when a workspace-relative path is a text: it matches `texts` and neither it nor a folder above it is excluded. */
export function isTextPath(relativePath: string, texts: string, exclude: readonly string[]): boolean {
  return isIncluded(relativePath, globProblem(texts) ? DEFAULT_TEXTS : texts, [...exclude, ...NOT_TEXTS]);
}

/** True when a workspace-relative path matches `include` and neither it nor a folder above it matches an `exclude` glob. */
export function isIncluded(relativePath: string, include: string, exclude: readonly string[]): boolean {
  return matcher(include).match(relativePath) && !isExcluded(relativePath, exclude);
}

/**
 * True when the path or a folder above it matches one of the globs (as in VS Code, excluding a folder excludes what is in it).
 */
export function isExcluded(relativePath: string, exclude: readonly string[]): boolean {
  const parts = relativePath.split('/');
  const excluded = exclude.filter((glob) => !globProblem(glob)).map(matcher);
  return parts.some((_, i) => excluded.some((glob) => glob.match(parts.slice(0, i + 1).join('/'))));
}

/** One glob for `workspace.findFiles`' exclude argument (null: exclude nothing). */
export function excludeGlob(globs: readonly string[]): string | null {
  if (globs.length === 0) return null;
  return globs.length === 1 ? globs[0] : `{${globs.join(',')}}`;
}
