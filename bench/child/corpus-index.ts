/**
 * Child process: builds the in-process CorpusIndex of the whole benchmark
 * corpus cold (fresh process, registry parsed from disk) and prints its wall
 * time and peak RSS as JSON. With `--queries`, also times what the editor
 * asks the built index: mentionsOf an entity with about 10,000 mentions, and
 * the hover lookup (mentionAt + entity card).
 * Usage: node out/bench/child/corpus-index.js REGISTRY TEXTS_DIR [--queries]
 */
import { readFileSync } from 'node:fs';
import { CorpusIndex } from '../../src/core/corpus/corpus-index';
import { describeMention } from '../../src/core/corpus/describe';
import { createScanner } from '../../src/core/corpus/scanner';
import { parseRegistry } from '../../src/core/registry/parse-registry';
import { Registry } from '../../src/core/registry/registry';
import { decodeText } from '../../src/core/text/decode';
import { walkCorpus } from '../../src/cli/walk';
import { percentile, timeRuns, median } from '../measure';
import { prng } from '../build-sidecars';

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

function build(registryFile: string, dir: string): { index: CorpusIndex; registry: Registry; phases: Record<string, number> } {
  const t0 = now();
  const { entities } = parseRegistry(readFileSync(registryFile, 'utf8'), registryFile);
  const registry = new Registry([{ file: registryFile, entities }]);
  const t1 = now();
  const index = new CorpusIndex(createScanner(registry.all()));
  const t2 = now();
  for (const file of walkCorpus([dir]).texts) {
    const decoded = decodeText(readFileSync(file));
    if (decoded.ok) index.update(file, decoded.text);
  }
  const t3 = now();
  return { index, registry, phases: { registryMs: t1 - t0, scannerMs: t2 - t1, textsMs: t3 - t2, totalMs: t3 - t0 } };
}

/** The entity whose mention count is nearest 10,000. */
function busiestNear(index: CorpusIndex, wanted: number): { id: string; mentions: number } {
  let best = { id: '', mentions: -Infinity };
  for (const id of index.entityIds()) {
    const { mentions } = index.countOf(id);
    if (Math.abs(mentions - wanted) < Math.abs(best.mentions - wanted)) best = { id, mentions };
  }
  return best;
}

function queries(index: CorpusIndex, registry: Registry): Record<string, unknown> {
  const target = busiestNear(index, 10_000);
  const mentionsOfMs = timeRuns(5, () => {
    index.mentionsOf(target.id);
  });

  // Hover: 1,000 registry-name mentions picked at random across the corpus, the cursor in their middle.
  const random = prng(1917);
  const uris = index.uris();
  const points: Array<[string, number]> = [];
  while (points.length < 1000) {
    const uri = uris[Math.floor(random() * uris.length)];
    const names = index.mentionsIn(uri).filter((m) => m.entity && m.kind !== 'quote');
    const m = names[Math.floor(random() * names.length)];
    if (m) points.push([uri, (m.start + m.end) >> 1]);
  }
  const hoverMs = timeRuns(
    points.length,
    (i) => {
      const [uri, offset] = points[Math.max(0, i)];
      const mention = index.mentionAt(uri, offset);
      if (!mention) throw new Error(`no mention at ${uri}:${offset}`);
      const entity = mention.entity ? registry.byId(mention.entity) : undefined;
      describeMention(mention, { entity, count: entity ? index.countOf(entity.id) : undefined, julianBefore: '1918-02-14' });
    },
    20,
  );
  return {
    mentionsOf: { entity: target.id, mentions: target.mentions, runsMs: mentionsOfMs },
    hover: { samples: hoverMs.length, p95Ms: percentile(hoverMs, 95), medianMs: median(hoverMs), maxMs: Math.max(...hoverMs) },
  };
}

const [registryFile, dir, flag] = process.argv.slice(2);
const { index, registry, phases } = build(registryFile, dir);
const maxRssMB = process.resourceUsage().maxRSS / 1024;
const usage = process.resourceUsage();
const cpuS = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
const mem = process.memoryUsage();
const heap = { heapUsedMB: mem.heapUsed / 1048576, externalMB: mem.external / 1048576, rssNowMB: mem.rss / 1048576 };
const result: Record<string, unknown> = { ...phases, cpuS, maxRssMB, ...heap, texts: index.uris().length };
if (flag === '--queries') Object.assign(result, queries(index, registry));
process.stdout.write(JSON.stringify(result) + '\n');
