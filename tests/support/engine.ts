import { sendKeys } from '@web/test-runner-commands';

/** The engine running this test page: each drives keys, viewports and media its own way. */
export type Engine = 'chromium' | 'firefox' | 'webkit';

export const engine: Engine = /Firefox\//.test(navigator.userAgent) ? 'firefox' : /Chrom(e|ium)\//.test(navigator.userAgent) ? 'chromium' : 'webkit';

/** Presses one key by name in every engine (puppeteer's WebDriver BiDi keyboard knows Space only as ' '). */
export async function press(key: string): Promise<void> {
  await sendKeys({ press: engine === 'firefox' && key === 'Space' ? ' ' : key });
}

/** Types text one key per action: WebKitWebDriver drops a key repeated within one action ("33" → "3"). */
export async function typeText(text: string): Promise<void> {
  for (const character of text) await sendKeys({ press: character });
}
