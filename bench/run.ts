/**
 * `npm run bench [-- SCENARIO...]`: builds the benchmark corpus when missing,
 * runs every scenario (or the named ones), prints one table (median of
 * several runs, target, met/not met), a Markdown table for the README, and
 * writes bench/results/<date>.json and latest.json.
 */
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { REPO, buildCorpus } from './build-corpus';
import { Row, haveGnuTime } from './measure';
import { consoleTable, markdown, summary, writeResults } from './report';
import { SCENARIOS } from './scenarios';

async function main(argv: string[]): Promise<number> {
  const wanted = argv.filter((a) => !a.startsWith('-'));
  const unknown = wanted.filter((w) => !SCENARIOS.some((s) => s.id === w));
  if (unknown.length) {
    process.stderr.write(`bench: unknown scenario ${unknown.join(', ')}; known: ${SCENARIOS.map((s) => s.id).join(', ')}\n`);
    return 2;
  }
  if (!haveGnuTime())
    process.stderr.write(
      'bench: /usr/bin/time missing (apt-get install -y time): wall/RSS rows of child processes are skipped\n',
    );
  const stamp = buildCorpus((s) => process.stderr.write(`bench: ${s}\n`));
  process.stderr.write(
    `bench: corpus ${stamp.files} texts, ${(stamp.bytes / 1e6).toFixed(1)} MB, ${stamp.names} registry entities\n`,
  );
  const loadBefore = loadavg()[0];
  if (loadBefore > cpus().length / 2)
    process.stderr.write(`bench: load average ${loadBefore.toFixed(1)} on ${cpus().length} cores: timings will be inflated\n`);
  const rows: Row[] = [];
  for (const s of SCENARIOS) {
    if (wanted.length && !wanted.includes(s.id)) continue;
    process.stderr.write(`bench: ${s.id} …\n`);
    const t = Date.now();
    try {
      rows.push(...(await s.run()));
    } catch (e) {
      rows.push({
        scenario: s.id,
        measure: 'failed',
        value: NaN,
        unit: 'ms',
        note: String((e as Error).message ?? e).split('\n')[0],
      });
    }
    process.stderr.write(`bench: ${s.id} done in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
  }
  const load = { before: loadBefore, after: loadavg()[0] };
  const where = `load average (1 min) before ${load.before.toFixed(1)}, after ${load.after.toFixed(1)}, on ${cpus().length} cores`;
  process.stdout.write(`\n${where}\n`);
  const caption = `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` (Node ${process.version}, ${where}).`;
  process.stdout.write(
    `\n${consoleTable(rows)}\n\n${summary(rows)}\n\nMarkdown for the README:\n\n${markdown(rows, caption)}\n\n`,
  );
  if (!wanted.length || argv.includes('--save')) {
    const file = writeResults(join(REPO, 'bench', 'results'), rows, { corpus: stamp, loadAverage: load });
    process.stdout.write(`results: ${file} and bench/results/latest.json\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
