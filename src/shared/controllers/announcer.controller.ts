import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const ANNOUNCER_SLOT = 'door-help-announcer';

/** How long a burst of changes (arrow keys through a radio group) settles before it is said. */
export const ANNOUNCE_DELAY_MS = 400;

/**
 * Polite announcements that screen readers actually hear. A live region inside a shadow root is
 * missed by some readers, so the region lives in the host's light DOM, shown through a slot that
 * the element's own styles hide visually. It is added only when there is something to say, empty,
 * and filled a moment later (so the change is heard): nothing is added to the host's light DOM on
 * connect, where a framework that hydrates the page (React, Vue) would find a child it did not
 * render. It carries the language of the words it says, and says only the last of a quick burst.
 */
export class AnnouncerController implements ReactiveController {
  private region: HTMLElement | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The language of the element's words, set on the live region. */
  lang = 'en';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {}

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

  private liveRegion(): HTMLElement {
    if (this.region) return this.region;
    const region = this.host.ownerDocument.createElement('div');
    region.slot = ANNOUNCER_SLOT;
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    region.lang = this.lang;
    this.host.append(region);
    return (this.region = region);
  }

  /**
   * Says the message once things settle. With `repeat`, the same words as last time are said
   * again (a second "Summary copied."), by clearing the region first.
   */
  announce(message: string, { repeat = false } = {}): void {
    if (!this.host.isConnected) return;
    const region = this.liveRegion();
    clearTimeout(this.timer);
    if (repeat || region.textContent === message) region.textContent = '';
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.region) this.region.textContent = message;
    }, ANNOUNCE_DELAY_MS);
  }
}
