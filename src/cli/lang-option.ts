import { LANGUAGES, type LanguageSetting } from '../core/text/language';

/**
 * The `--lang` option of the commands that recognize (scan, export): the texts' language, or `auto` (each paragraph's own,
 * detected) when not given. A message naming the command and the values it takes when the value is not one of them.
 */
export function langOption(value: string | undefined, command: string): { lang: LanguageSetting } | { error: string } {
  const lang = (value ?? 'auto') as LanguageSetting;
  if (LANGUAGES.includes(lang)) return { lang };
  const known = `${LANGUAGES.slice(0, -1).join(', ')} or ${LANGUAGES[LANGUAGES.length - 1]}`;
  return { error: `marginalia ${command}: unknown language '${value}' — use ${known}` };
}
