import type { Problem } from '../model';

/** An edit that was refused so that nothing in the file is lost: the file does not parse, or the id is unknown. */
export class SidecarError extends Error {
  constructor(
    message: string,
    readonly problems: Problem[],
  ) {
    super(message);
    this.name = 'SidecarError';
  }
}
