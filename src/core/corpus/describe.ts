import type { Entity, Mention, MentionKind, QuoteKind } from '../model';
import { formatLong } from './calendar';
import { otherCalendar, readEdtf } from './date-reading';
import { readEdtfIn } from './date-reading-intl';
import type { Language } from '../text/language';
import { untrustedMarkdown } from '../text/untrusted-markdown';

/**
 * A hover card as Markdown parts. Everything comes from files anyone can edit,
 * so every part is untrusted except `addToRegistry`, which holds only our own
 * words, the escaped candidate name and the one command link.
 */
export interface CardPart {
  markdown: string;
  trust: 'untrusted' | 'addToRegistry';
}

/** An annotation on the hovered passage, as the card shows it. */
export interface PassageNote {
  kind: string;
  note?: string;
  tags?: string[];
}

export interface DescribeContext {
  /** The registry entry of `mention.entity`, if any. */
  entity?: Entity;
  /** The registry entry of a quote's speaker, if any. */
  speaker?: Entity;
  /** How often the entity is mentioned in the corpus. */
  count?: { mentions: number; texts: number };
  /** Annotations whose passage overlaps the mention. */
  annotations?: PassageNote[];
  /** Setting marginalia.julianBefore. */
  julianBefore: string;
  /** The language of the mention's paragraph: a date is read in it too (Russian, German, French). */
  lang?: Language;
}

/** The argument of the `marginalia.addToRegistry` command. */
export interface AddToRegistryArgs {
  name: string;
  /** Add as a new entity of this type; ask when neither `type` nor `alias` is given. */
  type?: Entity['type'];
  /** Add as an alias of an existing entity (picked by the user). */
  alias?: boolean;
}

/** The hover card of a mention: entity card, candidate, date or quotation. */
export function describeMention(mention: Mention, ctx: DescribeContext): CardPart[] {
  const parts = CARD_OF[mention.kind](mention, ctx);
  if (ctx.annotations?.length) parts.push(notesPart(ctx.annotations));
  return parts;
}

type Card = (mention: Mention, ctx: DescribeContext) => CardPart[];

/** A registry name's card, or a word that its entity is gone. */
const entityCard: Card = (mention, ctx) =>
  ctx.entity
    ? entityParts(ctx.entity, ctx.count)
    : [
        untrusted(
          `**${escapeMarkdown(mention.text)}**: \`${escapeCode(mention.entity ?? '')}\` is not in the registry any more.`,
        ),
      ];

/** The card of each kind of mention; the compiler asks for a new kind's. */
const CARD_OF: Record<MentionKind, Card> = {
  person: entityCard,
  place: entityCard,
  organisation: entityCard,
  event: entityCard,
  work: entityCard,
  candidate: (mention) => [
    candidatePart(mention.text),
    // A namesake of a registry entity says why it was not linked ("Not linked: another given name").
    ...(mention.reason
      ? [untrusted(escapeMarkdown(mention.reason.charAt(0).toUpperCase() + mention.reason.slice(1) + '.'))]
      : []),
  ],
  date: (mention, ctx) => datePart(mention, ctx.julianBefore, ctx.lang),
  quote: (mention, ctx) => [quotePart(mention, ctx.speaker)],
};

/** The notes of an annotated passage, one list item each: the reading hover and the annotation hover show them alike. */
export function notesPart(notes: PassageNote[]): CardPart {
  return untrusted(annotationsMarkdown(notes));
}

/** The card of a registry entity: name, type, life dates, note, links (no counts when `count` is absent). */
export function entityParts(entity: Entity, count?: { mentions: number; texts: number }): CardPart[] {
  const life = lifeDates(entity);
  const parts = [untrusted(`**${escapeMarkdown(entity.name)}** · ${entity.type}${life ? ` · ${escapeMarkdown(life)}` : ''}`)];
  if (entity.aliases.length) parts.push(untrusted(`Also: ${entity.aliases.map(escapeMarkdown).join(', ')}`));
  if (entity.note?.trim()) parts.push(untrusted(untrustedMarkdown(entity.note.trim())));
  const links = Object.entries(entity.links ?? {})
    .map(([key, value]) => linkMarkdown(key, value))
    .filter(Boolean);
  if (links.length) parts.push(untrusted(links.join(' · ')));
  if (count) parts.push(untrusted(mentionCount(count)));
  return parts;
}

/** `3 mentions in 2 texts`. */
export function mentionCount({ mentions, texts }: { mentions: number; texts: number }): string {
  return `${mentions} ${mentions === 1 ? 'mention' : 'mentions'} in ${texts} ${texts === 1 ? 'text' : 'texts'}`;
}

function lifeDates(entity: Entity): string {
  if (!entity.born && !entity.died) return '';
  return (
    `${entity.born ? readEdtf(entity.born).replace(/, an? \w+day$/, '') : '?'} – ` +
    `${entity.died ? readEdtf(entity.died).replace(/, an? \w+day$/, '') : '?'}`
  );
}

function linkMarkdown(key: string, value: string): string {
  if (key === 'wikidata' && /^Q\d+$/.test(value)) return `[Wikidata ${value}](https://www.wikidata.org/wiki/${value})`;
  if (/^https?:\/\/[^\s()<>]+$/.test(value)) return `[${escapeMarkdown(key)}](${value})`;
  return `${escapeMarkdown(key)}: ${escapeMarkdown(value)}`;
}

function candidatePart(name: string): CardPart {
  const args: AddToRegistryArgs = { name };
  const link = `command:marginalia.addToRegistry?${encodeURIComponent(JSON.stringify([args]))}`;
  return {
    trust: 'addToRegistry',
    markdown: `**${escapeMarkdown(name)}**: not in the registry. [Add to the registry…](${link})`,
  };
}

function datePart(mention: Mention, julianBefore: string, lang: Language = 'en'): CardPart[] {
  const value = mention.value ?? '';
  // In a Russian, German or French paragraph the date is read in that language first, then in English.
  const reading = lang === 'en' ? readEdtf(value) : `${readEdtfIn(value, lang)} (${readEdtf(value)})`;
  const lines = [`**Date** \`${escapeCode(value)}\` (EDTF)`, escapeMarkdown(reading)];
  const other = otherCalendar(value, mention.julian, julianBefore);
  if (other && mention.julian) lines.push(`Given in the Julian calendar (Old Style): ${formatLong(other.date)}`);
  else if (other) lines.push(`Julian calendar (Old Style, used in Russia before ${julianBefore}): ${formatLong(other.date)}`);
  return [untrusted(lines.join('  \n'))];
}

const QUOTE_KINDS: Record<QuoteKind, string> = {
  confession: 'Confession (quoted)',
  quotation: 'Quotation',
  scare: 'Scare quotes',
};

function quotePart(mention: Mention, speaker: Entity | undefined): CardPart {
  const kind = QUOTE_KINDS[mention.quote ?? 'quotation'] ?? 'Quotation';
  const who = speaker ? escapeMarkdown(speaker.name) : mention.speaker ? `\`${escapeCode(mention.speaker)}\`` : undefined;
  return untrusted(`**${kind}**${who ? ` · speaker: ${who}` : ''}`);
}

function annotationsMarkdown(notes: PassageNote[]): string {
  return notes
    .map(
      (n) =>
        `- **${escapeMarkdown(n.kind)}**${n.tags?.length ? ` (${n.tags.map(escapeMarkdown).join(', ')})` : ''}` +
        `${n.note?.trim() ? `: ${untrustedMarkdown(n.note.trim().replace(/\n/g, ' '))}` : ''}`,
    )
    .join('\n');
}

function untrusted(markdown: string): CardPart {
  return { markdown, trust: 'untrusted' };
}

/** Escapes Markdown punctuation so a name renders as the text it is. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => '\\' + c);
}

function escapeCode(text: string): string {
  return text.replace(/`/g, "'");
}
