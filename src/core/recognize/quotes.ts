/**
 * Quotations: “…”, "…", ‘…’, '…', «…», »…«, „…“, ‚…‘, ‹…›. The span includes
 * the quote marks. Nested quotations are reported too (outer and inner). A
 * quotation may run over several paragraphs when each one reopens with the
 * same mark and only the last closes (also when the paragraph breaks were
 * lost: `history. "1945 can see`), the newspaper convention: each paragraph is
 * then its own quotation, with the kind and speaker of the whole; an unclosed
 * mark is dropped at the end of its paragraph, unless a colon introduced it
 * (`he said: “We refuse.` with its closing mark lost runs to the paragraph's
 * end), or a quotation broken by its attribution went on in it (`"I was alone," writes our reporter. "I sprang …`, the
 * paragraph ending a sentence). Apostrophes (don’t, Stalin’s, ’30s, the Bolsheviks’) are
 * told from closing single quotes by what surrounds them.
 * Kinds: `scare` (at most three words, no sentence), `confession` (attributed
 * by a verb of confession or testimony in the same or the preceding sentence),
 * otherwise `quotation`. See quote-context.ts for those rules and the speaker.
 */
import type { Mention } from '../model';
import { languageOfSpan, type LanguageSpans } from '../text/language';
import { Paragraphs } from '../text/paragraphs';
import type { NameMatcher } from './name-matcher';
import { classifyQuote, type QuoteContext } from './quote-context';
import { sameWordsAsTitle } from './quote-same-title';

/** What findQuotes may know beyond the text: each paragraph's language, and the registry's entities. */
export interface QuoteOptions {
  /** The paragraphs' languages (text/language.ts); without them every quotation is read by the English rules. */
  languages?: LanguageSpans;
  entity?: QuoteContext['entity'];
}

/** Opening mark -> the marks that can close it. */
const CLOSERS: Record<string, string> = {
  '\u201c': '\u201d\u201c', // “ ” (and a stray “ used as a closer)
  '\u201e': '\u201c\u201d\u201f"', // „ “ ” ‟, and the typewriter's „…"
  '\u201a': '\u2018\u2019', // ‚ ‘ ’
  '\u2018': '\u2019', // ‘ ’
  '\u2019': '\u2019', // ’…’ (a closing mark misused as opener)
  '\u00ab': '\u00bb', // « »
  '\u00bb': '\u00ab', // » «
  '\u2039': '\u203a', // ‹ ›
  '\u203a': '\u2039', // › ‹
  '"': '"',
  "'": "'",
};
const MARKS = new Set(Object.keys(CLOSERS).concat(['\u201d']));
/** Any of MARKS: the scan jumps from one to the next instead of visiting every character. */
const MARK_RE = /["'\u2018\u2019\u201a\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a]/g;
/** A colon right before an opening mark: what follows is said or written. */
const INTRODUCED = /:[\s\u00a0\u202f]*$/;
/**
 * A quotation broken by its attribution right before the mark (`"I was alone," writes our reporter. "I sprang …`): the
 * part before closes on a comma, a question or an exclamation, then at most five words and their stop. What opens
 * here is the same speaker going on.
 */
const AFTER_ATTRIBUTION =
  /[,!?]["\u201d][\s\u00a0]+(?:[^\s\u00a0"\u201c\u201d.!?;:]+[\s\u00a0]+){0,4}[^\s\u00a0"\u201c\u201d.!?;:]+[.,:][\s\u00a0]*$/u;
/** Only spaces between the paragraph's start and the mark. */
const OPENS_PARAGRAPH = /(?:^|\n)[ \t\u00a0\u202f]*$/;
/** The last character of a paragraph that ends a sentence (a full stop, possibly after an editor's bracket). */
const SENTENCE_END = /[.!?\u2026]/;
const SINGLE = new Set(["'", '\u2019', '\u2018', '\u201a']);

const isWord = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isOpenPunct = (c: string | undefined): boolean => c !== undefined && /[([{\u2014\u2013/:-]/.test(c);

/** An open quotation; `parts`: its earlier paragraphs, when each reopens it and only the last closes. */
interface Open {
  mark: string;
  at: number;
  parts?: Array<[number, number]>;
}
/** Quotations nested deeper are not opened: prose never nests more than a few, and each level costs a pass over its span. */
const MAX_NESTING = 16;

/** Every quotation in the text, classified, with the speaker when the sentence names one. */
export function findQuotes(text: string, names: NameMatcher | Mention[], options: QuoteOptions = {}): Mention[] {
  // [start, end, the whole quotation's start and end when this is one paragraph of a longer one]
  const spans: Array<[number, number, number?, number?]> = [];
  const paragraphs = new Paragraphs(text);
  let carried: Open | undefined;
  // A quotation introduced by a colon (« Je leur ai dit : « Si vous voulez du pain… ») whose closing mark was lost: it runs to
  // the end of its paragraph, which the next paragraph does not reopen. So does one that opens its paragraph and runs to
  // its last full stop (a letter's postscript quoted whole, „lieber theurer Carl! … recht wohl.). Any other unclosed
  // mark is dropped.
  const unclosed = (open: Open): void => {
    const parts = open.parts ?? [];
    const [start, end] = parts[parts.length - 1] ?? [open.at, open.at];
    if (
      parts.length === 1 &&
      end - start > 1 &&
      (INTRODUCED.test(text.slice(Math.max(0, start - 3), start)) ||
        ((OPENS_PARAGRAPH.test(text.slice(Math.max(0, start - 20), start)) ||
          AFTER_ATTRIBUTION.test(text.slice(Math.max(0, start - 80), start))) &&
          SENTENCE_END.test(text[end - 1])))
    )
      spans.push([start, end]);
  };
  // The next mark at or after a position; positions only grow, so one search serves until it is passed.
  let found = -1;
  const markFrom = (pos: number): number => {
    if (found >= pos) return found;
    MARK_RE.lastIndex = pos;
    const m = MARK_RE.exec(text);
    found = m ? m.index : text.length;
    return found;
  };
  for (let p = 0; p < paragraphs.starts.length; p++) {
    const ps = paragraphs.starts[p];
    const pe = paragraphs.ends[p];
    const stack: Open[] = [];
    let i = ps;
    while (i < pe && isSpace(text[i])) i++;
    if (carried) {
      // The quotation goes on only if this paragraph reopens it with the same mark: a new part of it starts here.
      if (text[i] === carried.mark) {
        stack.push({ mark: carried.mark, at: i, parts: carried.parts });
        i++;
      } else {
        unclosed(carried);
      }
      carried = undefined;
    }
    for (i = markFrom(i); i < pe; i = markFrom(i + 1)) {
      const c = text[i];
      const prev = i > ps ? text[i - 1] : undefined;
      const next = i + 1 < pe ? text[i + 1] : undefined;
      if ((c === '\u2019' || c === "'") && isWord(prev) && isWord(next)) continue; // don’t, O'Brien
      if (droppedG(text, i)) continue; // sellin' you
      // ‘’Twas: an apostrophe right after the opening mark, before a word, is the word's; after a double mark it opens a
      // quotation inside ("'A brisk day,' remarks he."), unless it elides ("'Tis a pity").
      if (
        (c === '\u2019' || c === "'") &&
        isWord(next) &&
        stack.length &&
        stack[stack.length - 1].at === i - 1 &&
        (SINGLE.has(stack[stack.length - 1].mark) || ELIDED.test(text.slice(i + 1, i + 8).toLowerCase()))
      )
        continue;
      const looksOpening = (isSpace(prev) || isOpenPunct(prev) || MARKS.has(prev ?? '')) && !isSpace(next);
      const reopened = reopens(text, stack, c, i, ps, next);
      if (reopened >= 0) {
        // Paragraphs run together on one line: the part before ends at its full stop, the next part opens here.
        const top = stack[stack.length - 1];
        // The parts array is handed on, not copied: a quotation of many paragraphs stays linear.
        const parts = top.parts ?? [];
        parts.push([top.at, reopened]);
        stack[stack.length - 1] = { mark: c, at: i, parts };
        continue;
      }
      let k = closing(stack, c, prev, next, looksOpening);
      // ‘the workers’ state’: a plural possessive inside a ‘…’ quotation, when a later ’ in the paragraph can close it.
      if (k >= 0 && stack[k].mark === '\u2018' && c === '\u2019' && prev === 's' && laterCloser(text, i + 1, pe)) k = -1;
      if (k >= 0) {
        const parts = stack[k].parts;
        if (parts) for (const [a, b] of parts) spans.push([a, b, parts[0][0], i + 1]);
        spans.push(parts ? [stack[k].at, i + 1, parts[0][0], i + 1] : [stack[k].at, i + 1]);
        stack.length = k;
      } else if (
        c in CLOSERS &&
        (looksOpening || spacedGuillemet(text, c, prev, i, pe)) &&
        (opens(c, next, text[i + 2]) || quotedLower(text, c, i, pe)) &&
        stack.length < MAX_NESTING
      ) {
        stack.push({ mark: c, at: i });
      }
    }
    if (stack.length && !SINGLE.has(stack[0].mark)) {
      let end = pe;
      while (end > stack[0].at && isSpace(text[end - 1])) end--;
      const parts = stack[0].parts ?? [];
      parts.push([stack[0].at, end]);
      carried = { mark: stack[0].mark, at: stack[0].at, parts };
      if (p + 1 >= paragraphs.starts.length) unclosed(carried);
    }
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  // Each paragraph of a quotation is its own mention, with the kind and speaker of the whole quotation.
  const wholes = new Map<string, Mention>();
  const context = (at: number): QuoteContext => ({ lang: languageOfSpan(options.languages, at), entity: options.entity });
  const mentions = spans.map(([start, end, ws, we]) => {
    if (ws === undefined || we === undefined) return classifyQuote(text, start, end, names, paragraphs, context(start));
    const key = `${ws} ${we}`;
    let whole = wholes.get(key);
    if (!whole) {
      whole = classifyQuote(text, ws, we, names, paragraphs, context(ws));
      wholes.set(key, whole);
    }
    const part: Mention = { kind: 'quote', start, end, text: text.slice(start, end), quote: whole.quote };
    if (whole.speaker) part.speaker = whole.speaker;
    return part;
  });
  sameWordsAsTitle(text, mentions, (at) => languageOfSpan(options.languages, at));
  return mentions;
}

/**
 * A double mark opening a new sentence inside a quotation of the same mark is the quotation going on into its next
 * paragraph, with the paragraph break lost (`history. "1945 can see`): double marks never nest in themselves.
 * Returns where the part before ends (after its full stop), or -1.
 */
function reopens(text: string, stack: Open[], c: string, i: number, ps: number, next: string | undefined): number {
  if ((c !== '"' && c !== '\u201c') || !stack.length || stack[stack.length - 1].mark !== c || !isWord(next)) return -1;
  let j = i - 1;
  while (j > ps && (text[j] === ' ' || text[j] === '\u00a0')) j--;
  return j < i - 1 && /[.!?\u2026]/.test(text[j]) ? j + 1 : -1;
}

/** Index in the stack of the quotation this mark closes, or -1. */
function closing(stack: Open[], c: string, prev: string | undefined, next: string | undefined, looksOpening: boolean): number {
  if (isSpace(prev) && isWord(next)) return -1; // “word: an opener, whatever the mark
  for (let k = stack.length - 1; k >= 0; k--) {
    const open = stack[k].mark;
    if (!CLOSERS[open].includes(c)) continue;
    if (open === '\u201c' && c === '\u201c' && (isWord(next) || (looksOpening && !isSpace(next) && next !== ')'))) continue;
    // A plural possessive (the workers’ council) cannot close a straight or misused single quote.
    if ((open === "'" || open === '\u2019') && prev === 's' && isSpace(next)) continue;
    if (isWord(next)) continue;
    return k;
  }
  return -1;
}

/** A ’ ending a word before a space or punctuation, further on in the paragraph (within a sentence's reach): a closer. */
function laterCloser(text: string, from: number, pe: number): boolean {
  const end = Math.min(pe, from + 400);
  for (let j = text.indexOf('\u2019', from); j >= 0 && j < end; j = text.indexOf('\u2019', j + 1)) {
    if (isWord(text[j + 1])) continue; // don’t
    if (text[j - 1] === 's' && isSpace(text[j + 1])) continue; // another plural possessive
    return true;
  }
  return false;
}

/**
 * French spacing: « la plus grande falsification » — the space after the opening guillemet is part of it; also after
 * an elided word (qu’« après la dégradation », l’« affaire »). „ opens only, so a stray space after it („ A.Z.“) is
 * read the same way.
 */
function spacedGuillemet(text: string, c: string, prev: string | undefined, i: number, pe: number): boolean {
  const elided = (prev === '\u2019' || prev === "'") && isWord(text[i - 2]);
  return (
    (c === '\u00ab' || c === '\u2039' || c === '\u201e') &&
    (isSpace(prev) || isOpenPunct(prev) || elided) &&
    i + 2 < pe &&
    (text[i + 1] === ' ' || text[i + 1] === '\u00a0' || text[i + 1] === '\u202f')
  );
}

/** Words a straight ' starts when it stands for lost letters ('em, 'tis, rock 'n' roll), not for a quotation. */
// prettier-ignore
const ELIDED =
  /^(?:em|tis|twas|twere|twill|twould|til|till|cause|cos|n|round|bout|neath|gainst|cept|fore|mongst|nuff|ow|ere|im|er|e|s|d|ll|re|ve)(?![\p{L}])/u;

/**
 * A straight ' before a small letter ("that 'terror is the only way out.'", "said Kamenev, 'whether ...'") opens a
 * quotation when its word is no elision and a later ' in the paragraph ends a word or sentence: typewritten prose has
 * one mark for both, so the closer decides.
 */
function quotedLower(text: string, c: string, i: number, pe: number): boolean {
  if (c !== "'" || !/\p{Ll}/u.test(text[i + 1] ?? '') || ELIDED.test(text.slice(i + 1, i + 8))) return false;
  const end = Math.min(pe, i + 400);
  for (let j = text.indexOf("'", i + 2); j >= 0 && j < end; j = text.indexOf("'", j + 1)) {
    if (isWord(text[j + 1]) || isSpace(text[j - 1])) continue; // o'clock, or another opener
    if (text[j - 1] === 's' && isSpace(text[j + 1])) continue; // the workers' state
    if (droppedG(text, j)) continue;
    return true;
  }
  return false;
}

/** A dropped g in dialect, "sellin' you", "tellin’ of": an apostrophe after -in with the sentence going on in small letters. */
function droppedG(text: string, i: number): boolean {
  const c = text[i];
  return (
    (c === "'" || c === '\u2019') &&
    text[i - 1] === 'n' &&
    text[i - 2] === 'i' &&
    text[i + 1] === ' ' &&
    /\p{Ll}/u.test(text[i + 2] ?? '')
  );
}

/** Whether a mark that opens nothing yet should open a quotation here (`after` is the character after `next`). */
function opens(c: string, next: string | undefined, after?: string): boolean {
  if ((c === '\u00ab' || c === '\u2039' || c === '\u201e') && (next === ' ' || next === '\u00a0' || next === '\u202f'))
    return after !== undefined && !isSpace(after);
  if (next === undefined || isSpace(next)) return false;
  // Straight and misused single marks open only before a capital or a quote (’Since you...), never ’30s or 'em.
  if (c === '\u2019' || c === "'") return /\p{Lu}/u.test(next) || MARKS.has(next);
  return true;
}
