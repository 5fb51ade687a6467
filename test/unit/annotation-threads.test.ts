import * as assert from 'node:assert';
import { threadsOf } from '../../src/core/annotations/threads';
import type { Annotation } from '../../src/core/model';

const TARGET = { exact: 'Kirov', start: 0, end: 5 };
const a = (id: string, replyTo?: string, created?: string) => ({
  annotation: {
    id,
    kind: 'note',
    target: TARGET,
    ...(replyTo ? { replyTo } : {}),
    ...(created ? { created } : {}),
  } as Annotation,
});
const shape = (threads: ReturnType<typeof threadsOf>) =>
  threads.map((t) => [t.root.annotation.id, t.replies.map((r) => r.annotation.id)]);

describe('annotation threads (replies under the annotation they answer)', () => {
  it('puts replies under their annotation, oldest first, roots in sidecar order', () => {
    const list = [a('r2', 'n1', '2026-02-02'), a('n1'), a('n2'), a('r1', 'n1', '2026-01-01')];
    assert.deepStrictEqual(shape(threadsOf(list)), [
      ['n1', ['r1', 'r2']],
      ['n2', []],
    ]);
  });

  it('joins a reply to a reply to the first annotation’s thread', () => {
    assert.deepStrictEqual(shape(threadsOf([a('n1'), a('r1', 'n1', '1'), a('r2', 'r1', '2')])), [['n1', ['r1', 'r2']]]);
  });

  it('hides nothing: a reply whose annotation is gone stands alone, and a circle of replies gets the first as root', () => {
    assert.deepStrictEqual(shape(threadsOf([a('r1', 'gone')])), [['r1', []]]);
    assert.deepStrictEqual(shape(threadsOf([a('x', 'y'), a('y', 'x'), a('z', 'y')])), [['x', ['y', 'z']]]);
    assert.deepStrictEqual(shape(threadsOf([a('self', 'self')])), [['self', []]]);
    const all = [a('p', 'q'), a('q', 'r'), a('r', 'p'), a('s'), a('t', 's'), a('u', 'zz')];
    const ids = threadsOf(all).flatMap((t) => [t.root, ...t.replies].map((x) => x.annotation.id));
    assert.deepStrictEqual(ids.sort(), ['p', 'q', 'r', 's', 't', 'u'], 'every annotation appears exactly once');
  });

  it('handles a chain of 20,000 replies without walking it again for each', () => {
    const chain = [a('n0'), ...Array.from({ length: 20_000 }, (_, i) => a(`n${i + 1}`, `n${i}`))];
    const [thread] = threadsOf(chain);
    assert.strictEqual(thread.replies.length, 20_000);
  });
});
