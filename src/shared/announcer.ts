import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const ANNOUNCER_SLOT = 'door-help-announcer';

/** How long a burst of changes (arrow keys through a radio group) settles before it is said. */
export const ANNOUNCE_DELAY_MS = 400;

/**
 * Polite announcements that screen readers actually hear. A live region inside a shadow root is
 * missed by some readers, so the region lives in the host's light DOM, shown through a slot that
 * the element's own styles hide visually. It exists only while the host is connected, carries the
 * language of the words it says, and says only the last of a quick burst of messages.
 */
export class AnnouncerController implements ReactiveController {
  private region: HTMLElement | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The language of the element's words, set on the live region. */
  lang = 'en';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    const region = this.host.ownerDocument.createElement('div');
    region.slot = ANNOUNCER_SLOT;
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    region.lang = this.lang;
    this.region = region;
    this.host.append(region);
  }

  hostUpdated(): void {
    if (this.region && this.region.lang !== this.lang) this.region.lang = this.lang;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.region?.remove();
    this.region = undefined;
  }

  /** The text last announced. */
  get text(): string {
    return this.region?.textContent ?? '';
  }

  /**
   * Says the message once things settle. With `repeat`, the same words as last time are said
   * again (a second "Summary copied."), by clearing the region first.
   */
  announce(message: string, { repeat = false } = {}): void {
    if (!this.region) return;
    clearTimeout(this.timer);
    if (repeat || this.region.textContent === message) this.region.textContent = '';
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.region) this.region.textContent = message;
    }, ANNOUNCE_DELAY_MS);
  }
}
