import type { Entity, EntityType, Mention } from '../model';
import { addAlias } from './edit-registry';
import {
  type CandidateName,
  type RegistryAdditions,
  addCandidatesToRegistry,
  groupCandidates,
  normalizeName,
} from './candidates-to-registry';

/** A candidate name with what helps the historian decide: a guessed type and a line of its first context. */
export interface DescribedCandidate extends CandidateName {
  guess: EntityType;
  /** The sentence or line around its first mention, on one line. */
  context: string;
}

/** What the historian decided for one name: a new entity of a type, or another name of an existing entity. */
export type CandidateChoice = { name: string; type: EntityType } | { name: string; aliasOf: string };

const CONTEXT = 60;

/** Words in a name that say what it names. */
// prettier-ignore
const NAME_CUES: Array<[EntityType, RegExp]> = [
  [
    'organisation',
    /\b(Party|Committee|Commission|International|Bureau|Society|Company|Union|Congress|Institute|University|Church|Ministry|Council|Court|Academy|League|Bank|Association|Trust|Press|Tribunal|Guard|Army|Navy|Soviet|NKVD|OGPU|GPU|Cheka)\b/,
  ],
  ['event', /\b(Trial|War|Revolution|Uprising|Massacre|Conference|Affair|Purge|Strike|Battle|Siege|Treaty|Plenum)s?\b/],
  [
    'place',
    /\b(Street|Square|Prospect|Avenue|River|Sea|Lake|Mountains?|Island|Bay|Province|Oblast|Republic|Kingdom|Empire|City|Station|Prison|Camp|Canal)\b/,
  ],
  ['work', /\b(Letters|Diary|Memoirs|Manifesto|Journal|Gazette|Review|Herald|Bulletin|Chronicle|Times|Pravda|Izvestia)\b/],
];

/** Words just before a name that say what it names ("in Zurich", "Comrade Adler", "wrote Their Morals"). */
// prettier-ignore
const BEFORE_CUES: Array<[EntityType, RegExp]> = [
  [
    'person',
    /\b(Mr|Mrs|Ms|Dr|Comrade|comrade|General|Colonel|Citizen|citizen|Professor|Madame|Monsieur|Herr|Frau|Judge|Prosecutor|prosecutor|Lieutenant|Captain|Marshal|Tsar|Count|Prince|Princess|Saint|St)\.?\s+$/,
  ],
  ['work', /\b(book|pamphlet|article|novel|poem|essay|newspaper|journal|wrote|published|review)\s+$/i],
  ['place', /\b(in|at|from|to|near|into|towards|via|outside|inside|across)\s+(the\s+)?$/],
];

/**
 * What a candidate name most likely names, from the name itself and the words before its mentions
 * (most cues win); a person when nothing says otherwise, the commonest case in these texts.
 */
export function guessType(name: string, befores: readonly string[], recognized: readonly EntityType[] = []): EntityType {
  for (const [type, cue] of NAME_CUES) if (cue.test(name)) return type;
  const votes = new Map<EntityType, number>();
  for (const before of befores) {
    const cue = BEFORE_CUES.find(([, re]) => re.test(before));
    if (cue) votes.set(cue[0], (votes.get(cue[0]) ?? 0) + 1);
  }
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  if (best?.[0] === 'work' && best[1] * 2 >= befores.length) return 'work';
  // The recognizer's own guesses (recognize/discovery.ts: gazetteers, given names, a mention's context), most common first.
  const guessed = mostCommon(recognized);
  if (guessed) return guessed;
  return best && best[1] * 2 >= befores.length ? best[0] : 'person';
}

function mostCommon(types: readonly EntityType[]): EntityType | undefined {
  const counts = new Map<EntityType, number>();
  for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The candidates of a corpus (texts with their mentions), most frequent first, each with a guessed type and a context line. */
export function describeCandidates(texts: ReadonlyArray<{ text: string; mentions: readonly Mention[] }>): DescribedCandidate[] {
  const befores = new Map<string, string[]>();
  const guesses = new Map<string, EntityType[]>();
  const contexts = new Map<string, string>();
  for (const { text, mentions } of texts) {
    for (const m of mentions) {
      if (m.kind !== 'candidate') continue;
      const name = normalizeName(m.text);
      const list = befores.get(name) ?? [];
      list.push(text.slice(Math.max(0, m.start - 24), m.start).replace(/\s+/g, ' '));
      befores.set(name, list);
      if (m.guess) guesses.set(name, [...(guesses.get(name) ?? []), m.guess]);
      if (!contexts.has(name)) contexts.set(name, contextLine(text, m.start, m.end));
    }
  }
  return groupCandidates(texts.map((t) => t.mentions)).map((c) => ({
    ...c,
    guess: guessType(c.name, befores.get(c.name) ?? [], guesses.get(c.name)),
    context: contexts.get(c.name) ?? '',
  }));
}

/** Up to CONTEXT characters each side of a mention, within its paragraph, on one line. */
function contextLine(text: string, start: number, end: number): string {
  const paraStart = text.lastIndexOf('\n\n', start);
  const paraEnd = text.indexOf('\n\n', end);
  const from = Math.max(0, start - CONTEXT, paraStart < 0 ? 0 : paraStart + 2);
  const to = Math.min(text.length, end + CONTEXT, paraEnd < 0 ? text.length : paraEnd);
  // An ellipsis where the line was cut, none where its paragraph begins or ends.
  const cutBefore = from > 0 && from !== paraStart + 2;
  const cutAfter = to < text.length && to !== paraEnd;
  return `${cutBefore ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${cutAfter ? '…' : ''}`;
}

/**
 * Writes each choice into a registry text (undefined: a new registry): new entities with their own
 * types, in the order given, and aliases added to existing entities. Names the registry knows are
 * skipped; throws RegistryError when the text does not parse or an alias names an unknown entity.
 */
export function applyCandidateChoices(
  registryText: string | undefined,
  choices: readonly CandidateChoice[],
  existing: readonly Entity[],
): RegistryAdditions & { aliased: Array<{ name: string; id: string }> } {
  let text = registryText;
  const known = existing.map((e) => ({ ...e, aliases: [...e.aliases] }));
  const added: Entity[] = [];
  const skipped: RegistryAdditions['skipped'] = [];
  const aliased: Array<{ name: string; id: string }> = [];
  for (const choice of choices) {
    if ('aliasOf' in choice) {
      const name = normalizeName(choice.name);
      const target = known.find((e) => e.id === choice.aliasOf);
      if (!target) {
        skipped.push({ name, reason: `not added: no entity '${choice.aliasOf}' to be another name of` });
        continue;
      }
      text = addAlias(text ?? '', target.id, name);
      target.aliases = [...target.aliases, name];
      aliased.push({ name, id: target.id });
      continue;
    }
    const one = addCandidatesToRegistry(text, [choice.name], choice.type, known);
    text = one.text;
    added.push(...one.added);
    known.push(...one.added);
    skipped.push(...one.skipped);
  }
  return { text: text ?? '', added, skipped, aliased };
}
