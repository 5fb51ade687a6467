/**
 * Notes come from files anyone can edit (a shared corpus, a git pull), and a
 * hover renders them the moment the mouse rests on a name. So a note may
 * format text and link to web pages, but nothing in it may load by itself
 * (remote images: a tracking pixel), run anything (command: links) or bring
 * HTML. The editor also renders it untrusted, without HTML; this is the
 * second lock, and the one a unit test can see.
 */

/** Link schemes a note may use; any other link (command:, file:, vscode:) keeps only its text. */
const SAFE_SCHEME = /^(?:https?|mailto):/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Makes note Markdown inert: images become their alt text, unsafe links their text, HTML literal text. */
export function untrustedMarkdown(markdown: string): string {
  return (
    markdown
      // ![alt](src) and ![alt][ref]: the bracket is escaped, so nothing is fetched and the alt text still shows.
      .replace(/!\[/g, '!\\[')
      // [text](command:...): the text stays, the link goes.
      .replace(/\[([^\]\n]*)\]\(\s*<?([^)\s>]*)[^)]*\)/g, (link, text: string, dest: string) => (isUnsafe(dest) ? text : link))
      // [ref]: command:... definitions are shown as text.
      .replace(/^( {0,3})\[([^\]\n]+)\]:[ \t]*<?(\S+)/gm, (def, indent: string, ref: string, dest: string) =>
        isUnsafe(dest.replace(/>$/, '')) ? `${indent}\\[${ref}]: ${dest}` : def,
      )
      // <img ...>, <script>, <https://autolinks>: shown as typed, never parsed as HTML.
      .replace(/</g, '\\<')
  );
}

function isUnsafe(dest: string): boolean {
  return HAS_SCHEME.test(dest) && !SAFE_SCHEME.test(dest);
}
