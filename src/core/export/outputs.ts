import { toBrat } from './brat';
import { CSV_COLUMNS, toCsv } from './csv';
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
export function exportOutputs(
  format: Exclude<ExportFormat, 'csv'>,
  doc: ExportDocument,
  place: { besideText: boolean; fullName?: boolean },
): ExportOutput[] {
  const name = doc.file.split('/').pop() as string;
  // fullName: letter.txt -> letter.txt.jsonld, when letter.md would also give letter.jsonld.
  const stem = place.fullName ? name : name.replace(/\.(txt|md)$/i, '');
  // The W3C target is a relative IRI: beside the text it is the text's name; elsewhere its path in the corpus.
  const source = (place.besideText ? name : doc.file).split('/').map(encodeURIComponent).join('/');
  switch (format) {
    case 'w3c':
      return [{ name: `${stem}.jsonld`, content: JSON.stringify(toW3c(doc, { source }), null, 2) + '\n' }];
    case 'tei': {
      const { xml, dropped } = toTei(doc);
      const warning = dropped
        ? `${dropped} overlapping mention(s) or annotation(s) not marked up inline (their notes kept at <anchor>s)`
        : undefined;
      return [{ name: `${stem}.tei.xml`, content: xml, warning }];
    }
    case 'brat': {
      const bratName = /\.txt$/i.test(name) && !place.fullName ? stem : name;
      const { ann, skipped } = toBrat(doc);
      const warning = skipped ? `${skipped} orphaned annotation(s) left out: brat needs offsets` : undefined;
      return [
        { name: `${bratName}.ann`, content: ann, warning },
        { name: `${bratName}.txt`, content: doc.text, isText: true },
      ];
    }
  }
}

/** The CSV of a whole set of texts (one file). */
export function exportCsv(docs: ExportDocument[]): ExportOutput {
  return { name: CSV_NAME, content: toCsv(docs) };
}

/**
 * One text to export: the folder its files go to, and where the text itself is (both as the caller names places: paths or URIs).
 */
export interface PlannedText {
  dir: string;
  doc: ExportDocument;
  /** The text's own folder and file name, so that no other text's export is written over it. */
  text?: { dir: string; name: string };
}

/**
 * The files of each text (by index into `texts`), never two at one place: a text whose
 * outputs would meet another text's outputs or another text (letter.txt and letter.md
 * both giving letter.jsonld) keeps its full name (letter.txt.jsonld, letter.md.jsonld).
 * A brat text copy that is the text itself is left out. Places are compared ignoring
 * case, as macOS and Windows file systems do. An output whose place is still taken
 * (two texts of one name from two folders exported into one) is marked `clash`: not to be written.
 */
export function planOutputs(
  format: Exclude<ExportFormat, 'csv'>,
  texts: PlannedText[],
  place: { besideText: boolean },
): Array<{ index: number; dir: string; output: ExportOutput; clash?: true }> {
  const key = (dir: string, name: string) => `${dir.replace(/[\\/]+$/, '')}/${name}`.toLowerCase();
  const full = new Set<number>();
  const outputsOf = (i: number) =>
    exportOutputs(format, texts[i].doc, { ...place, fullName: full.has(i) }).filter(
      (o) => !texts[i].text || key(texts[i].dir, o.name) !== key(texts[i].text!.dir, texts[i].text!.name),
    );
  // Each round gives full names to the texts still in a collision; full names differ whenever file names do.
  for (let round = 0; round <= texts.length; round++) {
    const owners = new Map<string, Set<number>>();
    const claim = (k: string, i: number) => owners.set(k, (owners.get(k) ?? new Set()).add(i));
    texts.forEach((t, i) => {
      if (t.text) claim(key(t.text.dir, t.text.name), i);
      for (const o of outputsOf(i)) claim(key(t.dir, o.name), i);
    });
    const clashing = new Set<number>();
    for (const who of owners.values()) if (who.size > 1) for (const i of who) if (!full.has(i)) clashing.add(i);
    if (clashing.size === 0) break;
    clashing.forEach((i) => full.add(i));
  }
  // Two texts with one name in one folder (two corpora exported into one --out): the first keeps the place.
  const taken = new Set(texts.flatMap((t) => (t.text ? [key(t.text.dir, t.text.name)] : [])));
  return texts.flatMap((t, index) =>
    outputsOf(index).map((output) => {
      const k = key(t.dir, output.name);
      const clash = taken.has(k) && !(t.text && k === key(t.text.dir, t.text.name));
      taken.add(k);
      return { index, dir: t.dir, output, ...(clash ? { clash: true } : {}) };
    }),
  );
}

/**
 * Whether an existing file at an export's place may be replaced without asking: when it
 * holds what would be written anyway, or Marginalia wrote it, as its content says: a TEI
 * header "Exported by Marginalia", a JSON-LD `generator` named Marginalia, a CSV starting
 * with Marginalia's header row. A brat .ann or .txt has no place for such a mark (every
 * line is an annotation), so an existing one that differs is never replaced without asking.
 */
export function mayReplace(name: string, existing: string, next: string): boolean {
  if (existing === next) return true;
  const text = existing.replace(/^\ufeff/, '');
  if (/\.xml$/i.test(name)) return /<publicationStmt><p>Exported by Marginalia from /.test(text.slice(0, 4096));
  if (/\.(jsonld|json)$/i.test(name)) {
    try {
      const generator = (JSON.parse(text) as { generator?: { name?: unknown } } | null)?.generator;
      return generator?.name === 'Marginalia';
    } catch {
      return false;
    }
  }
  // A CSV written before the claim columns (by … status) were added is Marginalia's too.
  if (/\.csv$/i.test(name))
    return [CSV_COLUMNS.join(','), CSV_COLUMNS.slice(0, CSV_COLUMNS.indexOf('by')).join(',')].includes(text.split(/\r?\n/, 1)[0]);
  return false;
}
