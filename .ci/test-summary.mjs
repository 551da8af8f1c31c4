// Adds up every package's vitest JSON report into one closing line: "N passed, N failed".
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const reports = ['apps', 'packages']
  .flatMap((dir) =>
    readdirSync(dir).flatMap((name) =>
      ['vitest.json', 'vitest-reliability.json'].map((f) => `${dir}/${name}/test-results/${f}`),
    ),
  )
  .filter((file) => existsSync(file));
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of reports) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
console.log(`Test reports: ${reports.length}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
