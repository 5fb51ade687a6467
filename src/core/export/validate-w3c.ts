import { ANNO_CONTEXT } from './w3c';

// The MUSTs of the W3C Web Annotation Data Model that Marginalia writes and reads:
// context, id, type, target, selectors and bodies. Not a full JSON-LD validator.
const MOTIVATIONS = new Set([
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
]);

type Node = Record<string, unknown>;

/** The MUST-level problems of a W3C annotation document (an Annotation, Page, Collection or a list of them). */
export function validateW3c(json: unknown): string[] {
  const errors: string[] = [];
  const nodes = Array.isArray(json) ? json : [json];
  nodes.forEach((node, i) => {
    const where = Array.isArray(json) ? `[${i}]` : '$';
    if (!isNode(node)) return void errors.push(`${where}: not an object`);
    if (!asList(node['@context']).includes(ANNO_CONTEXT)) errors.push(`${where}: @context must include ${ANNO_CONTEXT}`);
    checkResource(node, where, errors);
  });
  return errors;
}

function checkResource(node: Node, where: string, errors: string[]): void {
  const types = asList(node.type);
  if (types.includes('AnnotationCollection')) {
    checkId(node, where, errors);
    if (node.first !== undefined && typeof node.first !== 'string') checkPage(node.first, `${where}.first`, errors);
  } else if (types.includes('AnnotationPage')) {
    checkPage(node, where, errors);
  } else if (types.includes('Annotation')) {
    checkAnnotation(node, where, errors);
  } else {
    errors.push(`${where}: type must be Annotation, AnnotationPage or AnnotationCollection`);
  }
}

function checkPage(page: unknown, where: string, errors: string[]): void {
  if (!isNode(page) || !asList(page.type).includes('AnnotationPage'))
    return void errors.push(`${where}: must be an AnnotationPage`);
  checkId(page, where, errors);
  if (!Array.isArray(page.items)) return void errors.push(`${where}.items: must be a list`);
  page.items.forEach((item, i) => {
    if (isNode(item)) checkAnnotation(item, `${where}.items[${i}]`, errors);
    else errors.push(`${where}.items[${i}]: not an object`);
  });
}

function checkAnnotation(a: Node, where: string, errors: string[]): void {
  checkId(a, where, errors);
  if (!asList(a.type).includes('Annotation')) errors.push(`${where}.type: must include Annotation`);
  for (const m of asList(a.motivation)) if (!MOTIVATIONS.has(String(m))) errors.push(`${where}.motivation: unknown '${m}'`);
  const targets = asList(a.target);
  if (targets.length === 0) errors.push(`${where}.target: required`);
  targets.forEach((t, i) => checkTarget(t, `${where}.target[${i}]`, errors));
  asList(a.body).forEach((b, i) => checkBody(b, `${where}.body[${i}]`, errors));
}

function checkTarget(target: unknown, where: string, errors: string[]): void {
  if (typeof target === 'string') return void (isIri(target) || errors.push(`${where}: not an IRI`));
  if (!isNode(target)) return void errors.push(`${where}: must be an IRI or an object`);
  if (target.selector !== undefined && typeof target.source !== 'string')
    errors.push(`${where}.source: required with a selector`);
  asList(target.selector).forEach((s, i) => checkSelector(s, `${where}.selector[${i}]`, errors));
}

function checkSelector(s: unknown, where: string, errors: string[]): void {
  if (!isNode(s) || typeof s.type !== 'string') return void errors.push(`${where}: must have a type`);
  if (s.type === 'TextQuoteSelector') {
    if (typeof s.exact !== 'string') errors.push(`${where}.exact: required string`);
    for (const key of ['prefix', 'suffix'])
      if (s[key] !== undefined && typeof s[key] !== 'string') errors.push(`${where}.${key}: must be a string`);
  } else if (s.type === 'TextPositionSelector') {
    const ok = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
    if (!ok(s.start)) errors.push(`${where}.start: required non-negative integer`);
    if (!ok(s.end)) errors.push(`${where}.end: required non-negative integer`);
    if (ok(s.start) && ok(s.end) && (s.start as number) > (s.end as number)) errors.push(`${where}: start after end`);
  }
}

function checkBody(b: unknown, where: string, errors: string[]): void {
  if (typeof b === 'string') return void (isIri(b) || errors.push(`${where}: not an IRI`));
  if (!isNode(b)) return void errors.push(`${where}: must be an IRI or an object`);
  const types = asList(b.type);
  if (types.includes('TextualBody') && typeof b.value !== 'string') errors.push(`${where}.value: required string`);
  if (types.includes('SpecificResource') && !(typeof b.source === 'string' && isIri(b.source)))
    errors.push(`${where}.source: required IRI`);
  if (b.purpose !== undefined && !MOTIVATIONS.has(String(b.purpose))) errors.push(`${where}.purpose: unknown '${b.purpose}'`);
}

function checkId(node: Node, where: string, errors: string[]): void {
  if (typeof node.id !== 'string' || !isIri(node.id)) errors.push(`${where}.id: must be an IRI`);
}

function isIri(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(value);
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asList(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
