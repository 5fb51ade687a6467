import * as vscode from 'vscode';
import { DEFAULT_TEXTS, globProblem } from '../core/corpus/text-filter';
import { LANGUAGES, type LanguageSetting } from '../core/text/language';

// The kinds a user can switch highlighting on and off for (setting `marginalia.highlight.<kind>`): core's vocabulary.
import { HIGHLIGHT_KINDS, type HighlightKind } from '../core/kinds';
export { HIGHLIGHT_KINDS, type HighlightKind };

/** The reading settings, read live each time (no reload needed). */
export interface ReadingConfig {
  /** Glob of the texts, e.g. `**\/*.{txt,md}`. */
  texts: string;
  /** Globs left out: `marginalia.exclude` plus the enabled `files.exclude` patterns. */
  exclude: string[];
  /** Globs of the settings that were refused as too costly to match, with why; the defaults or nothing are used instead. */
  refused: string[];
  /** Bytes; bigger texts are skipped with a message. */
  maxFileSize: number;
  highlight: Record<HighlightKind, boolean>;
  dayFirst: boolean;
  julianBefore: string;
  /** `marginalia.language`: auto (each paragraph's language, detected) or one language for every text. */
  language: LanguageSetting;
}

export function readConfig(): ReadingConfig {
  const c = vscode.workspace.getConfiguration('marginalia');
  const filesExclude = vscode.workspace.getConfiguration('files').get<Record<string, boolean>>('exclude') ?? {};
  const highlight = {} as Record<HighlightKind, boolean>;
  for (const kind of HIGHLIGHT_KINDS) highlight[kind] = c.get<boolean>(`highlight.${kind}`, true);
  const texts = c.get<string>('texts', DEFAULT_TEXTS);
  const exclude = [...c.get<string[]>('exclude', []), ...Object.keys(filesExclude).filter((k) => filesExclude[k])];
  const refused = [texts, ...exclude].flatMap((glob) => {
    const why = globProblem(glob);
    return why ? [`the glob '${glob}' ${why}; it is ignored — simplify it in the settings`] : [];
  });
  return {
    texts: globProblem(texts) ? DEFAULT_TEXTS : texts,
    exclude: exclude.filter((glob) => !globProblem(glob)),
    refused,
    maxFileSize: c.get<number>('maxFileSize', 20 * 1024 * 1024),
    highlight,
    dayFirst: c.get<boolean>('dayFirst', false),
    julianBefore: c.get<string>('julianBefore', '1918-02-14'),
    language: LANGUAGES.includes(c.get<LanguageSetting>('language', 'auto'))
      ? c.get<LanguageSetting>('language', 'auto')
      : 'auto',
  };
}

/** True when a settings change means the corpus must be re-scanned. */
export function affectsIndex(e: vscode.ConfigurationChangeEvent): boolean {
  return (
    ['texts', 'exclude', 'maxFileSize', 'dayFirst', 'julianBefore', 'language'].some((k) =>
      e.affectsConfiguration(`marginalia.${k}`),
    ) || e.affectsConfiguration('files.exclude')
  );
}

/** True when a settings change only changes what is highlighted. */
export function affectsHighlight(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration('marginalia.highlight');
}
