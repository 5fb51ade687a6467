/** Every scenario in table order; each runs in this process or spawns its own children. */
import { Row } from '../measure';
import { ripgrep } from './ripgrep';

export interface Scenario { id: string; run(): Row[] | Promise<Row[]> }

export const SCENARIOS: Scenario[] = [
  { id: 'ripgrep', run: () => ripgrep() },
];
