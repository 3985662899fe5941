import { executeServerCommand } from '@web/test-runner-commands';

/** Turns forced-colors mode (Windows High Contrast) on or off for this test page. */
export async function emulateForcedColors(active: boolean): Promise<void> {
  await executeServerCommand('emulate-forced-colors', { active });
}
