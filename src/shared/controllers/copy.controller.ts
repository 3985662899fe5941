import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { copyText } from '../platform/dom.js';

/** A copy button's outcome, for the status line beside it. */
export class CopyController implements ReactiveController {
  state: 'idle' | 'copied' | 'failed' = 'idle';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  async copy(text: string): Promise<boolean> {
    const ok = await copyText(text);
    this.state = ok ? 'copied' : 'failed';
    this.host.requestUpdate();
    return ok;
  }

  /** The status words for the current state. */
  message(words: { copied: string; copyFailed: string }): string {
    return this.state === 'copied' ? words.copied : this.state === 'failed' ? words.copyFailed : '';
  }
}
