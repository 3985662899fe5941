// The package as a user gets it: `npm pack` of this repository, and an empty project with the
// tarball installed. Used by the node tests, the bundler bench and the example-app tests.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Packs the package at `root` into `dir`; returns the tarball's path. */
export function packInto(root, dir) {
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], root))[0];
  return join(dir, packed.filename);
}

/** A new temporary project (`name`) with the packed package installed, and any `extra` packages beside it; returns its directory. */
export function freshProject(root, name, extra = []) {
  const dir = mkdtempSync(join(tmpdir(), `door-help-${name}-`));
  const tarball = packInto(root, dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, ...extra], dir);
  return dir;
}
