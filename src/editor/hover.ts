import * as vscode from 'vscode';
import { describeMention, type CardPart, type PassageNote } from '../core/corpus/describe';
import type { AnnotationsService, CorpusView } from './services';
import { mentionRange, textSelector } from './utils';
import { languageOfSpan } from '../core/text/language';
import { languagesOf } from './text-languages';

/** Converts a card part to a MarkdownString: untrusted (no HTML, no commands) unless it is the add-to-registry link. */
export function toMarkdown(part: CardPart): vscode.MarkdownString {
  const md = new vscode.MarkdownString(part.markdown);
  md.supportHtml = false;
  md.isTrusted = part.trust === 'addToRegistry' ? { enabledCommands: ['marginalia.addToRegistry'] } : false;
  return md;
}

/** Hover cards on names, candidates, dates and quotations in the corpus texts. */
export function registerHover(context: vscode.ExtensionContext, corpus: CorpusView, annotations?: AnnotationsService): void {
  const provider: vscode.HoverProvider = {
    async provideHover(doc, position) {
      await corpus.whenCurrent(doc.uri);
      const key = doc.uri.toString();
      const offset = doc.offsetAt(position);
      const mention = corpus.mentionAt(key, offset);
      if (!mention) return undefined;
      const notes: PassageNote[] = (annotations?.forDocument(doc.uri) ?? [])
        .filter((a) => a.start !== undefined && a.end !== undefined && a.start < mention.end && a.end > mention.start)
        .map((a) => ({ kind: a.annotation.kind, note: a.annotation.note, tags: a.annotation.tags }));
      const entity = mention.entity ? corpus.entity(mention.entity) : undefined;
      const parts = describeMention(mention, {
        entity,
        speaker: mention.speaker ? corpus.entity(mention.speaker) : undefined,
        count: entity ? corpus.countOf(entity.id) : undefined,
        annotations: notes,
        julianBefore: corpus.config.julianBefore,
        lang:
          mention.kind === 'date' ? (languageOfSpan(languagesOf(doc, corpus.config.language), mention.start) ?? 'en') : undefined,
      });
      return new vscode.Hover(parts.map(toMarkdown), mentionRange(doc, mention));
    },
  };
  context.subscriptions.push(vscode.languages.registerHoverProvider(textSelector(), provider));
}
