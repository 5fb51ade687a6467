import type { Located } from './corpus-index';

/** One year of the timeline: dates known only to the year, then month by month. */
export interface TimelineYear {
  year: string;
  /** Dates that give no month (a year, a season, a decade). */
  yearOnly: Located[];
  months: { month: number; dates: Located[] }[];
  count: number;
}

/** Year and month (0 when the value gives none) of an EDTF value. */
export function yearMonth(value: string): { year: string; month: number } {
  const m = /^(-?\d{4}|\d{2,3}X+)(?:-(\d{2}))?/.exec(value);
  const month = m?.[2] ? Number(m[2]) : 0;
  return { year: m?.[1] ?? value, month: month >= 1 && month <= 12 ? month : 0 };
}

/** Groups chronologically sorted dates by year and month, keeping their order. */
export function timelineOf(dates: readonly Located[]): TimelineYear[] {
  const years: TimelineYear[] = [];
  for (const located of dates) {
    const { year, month } = yearMonth(located.mention.value ?? '');
    let y = years[years.length - 1];
    if (!y || y.year !== year) years.push((y = { year, yearOnly: [], months: [], count: 0 }));
    y.count++;
    if (!month) {
      y.yearOnly.push(located);
      continue;
    }
    let m = y.months[y.months.length - 1];
    if (!m || m.month !== month) y.months.push((m = { month, dates: [] }));
    m.dates.push(located);
  }
  return years;
}
