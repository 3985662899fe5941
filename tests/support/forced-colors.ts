import { executeServerCommand } from '@web/test-runner-commands';
import { engine } from './engine.js';

/**
 * Puts the page in forced-colors mode (Windows High Contrast), each engine by its own means:
 * Chromium through the DevTools protocol; Firefox is launched with its "override colours" setting
 * for the tests/media group (web-test-runner.config.mjs), so here it is only checked.
 */
export async function emulateForcedColors(active: boolean): Promise<void> {
  if (engine === 'chromium') await executeServerCommand('emulate-forced-colors', { active });
  if (active && !matchMedia('(forced-colors: active)').matches) throw new Error(`forced colours are not active in ${engine}`);
}

/** Puts the page in the reader's dark colour scheme: Chromium by emulation, Firefox and WebKit by their launch settings. */
export async function emulateDarkScheme(): Promise<void> {
  if (engine === 'chromium') await executeServerCommand('emulate-media', { colorScheme: 'dark' });
  if (!matchMedia('(prefers-color-scheme: dark)').matches) throw new Error(`the dark scheme is not active in ${engine}`);
}
