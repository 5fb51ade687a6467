import { parse } from 'yaml';

/** A new annotation id: 6 random hex characters, not in `existing`, and never one YAML would read as a number. */
export function newAnnotationId(existing: Set<string>): string {
  for (;;) {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(3));
    const id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    // "004217" or "1e5000" would load as numbers (and lose their zeros) unless quoted; skip them.
    if (!existing.has(id) && typeof parse(id) === 'string') return id;
  }
}
