import type { Annotation } from '../model';

/** An annotation with the replies written to it or to its replies (`replyTo`), oldest first. */
export interface Thread<A extends { annotation: Annotation }> {
  root: A;
  replies: A[];
}

/**
 * A sidecar's annotations as threads, in sidecar order: each annotation that is not a reply, with its replies. Nothing is
 * ever hidden: a reply whose annotation is gone (deleted, or in another sidecar) stands on its own, a reply to a reply
 * joins the thread of the first, and of replies that answer each other in a circle the first in the sidecar is the root.
 */
export function threadsOf<A extends { annotation: Annotation }>(annotations: readonly A[]): Thread<A>[] {
  const byId = new Map<string, A>();
  for (const a of annotations) if (!byId.has(a.annotation.id)) byId.set(a.annotation.id, a);
  const order = new Map(annotations.map((a, i) => [a, i]));
  const roots = new Map<A, A>();
  const rootOf = (a: A): A => {
    const path: A[] = [];
    const onPath = new Set<A>();
    let cur = a;
    let root: A | undefined;
    while (root === undefined) {
      const known = roots.get(cur);
      if (known) root = known;
      else {
        path.push(cur);
        onPath.add(cur);
        const parent = cur.annotation.replyTo === undefined ? undefined : byId.get(cur.annotation.replyTo);
        if (!parent) root = cur;
        else if (onPath.has(parent))
          root = path.slice(path.indexOf(parent)).reduce((x, y) => (order.get(x)! <= order.get(y)! ? x : y));
        else cur = parent;
      }
    }
    for (const p of path) roots.set(p, root);
    return root;
  };
  const threads = new Map<A, Thread<A>>();
  for (const a of annotations) {
    const root = rootOf(a);
    if (root === a) threads.set(a, { root: a, replies: threads.get(a)?.replies ?? [] });
    else {
      const thread = threads.get(root) ?? { root, replies: [] };
      thread.replies.push(a);
      threads.set(root, thread);
    }
  }
  const created = (a: A) => a.annotation.created ?? '';
  const out = [...threads.values()].sort((x, y) => order.get(x.root)! - order.get(y.root)!);
  for (const t of out) t.replies.sort((x, y) => created(x).localeCompare(created(y)) || order.get(x)! - order.get(y)!);
  return out;
}
