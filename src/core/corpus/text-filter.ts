import { minimatch } from 'minimatch';

/** Never texts, whatever `marginalia.texts` says: annotation sidecars and registries. */
export const NOT_TEXTS = ['**/*.annotations.yaml', '**/entities.yaml'];

/** True when a workspace-relative path is a text: it matches `texts` and neither it nor a folder above it is excluded. */
export function isTextPath(relativePath: string, texts: string, exclude: readonly string[]): boolean {
  if (!minimatch(relativePath, texts, { dot: true })) return false;
  const parts = relativePath.split('/');
  const excluded = [...exclude, ...NOT_TEXTS];
  // As in VS Code, excluding a folder (`**/drafts`) excludes what is in it.
  return !parts.some((_, i) => excluded.some((glob) => minimatch(parts.slice(0, i + 1).join('/'), glob, { dot: true })));
}

/** One glob for `workspace.findFiles`' exclude argument (null: exclude nothing). */
export function excludeGlob(globs: readonly string[]): string | null {
  if (globs.length === 0) return null;
  return globs.length === 1 ? globs[0] : `{${globs.join(',')}}`;
}
