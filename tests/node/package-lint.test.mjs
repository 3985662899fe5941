// The package as npm and TypeScript consumers read it: publint (strict) finds nothing to fix, and
// @arethetypeswrong/cli (ESM-only profile: node16 from ESM and bundlers) finds types for every export.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const npx = (args) => spawnSync('npx', ['--no-install', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('the package as consumers read it', { timeout: 180_000 }, () => {
  it('publint --strict: nothing to fix', () => {
    const { status, stdout, stderr } = npx(['publint', '--strict']);
    assert.equal(status, 0, stdout + stderr);
    assert.match(stdout, /All good/);
  });

  it('arethetypeswrong, ESM-only: every export has its types (the script files and the Spanish file too)', () => {
    const { status, stdout, stderr } = npx(['attw', '--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped']);
    assert.equal(status, 0, stdout + stderr);
    assert.doesNotMatch(stdout, /No types|❌/);
  });
});
