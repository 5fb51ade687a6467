import type * as vscode from 'vscode';
import { paragraphLanguages, type LanguageSetting, type LanguageSpans } from '../core/text/language';

/** The paragraphs' languages of the last documents asked about, by URI, version and setting. */
const recent = new Map<string, LanguageSpans>();

/**
 * The language of each paragraph of an open document, told once per version: telling them takes 80 ms for a 5 MB
 * text, too long to repeat for every hover on a date and every update of the status bar.
 */
export function languagesOf(doc: vscode.TextDocument, setting: LanguageSetting): LanguageSpans {
  const key = `${doc.uri.toString()}#${doc.version}#${setting}`;
  let spans = recent.get(key);
  if (!spans) {
    spans = paragraphLanguages(doc.getText(), setting);
    if (recent.size >= 8) recent.delete(recent.keys().next().value!);
    recent.set(key, spans);
  }
  return spans;
}
