import * as vscode from 'vscode';
import { LANGUAGES, mainLanguage, type LanguageSetting } from '../core/text/language';
import { languagesOf } from './text-languages';
import type { AnnotationsService } from './services';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', ru: 'Russian', de: 'German', fr: 'French' };

/** The current text's annotation and orphan counts; a click opens the Annotations view. */
export function registerAnnotationsStatusBar(
  context: vscode.ExtensionContext,
  service: AnnotationsService,
): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('marginalia.annotations', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Marginalia Annotations';
  item.command = 'marginalia.annotations.focus';
  const update = (): void => {
    const doc = vscode.window.activeTextEditor?.document;
    const state = doc && service.stateOf(doc.uri);
    if (!doc || !state || doc.uri.toString() !== state.text.toString()) return item.hide();
    const orphans = state.annotations.filter((a) => a.current === undefined).length;
    const total = state.annotations.length;
    // The language the text is read in, shown when it is not English (language.ts: the most of its paragraphs).
    const setting = vscode.workspace.getConfiguration('marginalia', doc.uri).get<LanguageSetting>('language', 'auto');
    const lang = mainLanguage(languagesOf(doc, LANGUAGES.includes(setting) ? setting : 'auto'));
    item.text =
      `$(note) ${total - orphans}` +
      (orphans ? `  $(warning) ${orphans}` : '') +
      (lang !== 'en' ? `  ${lang.toUpperCase()}` : '');
    item.tooltip =
      `${total - orphans} annotation(s) in this text` +
      (orphans ? `, ${orphans} orphaned (no longer match the text)` : '') +
      (lang !== 'en'
        ? `. Read as ${LANGUAGE_NAMES[lang]} (the setting marginalia.language or a front matter lang: changes it)`
        : '') +
      '. Click to show the Annotations view.';
    item.show();
  };
  context.subscriptions.push(item, service.onDidChange(update), vscode.window.onDidChangeActiveTextEditor(update));
  update();
  return item;
}
