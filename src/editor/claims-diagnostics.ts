import * as vscode from 'vscode';
import type { ClaimsService } from './claims-service';
import { fromProblem } from './problem-diagnostic';

/**
 * Contradictions as warnings on both passages (each with related information
 * pointing at the other side), and the problems of the claims themselves
 * (unknown ids, bad dates) on their sidecar lines. Recomputed with the ledger.
 */
export function registerClaimsDiagnostics(context: vscode.ExtensionContext, claims: ClaimsService): void {
  const collection = vscode.languages.createDiagnosticCollection('marginalia-claims');
  const refresh = (): void => {
    const byUri = new Map<string, { uri: vscode.Uri; list: vscode.Diagnostic[] }>();
    const add = (uri: vscode.Uri, d: vscode.Diagnostic) => {
      const key = uri.toString();
      const at = byUri.get(key) ?? { uri, list: [] };
      at.list.push(d);
      byUri.set(key, at);
    };
    for (const c of claims.contradictions) {
      const places = c.sides.map((s) => claims.locate(s));
      c.sides.forEach((side, i) => {
        const here = places[i];
        if (side.kind === 'entity' || !here) return;
        const d = new vscode.Diagnostic(here.range, c.message, vscode.DiagnosticSeverity.Warning);
        d.source = 'Marginalia';
        d.code = c.code;
        d.relatedInformation = c.sides.flatMap((other, j) => {
          const there = places[j];
          if (j === i || !there) return [];
          const what = other.kind === 'entity' ? `registry entry '${other.id}'` : `the other side: ${other.kind} '${other.id}'`;
          return [new vscode.DiagnosticRelatedInformation(there, what)];
        });
        add(here.uri, d);
      });
    }
    for (const p of claims.ledger.problems) {
      const where = claims.sidecarLine(p);
      if (where) add(where.uri, fromProblem(p));
    }
    collection.clear();
    for (const { uri, list } of byUri.values()) collection.set(uri, list);
  };
  context.subscriptions.push(collection, claims.onDidChange(refresh));
  refresh();
}
