/**
 * The nominative of a Russian name found in another case, for *Add Name to
 * the Registry* (the registry holds names in the nominative; name-declension.ts
 * declines them from there): «Николая Ивановича Бухарина» -> «Николай
 * Иванович Бухарин», «Крупской» -> «Крупская», «Радеку» -> «Радек». Each word
 * is given the nominative whose declined forms hold it; a word that already is
 * one, or that no nominative declines to, stays as it is. «Рыкова» may be a
 * woman's nominative or the genitive of Рыков: the masculine is proposed, as
 * a declined «Рыкова» links to Рыков (the user may change it).
 */
import { caseForms } from './name-declension';

/** Nominative endings, masculine first (a declined -ова/-ина is taken for the man's -ов/-ин). */
const ENDINGS = ['', 'ий', 'ой', 'ый', 'й', 'ь', 'ая', 'ия', 'а', 'я'];

/** The name with each declined Russian word in the nominative. */
export function nominativeOf(name: string): string {
  return name
    .split(/(\s+)/)
    .map((w) => (/\s/.test(w) || !/^[\u0400-\u04ff-]{3,}$/.test(w) ? w : nominativeWord(w)))
    .join('');
}

function nominativeWord(word: string): string {
  for (const ending of ENDINGS) {
    for (let cut = 1; cut <= 3 && cut < word.length - 1; cut++) {
      const candidate = word.slice(0, word.length - cut) + ending;
      // A feminine adjectival surname is -ская / -цкая (Крупская); «Ягодой» is of Ягода, not of «Ягодая».
      if (candidate === word || (ending === 'ая' && !/(?:ск|цк)ая$/.test(candidate))) continue;
      const forms = caseForms(candidate);
      if (forms?.some((c) => c.includes(word))) return candidate;
    }
  }
  return word;
}
