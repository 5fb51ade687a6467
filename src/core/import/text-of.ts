/**
 * Where the text an exported file annotates may be, best first, as paths
 * relative to the exported file's folder (or absolute IRIs): for NAME.ann the
 * file NAME (a .md text keeps its name in a brat export) and NAME.txt; for
 * JSON-LD the first annotation target's source. The caller checks which exists.
 */
export function textCandidates(fileName: string, content: string): string[] {
  if (fileName.endsWith('.ann')) {
    const name = fileName.slice(0, -4);
    return /\.[A-Za-z0-9]+$/.test(name) ? [name, `${name}.txt`] : [`${name}.txt`];
  }
  try {
    const source = targetSource(JSON.parse(content));
    if (!source || /^(urn|https?):/i.test(source)) return [];
    return [/^file:/i.test(source) ? source : decodeURIComponent(source)];
  } catch {
    return [];
  }
}

/** The source of the first annotation target in a JSON-LD document. */
function targetSource(node: unknown): string | undefined {
  if (Array.isArray(node)) return node.map(targetSource).find((s) => s !== undefined);
  if (typeof node !== 'object' || node === null) return undefined;
  const o = node as Record<string, unknown>;
  const target = Array.isArray(o.target) ? o.target[0] : o.target;
  if (typeof target === 'string') return target;
  if (typeof target === 'object' && target !== null && typeof (target as Record<string, unknown>).source === 'string')
    return (target as Record<string, string>).source;
  return targetSource(o.first) ?? targetSource(o.items);
}
