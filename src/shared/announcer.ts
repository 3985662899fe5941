import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const ANNOUNCER_SLOT = 'door-help-announcer';

/**
 * Polite announcements that screen readers actually hear. A live region inside a shadow root is
 * missed by some readers, so the region lives in the host's light DOM, shown through a slot that
 * the element's own styles hide visually. It exists only while the host is connected.
 */
export class AnnouncerController implements ReactiveController {
  private region: HTMLElement | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    const region = this.host.ownerDocument.createElement('div');
    region.slot = ANNOUNCER_SLOT;
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    this.region = region;
    this.host.append(region);
  }

  hostDisconnected(): void {
    this.region?.remove();
    this.region = undefined;
  }

  /** The text last announced. */
  get text(): string {
    return this.region?.textContent ?? '';
  }

  announce(message: string): void {
    if (this.region) this.region.textContent = message;
  }
}
