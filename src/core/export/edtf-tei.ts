// EDTF (levels 0 and 1, as the date recognizer writes them) to the TEI
// att.datable.w3c attributes, whose values are XML Schema dates: "1936",
// "1936-12", "1936-12-18". What a single `when` cannot say becomes a range:
// unspecified digits ("193X") and seasons give notBefore/notAfter, intervals
// give from/to, and an uncertain (?) or approximate (~, %) value keeps its
// range and says so with @cert, since TEI has no "approximately" on a date.

interface Bounds {
  min: string;
  max: string;
  /** A plain calendar date: one `when` says it all. */
  exact: boolean;
  qualifier?: '?' | '~' | '%';
}

// Seasons and sub-year groupings (EDTF 21-41): first month and length in months.
const SEASONS: Record<number, [number, number]> = {
  21: [3, 3],
  22: [6, 3],
  23: [9, 3],
  24: [12, 3], // spring, summer, autumn, winter (northern)
  25: [3, 3],
  26: [6, 3],
  27: [9, 3],
  28: [12, 3], // the same, said to be northern
  29: [9, 3],
  30: [12, 3],
  31: [3, 3],
  32: [6, 3], // southern hemisphere
  33: [1, 3],
  34: [4, 3],
  35: [7, 3],
  36: [10, 3], // quarters
  37: [1, 4],
  38: [5, 4],
  39: [9, 4], // quadrimesters
  40: [1, 6],
  41: [7, 6], // semestrals
};

/** The TEI date attributes for an EDTF value; undefined when it is not one this understands. */
export function teiDateAttributes(edtf: string): Record<string, string> | undefined {
  if (edtf.includes('/')) {
    const [a, b] = edtf.split('/');
    const from = a === '' || a === '..' ? undefined : bounds(a);
    const to = b === '' || b === '..' ? undefined : bounds(b);
    if ((a && a !== '..' && !from) || (b && b !== '..' && !to) || (!from && !to)) return undefined;
    const attrs: Record<string, string> = {};
    if (from) attrs.from = from.min;
    if (to) attrs.to = to.max;
    const qualifier = from?.qualifier ?? to?.qualifier;
    if (qualifier) attrs.cert = certainty(qualifier);
    return attrs;
  }
  const b = bounds(edtf);
  if (!b) return undefined;
  if (b.exact) return { when: b.min };
  const attrs: Record<string, string> = { notBefore: b.min, notAfter: b.max };
  if (b.qualifier) attrs.cert = certainty(b.qualifier);
  return attrs;
}

function certainty(qualifier: '?' | '~' | '%'): string {
  return qualifier === '~' ? 'medium' : 'low';
}

function bounds(value: string): Bounds | undefined {
  const m = /^(-?[0-9X]{4})(?:-([0-9X]{2}))?(?:-([0-9X]{2}))?([?~%])?$/.exec(value);
  if (!m) return undefined;
  const [, year, month, day, qualifier] = m;
  const q = qualifier as Bounds['qualifier'];
  if (year.includes('X')) {
    // An unknown year ("18 December", no year) bounds nothing a TEI date can say.
    if (!/^-?[0-9]+X+$/.test(year)) return undefined;
    return { min: year.replace(/X/g, '0'), max: year.replace(/X/g, '9'), exact: false, qualifier: q };
  }
  if (month === undefined || month === 'XX') return { min: year, max: year, exact: !q && month === undefined, qualifier: q };
  const monthNumber = Number(month);
  if (monthNumber >= 21) {
    const season = SEASONS[monthNumber];
    if (!season || day !== undefined) return undefined;
    const [first, length] = season;
    const last = first + length - 1;
    const max = last > 12 ? `${pad(Number(year) + 1, year.startsWith('-'))}-${two(last - 12)}` : `${year}-${two(last)}`;
    return { min: `${year}-${two(first)}`, max, exact: false, qualifier: q };
  }
  if (monthNumber < 1 || monthNumber > 12) return undefined;
  if (day === undefined || day === 'XX') {
    const ym = `${year}-${month}`;
    return { min: ym, max: ym, exact: !q && day === undefined, qualifier: q };
  }
  const date = `${year}-${month}-${day}`;
  return { min: date, max: date, exact: !q, qualifier: q };
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

function pad(year: number, negative: boolean): string {
  const digits = String(Math.abs(year)).padStart(4, '0');
  return negative || year < 0 ? `-${digits}` : digits;
}
