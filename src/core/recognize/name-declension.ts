/**
 * The case forms of a Russian name registered in the nominative: Бухарин ->
 * Бухарина, Бухарину, Бухариным, Бухарином, Бухарине; Крестинский ->
 * Крестинского...; Ягода -> Ягоды, Ягоде, Ягоду, Ягодой; Крупская ->
 * Крупской, Крупскую; Николай Иванович -> Николая Ивановича... Only the
 * registry's own names are declined, by their endings (a list of endings, not
 * a stemmer on every word of the text), so no unrelated word can match.
 *
 * A surname in -ова/-ева/-ина or -ая is a woman's, declined as one; a
 * masculine -ов/-ин surname's genitive (Рыкова) is the same word as his wife's
 * nominative: a name registered as it is written always wins over a declined
 * form (name-matcher.ts), so «Рыкова» is the woman when the registry has her,
 * else the genitive of Рыков.
 */

/** The five oblique cases (genitive, dative, accusative, instrumental, prepositional), each with its variant forms. */
type Cases = string[][];

/** Given names whose stem loses its vowel: Лев -> Льва, Павел -> Павла, Пётр -> Петра. */
const FLEETING: Record<string, string> = { Лев: 'Льв', Павел: 'Павл', Пётр: 'Петр', Петр: 'Петр' };
const CYRILLIC_WORD = /^[\u0400-\u04ff][\u0400-\u04ff-]+$/;
const VOWELS = 'аеёиоуыэюя';
/** After these letters Russian writes и for ы and, unstressed, е for о. */
const VELAR_SIBILANT = /[гкхжшчщ]$/;
const SIBILANT = /[жшчщц]$/;

/** The oblique case forms of one word of a name, or undefined when it does not decline. */
export function caseForms(word: string, feminine = isFeminine(word)): Cases | undefined {
  if (!CYRILLIC_WORD.test(word) || word.length < 3) return undefined;
  if (word.includes('-')) {
    // Бонч-Бруевич: both parts decline alike.
    const parts = word.split('-').map((p) => caseForms(p, feminine));
    if (parts.some((p) => !p)) return undefined;
    return [0, 1, 2, 3, 4].map((c) => [parts.map((p) => (p as Cases)[c][0]).join('-')]);
  }
  const stem = (n: number): string => word.slice(0, word.length - n);
  const all = (s: string, ...endings: string[][]): Cases => endings.map((e) => e.map((x) => s + x));
  if (/(?:ов|ев|ёв|ин|ын)а$/.test(word)) {
    // A woman's surname (Каменева -> Каменевой) or a given name in -ина (Нина -> Нины, Ниной): both declensions.
    const s = stem(1);
    return /ина$|ына$/.test(word)
      ? all(s, ['ой', 'ы'], ['ой', 'е'], ['у'], ['ой'], ['ой', 'е'])
      : all(s, ['ой'], ['ой'], ['у'], ['ой'], ['ой']);
  }
  if (/[ая]я$/.test(word)) {
    const s = stem(2);
    return all(s, ['ой'], ['ой'], ['ую'], ['ой'], ['ой']);
  }
  if (feminine && !/[ая]$/.test(word)) return undefined; // a woman's consonant-ending name (Радек for her) does not decline
  if (/(?:ов|ев|ёв)$/.test(word) && !FLEETING[word]) return all(word, ['а'], ['у'], ['а'], ['ым'], ['е']);
  if (/(?:ин|ын)$/.test(word)) return all(word, ['а'], ['у'], ['а'], ['ым', 'ом'], ['е']); // Бухариным; Константином
  if (/(?:ий|ый|ой)$/.test(word) && (/(?:ск|цк|[кгх])ий$/.test(word) || /[ыо]й$/.test(word))) {
    // Adjectival: Крестинский, Троцкий, Горький, Толстой.
    const s = stem(2);
    return all(s, ['ого'], ['ому'], ['ого'], [VELAR_SIBILANT.test(s) ? 'им' : 'ым'], ['ом']);
  }
  if (/ий$/.test(word)) return all(stem(2), ['ия'], ['ию'], ['ия'], ['ием'], ['ии']); // Григорий
  if (/[аеиоуыэю]й$/.test(word) || /ь$/.test(word)) return all(stem(1), ['я'], ['ю'], ['я'], ['ем'], ['е']); // Николай, Игорь
  if (/ия$/.test(word)) return all(stem(1), ['и'], ['и'], ['ю'], ['ей'], ['и']); // Мария
  if (/я$/.test(word)) return all(stem(1), ['и'], ['е'], ['ю'], ['ей'], ['е']); // Илья
  if (/а$/.test(word)) {
    // Ягода, Никита, Надежда.
    const s = stem(1);
    return all(s, [VELAR_SIBILANT.test(s) ? 'и' : 'ы'], ['е'], ['у'], SIBILANT.test(s) ? ['ей', 'ой'] : ['ой'], ['е']);
  }
  if (VOWELS.includes(word[word.length - 1]) || /(?:ых|их)$/.test(word)) return undefined; // Шеболдаево, Черных: indeclinable
  const s = FLEETING[word] ?? word;
  // Радек, Молотов's Вячеслав, Михаил; Ильич, Зиновьевич: -ем (and -ом) after a sibilant.
  return all(s, ['а'], ['у'], ['а'], SIBILANT.test(word) ? ['ем', 'ом'] : ['ом'], ['е']);
}

/** A surname in -ова/-ева/-ина/-ая is a woman's. */
function isFeminine(word: string): boolean {
  return /(?:ов|ев|ёв|ин|ын)а$|[ая]я$/.test(word);
}

/** Whether a name (its words) is worth declining: a Cyrillic word of three letters or more in it. */
export function declinable(keys: string[]): boolean {
  return keys.some((k) => CYRILLIC_WORD.test(k) && k.length >= 3);
}

/**
 * Every declined form of a name given as its words (tokens): all its declining words in one case together
 * («Николая Ивановича Бухарина»), initials and other words unchanged; with «е» for «ё» too.
 */
export function declinedNames(keys: string[]): string[][] {
  // A woman's name declines as hers throughout: Надежда Константиновна Крупская.
  const feminine =
    keys.some((k) => /(?:ов|ев|ёв|ин|ын)а$|[ая]я$|вна$/.test(k) && !/ина$/.test(k)) || keys.some((k) => /вна$/.test(k));
  const forms = keys.map((k) => caseForms(k, feminine && !/вич$/.test(k) ? true : undefined));
  const out: string[][] = [];
  const seen = new Set<string>();
  for (let c = 0; c < 5; c++) {
    let rows: string[][] = [[]];
    for (let i = 0; i < keys.length; i++) {
      const options = forms[i]?.[c] ?? [keys[i]];
      rows = rows.flatMap((r) => options.map((o) => r.concat(o)));
    }
    for (const r of rows) {
      for (const v of r.some((w) => w.includes('ё')) ? [r, r.map((w) => w.replace(/ё/g, 'е'))] : [r]) {
        const key = v.join(' ');
        if (!seen.has(key) && key !== keys.join(' ')) {
          seen.add(key);
          out.push(v);
        }
      }
    }
  }
  if (keys.some((w) => w.includes('ё'))) out.push(keys.map((w) => w.replace(/ё/g, 'е')));
  return out;
}

/** Endings of a patronymic abbreviated to its initial and the case ending («Л. Н-чу»: Льву Николаевичу), by gender. */
const PATRONYMIC_ENDINGS = { male: ['ч', 'ча', 'чу', 'чем', 'че'], female: ['вна', 'вны', 'вне', 'вну', 'вной'] };
const CYRILLIC_INITIAL = /^[\u0410-\u042f\u0401]$/;

/**
 * The forms of a name whose patronymic is an initial («Л. Н.», «Н. И. Бухарин») with that patronymic abbreviated the
 * Russian way, its initial, a hyphen and its case ending («Л. Н-ч», «Л. Н-ча», «Л. Н-чу»; a woman's «Н. К-вна»), as
 * tokens. Only a first initial followed by a second counts: the second is the patronymic.
 */
export function abbreviatedPatronymics(keys: string[], female = false): string[][] {
  const out: string[][] = [];
  for (let i = 2; i + 1 < keys.length; i++) {
    if (!CYRILLIC_INITIAL.test(keys[i]) || keys[i + 1] !== '.' || !CYRILLIC_INITIAL.test(keys[i - 2]) || keys[i - 1] !== '.')
      continue;
    for (const ending of PATRONYMIC_ENDINGS[female ? 'female' : 'male'])
      out.push([...keys.slice(0, i + 1), '-', ending, ...keys.slice(i + 2)]);
  }
  return out;
}
