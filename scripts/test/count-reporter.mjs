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
      const totals = { passed: 0, failed: 0, skipped: 0, fileErrors: 0, engines: {} };
      for (const session of sessions) {
        const engine = (totals.engines[session.browser.name] ??= { passed: 0, failed: 0, skipped: 0, fileErrors: 0 });
        countTests(session.testResults, engine);
        // A test file that fails to load or throws outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) engine.fileErrors += 1;
      }
      for (const engine of Object.values(totals.engines)) {
        engine.failed += engine.fileErrors;
        for (const key of ['passed', 'failed', 'skipped', 'fileErrors']) totals[key] += engine[key];
      }
      const perEngine = Object.entries(totals.engines).map(([name, t]) => `${name}: ${t.passed} passed, ${t.failed} failed`);
      console.log(`\n${perEngine.join('; ')}`);
      mkdirSync(file.replace(/\/[^/]+$/, ''), { recursive: true });
      writeFileSync(file, JSON.stringify(totals, null, 2));
    },
  };
}
