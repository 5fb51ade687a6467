/** Hex strings that YAML 1.2 reads as numbers: 004217 (int, loses its zeros), 1e5000 (float). */
const YAML_NUMBER = /^[0-9]+(e[0-9]+)?$/;

/** A new annotation id: 6 random hex characters, not in `existing`, and never one YAML would read as a number. */
export function newAnnotationId(existing: Set<string>): string {
  for (;;) {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(3));
    const id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    if (!existing.has(id) && !YAML_NUMBER.test(id)) return id;
  }
}
