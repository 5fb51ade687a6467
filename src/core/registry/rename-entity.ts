/** Renaming an entity touches its registry and every sidecar that refers to it; both edits keep comments and layout. */
export { renameEntityInRegistry } from './edit-registry';
export { renameEntityInSidecar } from '../sidecar/edit-sidecar';
