// The edtf package ships no types; this is the part of its API Marginalia uses.
declare module 'edtf' {
  interface ExtDateTime {
    readonly type: string;
    /** First millisecond the value can mean (-Infinity for an open start). */
    readonly min: number;
    /** Last millisecond the value can mean (Infinity for an open end). */
    readonly max: number;
    /** For intervals: the bounds; null when unknown, Infinity when open. */
    readonly lower?: ExtDateTime | number | null;
    readonly upper?: ExtDateTime | number | null;
    readonly approximate?: unknown;
    readonly uncertain?: unknown;
    readonly unspecified?: unknown;
  }
  export default function edtf(value: string): ExtDateTime;
}
