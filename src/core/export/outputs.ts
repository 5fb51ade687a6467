import { toBrat } from './brat';
import { toCsv } from './csv';
import type { ExportDocument } from './export-document';
import { toTei } from './tei';
import { toW3c } from './w3c';

export const EXPORT_FORMATS = ['w3c', 'tei', 'csv', 'brat'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One file an export writes, named relative to the folder it goes to. */
export interface ExportOutput {
  name: string;
  content: string;
  /** The text itself (brat wants NAME.txt beside NAME.ann): not to be written over the text it came from. */
  isText?: boolean;
  /** What the format could not hold, for the user to read. */
  warning?: string;
}

/** The file name a CSV export of a whole corpus gets. */
export const CSV_NAME = 'annotations.csv';

/**
 * The files one text exports to, named after the text's file name: trotsky.txt ->
 * trotsky.jsonld, trotsky.tei.xml, trotsky.ann (+ trotsky.txt). brat pairs
 * NAME.ann with NAME.txt, so a .md text keeps its full name (notes.md.ann,
 * notes.md.txt) and no .txt of the user's is ever written over. CSV is per
 * corpus, not per text: see `toCsv`.
 */
export function exportOutputs(format: Exclude<ExportFormat, 'csv'>, doc: ExportDocument, place: { besideText: boolean }): ExportOutput[] {
  const name = doc.file.split('/').pop() as string;
  const stem = name.replace(/\.(txt|md)$/i, '');
  // The W3C target is a relative IRI: beside the text it is the text's name; elsewhere its path in the corpus.
  const source = (place.besideText ? name : doc.file).split('/').map(encodeURIComponent).join('/');
  switch (format) {
    case 'w3c': return [{ name: `${stem}.jsonld`, content: JSON.stringify(toW3c(doc, { source }), null, 2) + '\n' }];
    case 'tei': {
      const { xml, dropped } = toTei(doc);
      const warning = dropped ? `${dropped} overlapping mention(s) or annotation(s) not marked up inline (their notes kept at <anchor>s)` : undefined;
      return [{ name: `${stem}.tei.xml`, content: xml, warning }];
    }
    case 'brat': {
      const bratName = /\.txt$/i.test(name) ? stem : name;
      const { ann, skipped } = toBrat(doc);
      const warning = skipped ? `${skipped} orphaned annotation(s) left out: brat needs offsets` : undefined;
      return [{ name: `${bratName}.ann`, content: ann, warning }, { name: `${bratName}.txt`, content: doc.text, isText: true }];
    }
  }
}

/** The CSV of a whole set of texts (one file). */
export function exportCsv(docs: ExportDocument[]): ExportOutput {
  return { name: CSV_NAME, content: toCsv(docs) };
}
