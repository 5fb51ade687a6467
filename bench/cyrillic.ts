/**
 * Latin-to-Cyrillic letter substitution, to make a Cyrillic-heavy text (and a
 * matching registry) with the same words, sentences and punctuation as the
 * English one, so that only the script differs between the two scans.
 */
const LOWER: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'й',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'ш',
  x: 'ж',
  y: 'ы',
  z: 'з',
};

const MAP: Record<string, string> = { ...LOWER };
for (const [l, c] of Object.entries(LOWER)) MAP[l.toUpperCase()] = c.toUpperCase();

/** Replaces each ASCII letter by a Cyrillic one, keeping case; everything else is kept. */
export function toCyrillic(text: string): string {
  return text.replace(/[A-Za-z]/g, (ch) => MAP[ch]);
}
