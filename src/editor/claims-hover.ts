import * as vscode from 'vscode';
import { claimInWords, claimSource } from '../core/claims/describe-claim';
import type { LedgerEntry } from '../core/claims/ledger';
import { escapeMarkdown } from '../core/corpus/describe';
import type { ClaimsService } from './claims-service';
import { textSelector } from './utils';

/**
 * The hover of a claim or evidence passage: what it asserts in words, the
 * evidence for and against it, and its contradictions, each with a link to
 * the other passage; and links to the itineraries of the persons in it.
 */
export function registerClaimsHover(context: vscode.ExtensionContext, claims: ClaimsService): void {
  const provider: vscode.HoverProvider = {
    provideHover(doc, position) {
      const entries = claims.entriesAt(doc.uri, doc.offsetAt(position));
      if (entries.length === 0) return undefined;
      const parts = entries.flatMap((e) => hoverOf(e, claims));
      const range = claims.passage(entries[entries.length - 1])?.range;
      return new vscode.Hover(parts, range);
    },
  };
  context.subscriptions.push(vscode.languages.registerHoverProvider(textSelector(), provider));
}

/** The Markdown of one entry's hover (exported for tests of the wording). */
export function hoverOf(entry: LedgerEntry, claims: ClaimsService): vscode.MarkdownString[] {
  const ledger = claims.ledger;
  const text = (s: string) => escapeMarkdown(s);
  const link = (e: LedgerEntry) => {
    const where = claims.passage(e) ?? claims.sidecarLine(e);
    const label = `${e.type} ${e.id}: “${text(short(e.annotation.target.exact))}”`;
    if (!where) return label;
    const line = 'range' in where ? where.range.start.line + 1 : 1;
    return `[${label}](${where.uri.with({ fragment: `L${line}` }).toString()})`;
  };
  const lines = [
    `**${entry.type === 'claim' ? 'Claim' : 'Evidence'}** ${text(claimSource(entry, ledger))}`.trim(),
    '',
    text(claimInWords(entry, ledger)),
  ];
  const supportedBy = ledger.entries.filter((e) => e.supports.includes(entry));
  const refutedBy = ledger.entries.filter((e) => e.refutes.includes(entry));
  const list = (title: string, xs: LedgerEntry[]) => {
    if (xs.length) lines.push('', `${title}:`, ...xs.map((x) => `- ${link(x)}`));
  };
  list('Supported by', supportedBy);
  list('Refuted by', refutedBy);
  list('Supports', entry.supports);
  list('Refutes', entry.refutes);
  const mine = claims.contradictions.filter((c) =>
    c.sides.some((s) => s.kind !== 'entity' && s.id === entry.id && s.file === entry.file),
  );
  if (mine.length) {
    lines.push('', '**Contradictions**:');
    for (const c of mine) {
      const others = c.sides.filter((s) => !(s.id === entry.id && s.file === entry.file));
      const links = others.map((s) => {
        const other = ledger.entries.find((e) => e.id === s.id && e.file === s.file);
        if (other) return link(other);
        const at = claims.locate(s);
        return at
          ? `[registry: ${text(s.id)}](${at.uri.with({ fragment: `L${at.range.start.line + 1}` }).toString()})`
          : text(s.id);
      });
      lines.push(`- ⚠ \`${c.code}\`: ${text(c.message)}${links.length ? ` (${links.join(', ')})` : ''}`);
    }
  }
  const main = new vscode.MarkdownString(lines.join('\n'));
  main.isTrusted = false;
  main.supportHtml = false;
  const people = [...new Set(entry.who)];
  if (people.length === 0) return [main];
  // Only this command, with ids from the ledger, may run from the hover.
  const itinerary = new vscode.MarkdownString(
    `Itinerary: ${people
      .map(
        (id) =>
          `[${text(ledger.entity(id)?.name ?? id)}](command:marginalia.showItinerary?` +
          `${encodeURIComponent(JSON.stringify([id]))})`,
      )
      .join(' · ')}`,
  );
  itinerary.isTrusted = { enabledCommands: ['marginalia.showItinerary'] };
  itinerary.supportHtml = false;
  return [main, itinerary];
}

function short(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > 50 ? `${flat.slice(0, 50)}…` : flat;
}
