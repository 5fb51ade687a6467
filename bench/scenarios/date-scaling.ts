/**
 * Date recognition must grow linearly with the text: time at n and at 4n on
 * texts made of many dates without a year (a diary flattened onto one line,
 * one day repeated, "inst." and "'37" dates), whose years are filled from the
 * context. The ratio 4n / n should stay near 4 (target ≤ 6: linear with noise);
 * a quadratic pass shows as 16.
 * Runnable alone: `npm run build && node out/bench/scenarios/date-scaling.js`.
 */
import { findDates } from '../../src/core/recognize/dates';
import { Row, Timed, median, row, timeRuns } from '../measure';

/** Texts of about `size` characters, one per shape. */
const SHAPES: Record<string, (size: number) => string> = {
  'diary on one line': (size) => {
    const out = ['Diary of 1862. 1 January 1862. Snow all day.'];
    const months = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    let length = out[0].length;
    for (let i = 0; length < size; i++) {
      const entry = `${(i % 28) + 1} ${months[Math.floor(i / 28) % 12]}. Wrote letters; the roads were bad and the post late.`;
      out.push(entry);
      length += entry.length + 1;
    }
    return out.join(' ');
  },
  '"18 December " repeated': (size) => '18 December '.repeat(Math.ceil(size / 12)),
  'days after one full date': (size) =>
    `On 3 March 1917 it began. ${'On March 4 more came, and on the 5th inst. others. '.repeat(Math.ceil(size / 51))}`,
  'apostrophe years': (size) => `In 1864. ${"Jan. 1, '65 and April 3, '65. ".repeat(Math.ceil(size / 31))}`,
  'diary, one day a line': (size) => `1 January 1862.\n\n${'18 December. Cold.\n\n'.repeat(Math.ceil(size / 20))}`,
  'months without a year': (size) =>
    `Message of December 1848. ${'In March last and by June, in July, August and September. '.repeat(Math.ceil(size / 58))}`,
};

const N = 50_000;

export function dateScaling(): Row[] {
  const rows: Row[] = [];
  for (const [name, make] of Object.entries(SHAPES)) {
    const small = make(N);
    const large = make(4 * N);
    const runsSmall = timeRuns(5, () => findDates(small));
    const runsLarge = timeRuns(5, () => findDates(large));
    rows.push(row('date scaling', `${name}: ${N / 1000} KB`, runsSmall, 'ms'));
    rows.push(row('date scaling', `${name}: ${(4 * N) / 1000} KB`, runsLarge, 'ms'));
    // CPU time, not wall time: on a shared machine the wall clock measures the neighbours.
    const cpu = (t: Timed): number => median(t.cpu?.length ? t.cpu : t);
    const ratio = cpu(runsLarge) / Math.max(0.001, cpu(runsSmall));
    rows.push({
      scenario: 'date scaling',
      measure: `${name}: ratio 4n / n (CPU)`,
      value: ratio,
      unit: '×',
      target: 6,
      met: ratio <= 6,
    });
  }
  return rows;
}

if (require.main === module) {
  for (const r of dateScaling())
    process.stdout.write(
      `${r.measure.padEnd(44)} ${r.value.toFixed(r.unit === '×' ? 2 : 1).padStart(9)} ${r.unit}${r.met === false ? '  NOT MET' : ''}\n`,
    );
}
