/** Every scenario in table order; the slow cold index first, while the machine is fresh. */
import { readFileSync } from 'node:fs';
import type { Entity } from '../../src/core/model';
import { parseRegistry } from '../../src/core/registry/parse-registry';
import { corpus } from '../build-corpus';
import { buildSidecars } from '../build-sidecars';
import { Row } from '../measure';
import { checkScaling } from './check-scaling';
import { coldIndex } from './cold-index';
import { dateScaling } from './date-scaling';
import { edits } from './edits';
import { editor } from './editor';
import { reanchoring } from './reanchor';
import { anchorAccuracy } from './anchor-accuracy';
import { registrySize, textShape } from './scan-speed';
import { sidecars } from './sidecars';
import { scalingRows } from './scaling';

export interface Scenario {
  id: string;
  run(): Row[] | Promise<Row[]>;
}

let registry: Entity[] | undefined;
/** The 39k-name registry, parsed once for the in-process scenarios. */
function entities(): Entity[] {
  registry ??= parseRegistry(readFileSync(corpus.registry, 'utf8'), corpus.registry).entities;
  return registry;
}

export const SCENARIOS: Scenario[] = [
  { id: 'cold', run: coldIndex },
  { id: 'edits', run: () => edits(entities()) },
  { id: 'sidecars', run: () => sidecars(buildSidecars()) },
  { id: 'reanchor', run: () => reanchoring(buildSidecars()) },
  { id: 'anchor-accuracy', run: anchorAccuracy },
  { id: 'registry', run: () => registrySize(entities()) },
  { id: 'shape', run: () => textShape(entities()) },
  { id: 'editor', run: editor },
  { id: 'check-scaling', run: () => checkScaling() },
  { id: 'date-scaling', run: dateScaling },
  { id: 'scaling', run: () => scalingRows(entities()) },
];
