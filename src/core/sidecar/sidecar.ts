import type { Annotation } from '../model';

/** A parsed `<text>.annotations.yaml`. */
export interface Sidecar {
  version: 1;
  /** The annotated text's file name, relative to the sidecar. */
  text: string;
  /** The valid annotations, in file order; invalid items are left out (and reported), never dropped from the file. */
  annotations: Annotation[];
  /** Annotation id -> 0-based line of its `- id:` item in the sidecar. */
  lines: Map<string, number>;
}

/** The sidecar file name for a text file name: `trotsky.txt` -> `trotsky.txt.annotations.yaml`. */
export function sidecarFileName(textFileName: string): string {
  return `${textFileName}.annotations.yaml`;
}

export const SIDECAR_SUFFIX = '.annotations.yaml';
