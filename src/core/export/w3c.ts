import type { Entity } from '../model';
import { CodePointIndex } from './code-points';
import { makeTarget } from '../anchor/make-target';
import { wellFormedJson } from './well-formed';
import { exportItems, type ExportDocument, type ExportItem } from './export-document';

// W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/).
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const GENERATOR = { type: 'Software', name: 'Marginalia' };

export type Json = Record<string, unknown>;

export interface W3cOptions {
  /** The IRI (or relative path) of the text, the annotations' target source; default `doc.file`. */
  source?: string;
}

/** A URN for something of `file`; the file path is percent-encoded so the URN stays one token. */
export function fileUrn(file: string, local?: string): string {
  return `urn:marginalia:${encodeURIComponent(file)}${local === undefined ? '' : `:${encodeURIComponent(local)}`}`;
}

/** The IRI that identifies an entity: its Wikidata item when it has one, else a URN of its registry id. */
export function entityIri(id: string, entity: Entity | undefined): string {
  const wikidata = entity?.links?.wikidata;
  if (wikidata) return /^https?:/.test(wikidata) ? wikidata : `http://www.wikidata.org/entity/${wikidata}`;
  return `urn:marginalia:entity:${encodeURIComponent(id)}`;
}

/** The document's mentions and annotations as one W3C AnnotationCollection with a single embedded page. */
export function toW3c(doc: ExportDocument, options: W3cOptions = {}): Json {
  const source = options.source ?? doc.file;
  const points = new CodePointIndex(doc.text);
  const items = exportItems(doc).map((item) => toAnnotation(item, doc, source, points));
  const id = fileUrn(doc.file);
  // Lone surrogates in notes or tags become U+FFFD, as in TEI and CSV.
  return wellFormedJson({
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Annotations of ${doc.file}`,
    generator: GENERATOR,
    total: items.length,
    first: { id: fileUrn(doc.file, 'page-1'), type: 'AnnotationPage', startIndex: 0, items },
  });
}

/** The value an annotation is classified by: its kind, or for a recognized quote the kind of quote. */
export function classification(item: ExportItem): string {
  if (item.kind === 'quote' && item.quote && item.quote !== 'quotation') return item.quote;
  return item.kind;
}

function toAnnotation(item: ExportItem, doc: ExportDocument, source: string, points: CodePointIndex): Json {
  const id = fileUrn(doc.file, item.id ?? `${classification(item)}-${item.start}-${item.end}`);
  const bodies: Json[] = [{ type: 'TextualBody', value: classification(item), purpose: 'classifying' }];
  const who = item.entity ?? item.speaker;
  if (who) bodies.push({ type: 'SpecificResource', source: entityIri(who, doc.entities.get(who)), purpose: 'identifying' });
  if (item.value) bodies.push({ type: 'TextualBody', value: item.value, format: 'text/plain', purpose: 'describing' });
  if (item.note) bodies.push({ type: 'TextualBody', value: item.note, format: 'text/markdown', purpose: 'commenting' });
  for (const tag of item.tags ?? []) bodies.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  // A claim or evidence: what it asserts as a structured (JSON) body, and links to the claims it supports or refutes.
  if (item.claim)
    bodies.push({
      type: 'TextualBody',
      format: 'application/json',
      purpose: 'describing',
      value: JSON.stringify(claimBody(item)),
    });
  for (const relation of ['supports', 'refutes'] as const) {
    for (const claim of item[relation] ?? [])
      bodies.push({ type: 'SpecificResource', source: fileUrn(doc.file, claim), purpose: 'linking', relation });
  }
  const motivation = item.note ? 'commenting' : who ? 'identifying' : item.tags?.length ? 'tagging' : 'classifying';

  const selector: Json[] = [quoteSelector(item, doc.text)];
  if (item.start !== undefined && item.end !== undefined) {
    selector.push({ type: 'TextPositionSelector', start: points.toCodePoint(item.start), end: points.toCodePoint(item.end) });
  }
  const annotation: Json = { id, type: 'Annotation', motivation, body: bodies, target: { source, selector } };
  if (item.created) annotation.created = item.created;
  if (item.author) annotation.creator = { type: 'Person', name: item.author };
  if (item.source === 'mention') annotation.generator = GENERATOR;
  return annotation;
}

/** The claim fields of a claim or evidence, registry ids as in the sidecar. */
function claimBody(item: ExportItem): Json {
  const c = item.claim ?? {};
  return {
    type: item.kind === 'evidence' ? 'evidence' : 'claim',
    ...(c.by ? { by: c.by } : {}),
    ...(c.who?.length ? { who: c.who } : {}),
    ...(c.where ? { where: c.where } : {}),
    ...(c.when !== undefined ? { when: String(c.when) } : {}),
    ...(c.what ? { what: c.what } : {}),
  };
}

function quoteSelector(item: ExportItem, text: string): Json {
  const around = item.start !== undefined && item.end !== undefined ? makeTarget(text, item.start, item.end) : undefined;
  const prefix = item.prefix ?? around?.prefix;
  const suffix = item.suffix ?? around?.suffix;
  return {
    type: 'TextQuoteSelector',
    exact: item.text,
    ...(prefix ? { prefix } : {}),
    ...(suffix ? { suffix } : {}),
  };
}
