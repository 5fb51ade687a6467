import * as vscode from 'vscode';
import { itineraryOf } from '../core/claims/itinerary';
import { claimInWords, claimSource } from '../core/claims/describe-claim';
import { readEdtf } from '../core/corpus/date-reading';
import type { ClaimsService } from './claims-service';

/** What the Itinerary command returns (for tests and other commands): one stop per claim or evidence, in date order. */
export interface ItineraryItem {
  id: string;
  type: 'claim' | 'evidence';
  when?: string;
  where?: string;
  /** The place's name, with the place it lies within. */
  place?: string;
  by?: string;
  contradictions: string[];
}

/** Args: an entity id, or an Entities view item ({ entity: { id } }), or { entity: id, show: false } to only return the stops. */
type Args = string | { entity?: string | { id: string }; show?: boolean } | undefined;

/**
 * Marginalia: Show Itinerary… — where the claims and the evidence put a
 * person, in date order, confessions and evidence told apart, contradictions
 * marked; choosing an entry reveals its passage.
 */
export function registerItinerary(context: vscode.ExtensionContext, claims: ClaimsService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('marginalia.showItinerary', async (args?: Args) => {
      claims.recompute();
      const ledger = claims.ledger;
      let person = typeof args === 'string' ? args : typeof args?.entity === 'string' ? args.entity : args?.entity?.id;
      const show = typeof args === 'object' && args !== null && args.show === false ? false : true;
      if (!person) {
        const ids = [...new Set(ledger.entries.flatMap((e) => e.who))];
        if (ids.length === 0) {
          void vscode.window.showInformationMessage('No claim or evidence names anyone yet: record a claim first.');
          return undefined;
        }
        const picked = await vscode.window.showQuickPick(
          ids.map((id) => ({ label: ledger.entity(id)?.name ?? id, description: id, id })),
          { title: 'Itinerary of…' },
        );
        person = picked?.id;
      }
      if (!person) return undefined;
      const stops = itineraryOf(person, ledger, claims.contradictions);
      const items: ItineraryItem[] = stops.map(({ entry, contradictions }) => ({
        id: entry.id,
        type: entry.type,
        when: entry.when,
        where: entry.where,
        place: entry.where && placeName(entry.where, claims),
        by: entry.by,
        contradictions: contradictions.map((c) => c.code),
      }));
      if (!show) return items;
      const name = ledger.entity(person)?.name ?? person;
      if (stops.length === 0) {
        void vscode.window.showInformationMessage(`No claim or evidence puts ${name} anywhere yet.`);
        return items;
      }
      const picks = stops.map(({ entry, contradictions }) => ({
        label:
          `${contradictions.length ? '$(warning) ' : ''}${entry.when ? readEdtf(entry.when) : 'undated'} · ` +
          `${entry.where ? placeName(entry.where, claims) : 'no place'}`,
        description: `${entry.type === 'claim' ? 'claimed' : 'evidence'} ${claimSource(entry, ledger)}`.trim(),
        detail: [claimInWords(entry, ledger), ...contradictions.map((c) => `⚠ ${c.message}`)].join(' — '),
        entry,
      }));
      const chosen = await vscode.window.showQuickPick(picks, {
        title: `Itinerary of ${name}`,
        matchOnDescription: true,
        matchOnDetail: true,
      });
      if (chosen) {
        const where = claims.passage(chosen.entry) ?? claims.sidecarLine(chosen.entry);
        if (where) await vscode.window.showTextDocument(where.uri, { selection: where.range });
      }
      return items;
    }),
  );
}

function placeName(id: string, claims: ClaimsService): string {
  const place = claims.ledger.entity(id);
  if (!place) return id;
  const within = place.within ? claims.ledger.entity(place.within)?.name : undefined;
  return within && !place.name.includes(within) ? `${place.name}, ${within}` : place.name;
}
