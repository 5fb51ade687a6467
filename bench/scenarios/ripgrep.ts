/**
 * The reference rows: Debian's ripgrep over the same corpus with the same
 * names, fixed strings, with and without word boundaries. `-w` with 39k
 * patterns leaves ripgrep 13's fast literal path (it took 460-580 s over the
 * full corpus here), so it runs over one of the ten copies and is scaled ×10.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { corpus } from '../build-corpus';
import { Row, median, timeCommand } from '../measure';

const RG = '/usr/bin/rg';

export function ripgrep(runs = 3): Row[] {
  if (!existsSync(RG))
    return [{ scenario: 'ripgrep reference', measure: 'rg missing (apt-get install ripgrep)', value: NaN, unit: 's' }];
  const rows: Row[] = [];
  const full = [0, 1, 2].slice(0, runs).map(() => timeCommand(RG, ['-F', '-f', corpus.names, corpus.texts]));
  rows.push({
    scenario: 'ripgrep reference',
    measure: '`rg -F -f names.txt` over the corpus, wall',
    unit: 's',
    value: median(full.map((r) => r.wallS)),
    runs: full.map((r) => r.wallS),
    cpu: median(full.map((r) => r.cpuS)),
    note: `peak RSS ${median(full.map((r) => r.maxRssMB)).toFixed(0)} MB`,
  });
  const oneCopy = join(corpus.texts, 'copy-00');
  const w = timeCommand(RG, ['-F', '-w', '-f', corpus.names, oneCopy]);
  rows.push({
    scenario: 'ripgrep reference',
    measure: '`rg -F -w -f names.txt` over the corpus, wall (1/10 measured ×10)',
    unit: 's',
    value: w.wallS * 10,
    runs: [w.wallS * 10],
    cpu: w.cpuS * 10,
    note: `one copy (10.8 MB): ${w.wallS.toFixed(1)} s, peak RSS ${w.maxRssMB.toFixed(0)} MB; a full-corpus run took 462 s and 577 s on 2026-11-27`,
  });
  return rows;
}
