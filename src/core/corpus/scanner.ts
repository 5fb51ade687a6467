import type { Entity } from '../model';
import { recognize } from '../recognize/index';
import { NameMatcher } from '../recognize/name-matcher';
import type { Scan } from './corpus-index';
import type { LanguageSetting } from '../text/language';

export interface ScanOptions {
  dayFirst?: boolean;
  julianBefore?: string;
  /** `auto` (each paragraph's language, detected) or a language for every text. */
  lang?: LanguageSetting;
}

/** A scanner bound to a registry's names and the date settings. */
export function createScanner(entities: Entity[], options: ScanOptions = {}): Scan {
  const names = new NameMatcher(entities);
  return (text) => recognize(text, names, options);
}
