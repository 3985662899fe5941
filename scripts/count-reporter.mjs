// A wtr reporter that writes the plain test totals to test-results/summary.json,
// because wtr's own closing line carries terminal colour codes that CI cannot read.
import { mkdirSync, writeFileSync } from 'node:fs';

function countTests(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) countTests(child, totals);
}

export function countReporter({ file = 'test-results/summary.json' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
      for (const session of sessions) {
        countTests(session.testResults, totals);
        // A test file that fails to load or throws outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.fileErrors += 1;
      }
      totals.failed += totals.fileErrors;
      mkdirSync(file.replace(/\/[^/]+$/, ''), { recursive: true });
      writeFileSync(file, JSON.stringify(totals, null, 2));
    },
  };
}
