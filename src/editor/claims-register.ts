import type * as vscode from 'vscode';
import type { AnnotationsService, CorpusView } from './services';
import { ClaimsService } from './claims-service';
import { registerClaimsDiagnostics } from './claims-diagnostics';
import { registerClaimsHover } from './claims-hover';
import { registerItinerary } from './claims-itinerary';
import { registerRecordClaim } from './claims-record';

/** Claims, evidence and contradictions: the ledger, its diagnostics and hover, Record as Claim / Add Evidence, the Itinerary. */
export function registerClaims(
  context: vscode.ExtensionContext,
  corpus: CorpusView,
  annotations: AnnotationsService,
  log: vscode.LogOutputChannel,
): ClaimsService {
  const claims = new ClaimsService(annotations, corpus);
  context.subscriptions.push(claims);
  registerClaimsDiagnostics(context, claims);
  registerClaimsHover(context, claims);
  registerItinerary(context, claims);
  registerRecordClaim(context, corpus, annotations, claims, log);
  return claims;
}
