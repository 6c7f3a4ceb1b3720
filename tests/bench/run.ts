/**
 * `npm run bench`: runs every suite in tests/bench/suites, writes bench/results.json and
 * bench/results.md. Speed targets live here, never in timed unit tests.
 * Run one suite: `npm run bench -- export`.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchRow, BenchSuite } from './types';

const suitesDir = fileURLToPath(new URL('./suites/', import.meta.url));
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const rows: BenchRow[] = [];
for (const file of readdirSync(suitesDir)
  .filter((f) => f.endsWith('.ts'))
  .sort()) {
  const suite = ((await import(pathToFileURL(suitesDir + file).href)) as { default: BenchSuite }).default;
  if (only.length > 0 && !only.includes(suite.name)) continue;
  console.log(`bench: ${suite.name}…`);
  const result = await suite.run();
  for (const row of result)
    console.log(
      `  ${row.metric}: ${formatValue(row)}${row.target ? `  (target ${row.target.op} ${row.target.value} ${row.unit}: ${meets(row) ? 'met' : 'MISSED'})` : ''}`,
    );
  rows.push(...result);
}

function formatValue(row: BenchRow): string {
  const digits = row.unit === 'ratio' ? 2 : row.value < 10 ? 2 : row.value < 100 ? 1 : 0;
  return `${row.value.toFixed(digits)} ${row.unit}`;
}

function meets(row: BenchRow): boolean {
  if (!row.target) return true;
  return row.target.op === '<=' ? row.value <= row.target.value : row.value >= row.target.value;
}

const outDir = fileURLToPath(new URL('../../bench/', import.meta.url));
mkdirSync(outDir, { recursive: true });
// Running some suites keeps the other suites' last figures: replace only what was measured now.
const measured = new Set(rows.map((r) => r.suite.split(' ')[0]));
if (existsSync(`${outDir}results.json`)) {
  const previous = (JSON.parse(readFileSync(`${outDir}results.json`, 'utf8')) as { rows: BenchRow[] }).rows ?? [];
  rows.unshift(...previous.filter((r) => !measured.has(r.suite.split(' ')[0])));
}
const machine = {
  cores: (await import('node:os')).cpus().length,
  node: process.version,
  date: new Date().toISOString(),
};
writeFileSync(`${outDir}results.json`, `${JSON.stringify({ machine, rows }, null, 2)}\n`);
const table = [
  `# Benchmark results\n\n${machine.date}, ${machine.cores} cores, Node ${machine.node}\n`,
  '| suite | metric | value | target | met |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.suite} | ${r.metric}${r.note ? ` (${r.note})` : ''} | ${formatValue(r)} | ${r.target ? `${r.target.op} ${r.target.value} ${r.unit}` : ''} | ${r.target ? (meets(r) ? 'yes' : 'no') : ''} |`,
  ),
].join('\n');
writeFileSync(`${outDir}results.md`, `${table}\n`);
console.log(`\nwrote bench/results.json and bench/results.md (${rows.length} figures)`);
