// Injected into the web tests bundle only (scripts/build.mjs): csv-parse, which the export tests read CSV with, uses
// Node's Buffer. Injection binds it inside the tests bundle; the worker's globals, which the extension sees, stay as they are.
export { Buffer } from 'buffer';
