/** What `marginalia git-setup` writes: the `.gitattributes` lines and the repository's git config for the merge driver. */

/** The driver's name in `.gitattributes` and git config. */
export const DRIVER = 'marginalia';

/** Sidecars and registries go through the driver; everything else keeps git's own merge. */
export const ATTRIBUTE_LINES = [`*.annotations.yaml merge=${DRIVER}`, `entities.yaml merge=${DRIVER}`];

/**
 * The `.gitattributes` content with the driver's lines added at the end (later lines win in git); undefined when nothing is
 * missing.
 */
export function withDriverAttributes(existing: string | undefined): string | undefined {
  const text = existing ?? '';
  const have = new Set(text.split(/\r?\n/).map((l) => l.trim().split(/\s+/).join(' ')));
  const missing = ATTRIBUTE_LINES.filter((l) => !have.has(l));
  if (missing.length === 0) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const sep = text === '' || text.endsWith('\n') ? '' : eol;
  return `${text}${sep}${missing.join(eol)}${eol}`;
}

/** The git config entries; `command` runs the Marginalia CLI (its arguments are git's placeholders %O %A %B %P). */
export function driverConfig(command: string): { key: string; value: string }[] {
  return [
    { key: `merge.${DRIVER}.name`, value: 'Marginalia: merge annotation sidecars and registries by id' },
    { key: `merge.${DRIVER}.driver`, value: `${command} merge %O %A %B %P` },
  ];
}

/** A command line word for git's shell (`sh -c`, also on Windows): quoted when it needs to be. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The plan in words, shown before anything is written. */
export function describeSetup(
  attributesFile: string,
  attributes: string | undefined,
  config: { key: string; value: string }[],
  configFile: string,
): string {
  const lines = ['Marginalia will set up its merge driver for this repository:'];
  if (attributes === undefined) lines.push(`- ${attributesFile} already has the lines it needs`);
  else
    lines.push(
      `- add to ${attributesFile} (commit it, so that every collaborator's git uses the driver):`,
      ...ATTRIBUTE_LINES.map((l) => `    ${l}`),
    );
  lines.push(
    `- set in ${configFile} (this clone only: each collaborator runs git-setup once):`,
    ...config.map((c) => `    ${c.key} = ${c.value}`),
  );
  return `${lines.join('\n')}\n`;
}
