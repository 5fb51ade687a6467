// How each kind of highlight looks, as plain data (no `vscode` import) so that unit tests can check it against the
// colours contributed in package.json. decorations.ts turns it into decoration types.
//
// The page is for reading, so every mark is quiet and none looks like an error: names and dates only change colour
// (no bold), candidates get a faint dotted underline, scare quotes turn italic, quotations get a soft tint, and
// confessions a tint, a solid underline and a bar in the left margin of their lines, like a reader's pencil line.
// High-contrast themes have no tints (their colours are transparent there): they rely on the underlines instead.
import type { HighlightKind } from './config';

/** A colour id without its `marginalia.` prefix, contributed in package.json with light, dark and high-contrast defaults. */
export type ColourName = string;

export interface HighlightStyle {
  /** Text colour. */
  color?: ColourName;
  backgroundColor?: ColourName;
  fontStyle?: 'italic';
  /** An underline drawn as a bottom border, so that its colour is a theme colour. */
  underline?: { color: ColourName; style: 'solid' | 'dotted' | 'dashed'; width: string };
  /** A bar at the left edge of every line the mark touches (a whole-line decoration of its own). */
  marginBar?: { color: ColourName; width: string };
  /** A mark in the overview ruler (the scroll bar), so that the kind can be found in a long text. */
  overviewRuler?: ColourName;
}

/** One entry per kind: the compiler lists this table when a kind is added. */
export const HIGHLIGHT_STYLES: Record<HighlightKind, HighlightStyle> = {
  person: { color: 'personForeground' },
  place: { color: 'placeForeground' },
  organisation: { color: 'organisationForeground' },
  event: { color: 'eventForeground' },
  work: { color: 'workForeground' },
  candidate: { underline: { color: 'candidateUnderline', style: 'dotted', width: '1px' } },
  date: { color: 'dateForeground' },
  scare: { color: 'scareQuoteForeground', fontStyle: 'italic' },
  quotation: {
    backgroundColor: 'quotationBackground',
    underline: { color: 'quotationUnderline', style: 'dashed', width: '1px' },
  },
  confession: {
    backgroundColor: 'confessionBackground',
    underline: { color: 'confessionUnderline', style: 'solid', width: '2px' },
    marginBar: { color: 'confessionMarginBar', width: '3px' },
    overviewRuler: 'confessionMarginBar',
  },
};

/** Every colour id (without the prefix) that the styles use. */
export function coloursOf(style: HighlightStyle): ColourName[] {
  return [style.color, style.backgroundColor, style.underline?.color, style.marginBar?.color, style.overviewRuler].filter(
    (c): c is ColourName => c !== undefined,
  );
}
