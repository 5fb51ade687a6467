import { LineIndex } from '../text/line-index';
import { exportItems, type ExportDocument } from './export-document';
import { claimStatuses } from '../claims/claim-status';

// RFC 4180: fields holding a comma, a quote, CR or LF are quoted, quotes are
// doubled, records end in CRLF. The file starts with a UTF-8 byte order mark
// by default because Excel, which many historians open a CSV in, reads a
// BOM-less file as the local code page and garbles “quotes” and Cyrillic.
export const CSV_COLUMNS = [
  'file',
  'kind',
  'start',
  'end',
  'line',
  'column',
  'text',
  'entity',
  'value',
  'quote',
  'speaker',
  'note',
  'tags',
  'id',
  // Claims and evidence: registry ids (who: separated by '; '), EDTF, and refuted | contradicted | supported | unchallenged.
  'by',
  'who',
  'where',
  'when',
  'status',
] as const;

export interface CsvOptions {
  /** Start with U+FEFF (default true). */
  bom?: boolean;
}

/**
 * One RFC 4180 field. A value that a spreadsheet would run as a formula (it
 * starts with = + - @, a tab or CR) gets a leading apostrophe: notes come from
 * files anyone can edit, and `=HYPERLINK(...)` must stay text when opened.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The mentions and annotations of the documents, one per row, under a header.
 * `start`/`end` are UTF-16 offsets as in the sidecars; `line` and `column` are
 * 1-based, for people; an orphaned annotation has them empty.
 */
export function toCsv(docs: ExportDocument[], options: CsvOptions = {}): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  const statuses = claimStatuses(docs, docs[0]?.entities ?? new Map());
  for (const doc of docs) {
    const lines = new LineIndex(doc.text);
    for (const item of exportItems(doc)) {
      const at = item.start === undefined ? undefined : lines.positionAt(item.start);
      rows.push([
        doc.file,
        item.kind,
        str(item.start),
        str(item.end),
        str(at && at.line + 1),
        str(at && at.character + 1),
        item.text,
        item.entity ?? '',
        item.value ?? '',
        item.quote ?? '',
        item.speaker ?? '',
        item.note ?? '',
        (item.tags ?? []).join('; '),
        item.id ?? '',
        item.claim?.by ?? '',
        (item.claim?.who ?? []).join('; '),
        item.claim?.where ?? '',
        str(item.claim?.when),
        (item.id !== undefined && statuses.get(doc.file)?.get(item.id)) || '',
      ]);
    }
  }
  const body = rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
  return ((options.bom ?? true) ? '\uFEFF' : '') + body;
}

function str(n: number | string | undefined): string {
  return n === undefined ? '' : String(n);
}
