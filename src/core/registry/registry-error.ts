import type { Problem } from '../model';

/** A registry edit that was refused so that nothing in the file is lost (it does not parse, an id is unknown or taken). */
export class RegistryError extends Error {
  constructor(
    message: string,
    readonly problems: Problem[],
  ) {
    super(message);
    this.name = 'RegistryError';
  }
}
