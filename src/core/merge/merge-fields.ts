/** Field-by-field three-way merge of plain values; nested maps (an annotation's `target`) merge key by key. */

/** The merged value, or undefined when some field was changed differently on both sides. */
export function mergeFields(base: unknown, ours: unknown, theirs: unknown): unknown {
  if (sameValue(ours, theirs) || sameValue(theirs, base)) return ours;
  if (sameValue(ours, base)) return theirs;
  if (!isRecord(base) || !isRecord(ours) || !isRecord(theirs)) return undefined;
  const out: Record<string, unknown> = {};
  // Ours' key order first, then keys only theirs has: the merged item reads like ours.
  for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs), ...Object.keys(base)])) {
    const value = mergeFields(base[key], ours[key], theirs[key]);
    if (
      value === undefined &&
      !(sameValue(ours[key], theirs[key]) || sameValue(theirs[key], base[key]) || sameValue(ours[key], base[key]))
    )
      return undefined;
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** Deep equality of YAML values, ignoring key order. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isRecord(v))
    return `{${Object.keys(v)
      .filter((k) => v[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
