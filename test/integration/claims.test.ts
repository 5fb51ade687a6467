// Claims in the real editor: the sample essay's contradictions as diagnostics, the claim hover,
// Record as Claim's proposal for the Goltzman confession, and Leon Sedov's itinerary.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import {
  TEXT_NAME,
  activate,
  annotationsOnDisk,
  diagnosticsOf,
  inWorkspace,
  readFile,
  select,
  waitFor,
  writeFile,
} from './annotating-helpers';

const GOLTZMAN = 'His meeting with Goltzman is alleged to have taken place at the Hotel Bristol.';
const SEDOV = 'My son has never been to Copenhagen.';

async function essay(): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(inWorkspace(TEXT_NAME));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/**
 * The codes of the diagnostics on a passage that the essay's own annotations raise: other suites put copies of the
 * sample sidecar, claims and all, beside other texts for a while, and those copies rightly contradict the essay too.
 */
function codesAt(doc: vscode.TextDocument, words: string): string[] {
  const at = doc.getText().indexOf(words);
  const ours = new Set([doc.uri, inWorkspace(`${TEXT_NAME}.annotations.yaml`), inWorkspace('entities.yaml')].map(String));
  const own = (d: vscode.Diagnostic) => (d.relatedInformation ?? []).every((r) => ours.has(r.location.uri.toString()));
  return diagnosticsOf(doc.uri)
    .filter((d) => d.range.start.isEqual(doc.positionAt(at)) && own(d))
    .map((d) => String(d.code))
    .sort();
}

describe('claims: contradictions in the sample essay', function () {
  // The ledger is built once the index and every sidecar are read: on a busy machine, after a whole suite, that takes a while.
  this.timeout(60_000);
  before(activate);
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('shows the contradictions the essay argues as diagnostics on both passages, with the other side related', async () => {
    const doc = await essay();
    const expected = [
      'contradiction/place-not-existing',
      'contradiction/refuted',
      'contradiction/refuted',
      'contradiction/two-places',
    ];
    await waitFor(
      () => JSON.stringify(codesAt(doc, GOLTZMAN)) === JSON.stringify(expected),
      40000,
      () => `diagnostics ${expected.join(', ')} on the Goltzman claim (now: ${codesAt(doc, GOLTZMAN).join(', ') || 'none'})`,
    );
    // The Sedov evidence carries its side of the refutation and of the two places.
    assert.deepStrictEqual(codesAt(doc, SEDOV), ['contradiction/refuted', 'contradiction/two-places']);
    const twoPlaces = diagnosticsOf(doc.uri).find(
      (d) => d.code === 'contradiction/two-places' && d.range.start.isEqual(doc.positionAt(doc.getText().indexOf(GOLTZMAN))),
    )!;
    assert.strictEqual(twoPlaces.severity, vscode.DiagnosticSeverity.Warning);
    const related = twoPlaces.relatedInformation ?? [];
    assert.strictEqual(related.length, 1);
    assert.strictEqual(related[0].location.uri.toString(), doc.uri.toString());
    assert.strictEqual(doc.getText(related[0].location.range), SEDOV);
    const gone = diagnosticsOf(doc.uri).find((d) => d.code === 'contradiction/place-not-existing')!;
    assert.match(gone.message, /until 1917/);
    assert.ok(
      gone.relatedInformation?.some((r) => r.location.uri.path.endsWith('entities.yaml')),
      'the registry fact is related',
    );
    // Berman-Yurin's claim agrees with Trotsky's stay in Copenhagen: nothing on it.
    assert.deepStrictEqual(codesAt(doc, 'Berman-Yurin, Fritz David'), []);
  });

  it('hovers a claim with who/where/when in words, the evidence against it and its contradictions', async () => {
    const doc = await essay();
    const position = doc.positionAt(doc.getText().indexOf(GOLTZMAN) + 5);
    let shown = '';
    const text = await waitFor(
      async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
        shown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
        return shown.includes('Refuted by') ? shown : undefined;
      },
      40000,
      () => `a claim hover (now: ${shown.slice(0, 300) || 'none'})`,
    );
    assert.match(text, /according to Eduard Goltzman/);
    assert.match(text, /Leon Sedov at Hotel Bristol, Copenhagen, November 1932/);
    assert.match(text, /evidence a5a88f/);
    assert.match(text, /contradiction\/place-not-existing/);
    assert.match(text, /\]\([a-z][a-z0-9+.-]*:\/\/[^)]*#L\d+\)/, 'links to the other passage');
  });

  it('Record as Claim proposes by/who/where/when for the Goltzman confession, and writes what is confirmed', async () => {
    const doc = await essay();
    const passage = `My son, Leon Sedov, is said to have been the intermediary and organiser of the meeting. ${GOLTZMAN}`;
    const at = doc.getText().indexOf(passage);
    await select(doc.uri, at, at + passage.length);
    const proposal = await vscode.commands.executeCommand('marginalia.recordClaim', { propose: true });
    assert.deepStrictEqual(proposal, { by: 'goltzman', who: ['goltzman', 'sedov-leon'], where: 'hotel-bristol', when: '1932' });
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      new vscode.Range(doc.positionAt(at), doc.positionAt(at + passage.length)),
    );
    assert.ok(
      actions.some((a) => a.title === 'Record as Claim…'),
      'offered as a code action',
    );

    const sidecar = inWorkspace(`${TEXT_NAME}.annotations.yaml`);
    const before = await readFile(sidecar);
    try {
      const id = await vscode.commands.executeCommand<string>('marginalia.recordClaim', {
        fields: { ...(proposal as object), when: '1932-11' },
      });
      assert.ok(id);
      const written = (await annotationsOnDisk(sidecar)).find((a) => a.id === id)!;
      assert.strictEqual(written.kind, 'claim');
      assert.deepStrictEqual(written.claim, {
        by: 'goltzman',
        who: ['goltzman', 'sedov-leon'],
        where: 'hotel-bristol',
        when: '1932-11',
      });
      assert.strictEqual(written.target.exact, passage);
    } finally {
      await writeFile(sidecar, before);
    }
  });

  it('updates the contradictions live when the registry changes', async () => {
    const doc = await essay();
    const registry = inWorkspace('entities.yaml');
    const before = await readFile(registry);
    const gone = () => codesAt(doc, GOLTZMAN).includes('contradiction/place-not-existing');
    await waitFor(gone, 15000, 'the place-not-existing diagnostic');
    try {
      await writeFile(registry, before.replace(/^ {4}existed: .*\n/m, ''));
      await waitFor(() => !gone(), 15000, 'the diagnostic to go when the registry no longer says when the hotel existed');
      assert.ok(codesAt(doc, GOLTZMAN).includes('contradiction/two-places'), 'the other contradictions stay');
    } finally {
      await writeFile(registry, before);
    }
    await waitFor(gone, 15000, 'the diagnostic to come back with the fact');
  });

  it('the Itinerary of Leon Sedov lists Copenhagen (claimed) and Berlin (evidence) with the contradiction', async () => {
    const stops = await waitFor(
      async () => {
        const items = await vscode.commands.executeCommand<
          Array<{ type: string; where?: string; place?: string; contradictions: string[] }>
        >('marginalia.showItinerary', { entity: 'sedov-leon', show: false });
        return items && items.length >= 2 ? items : undefined;
      },
      15000,
      'an itinerary',
    );
    const claimed = stops.find((s) => s.type === 'claim')!;
    const evidence = stops.find((s) => s.type === 'evidence')!;
    assert.match(claimed.place ?? '', /Copenhagen/);
    assert.strictEqual(evidence.place, 'Berlin');
    assert.ok(claimed.contradictions.includes('contradiction/two-places'));
    assert.ok(evidence.contradictions.includes('contradiction/two-places'));
  });
});
