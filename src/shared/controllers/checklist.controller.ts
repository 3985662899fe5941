import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { decodeTicks, encodeTicks } from '../../logic/reader-state.js';
import { trimmedTextOf } from '../../logic/input.js';
import { DoorStepToggleEvent, type StepToggleDetail } from '../events.js';
import { FollowedKey, writeState } from '../platform/session-state.js';
import { afterHydration, awaitingHydration } from '../element/hydration.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };

/**
 * Ticks on a list of steps, kept per storage key for the session (in memory where storage is
 * blocked). Two lists with the same key (the steps a diagnosis shows when someone is stuck, and
 * the page's own steps) are one state: ticking either updates both, and neither overwrites the
 * other. Loads when the host connects, never in its constructor (and for a pre-rendered host, after
 * its first client update, which must match the server's tick-less markup).
 */
export class ChecklistController implements ReactiveController {
  private ticked: string[] = [];
  private readonly stored = new FollowedKey('ticks', (text) => {
    this.ticked = decodeTicks(text, this.stepIds);
    this.host.requestUpdate();
  });

  constructor(
    private readonly host: Host,
    private readonly list: StepToggleDetail['list'],
    private readonly stepIds: readonly string[],
    private readonly storageKeyOf: () => unknown,
    private readonly defaultKey: string,
    /** Steps that apply to some readers only: counted in the total once ticked. */
    private readonly onlySometimes: readonly string[] = [],
  ) {
    host.addController(this);
  }

  /** The host's storage key, or the default when a page set something that is not one. */
  private storageKey(): string {
    return trimmedTextOf(this.storageKeyOf()) ?? this.defaultKey;
  }

  hostConnected(): void {
    afterHydration(this.host, () => this.stored.follow(this.storageKey()));
  }

  hostUpdate(): void {
    if (this.host.isConnected && !awaitingHydration(this.host)) this.stored.follow(this.storageKey());
  }

  hostDisconnected(): void {
    this.stored.stop();
  }

  isDone(stepId: string): boolean {
    return this.ticked.includes(stepId);
  }

  get doneCount(): number {
    return this.ticked.length;
  }

  /** The steps that apply to this reader: every step, less the sometimes-steps not ticked. */
  get total(): number {
    return this.stepIds.filter((id) => !this.onlySometimes.includes(id) || this.ticked.includes(id)).length;
  }

  /** Ticked step ids in list order. */
  get done(): string[] {
    return [...this.ticked];
  }

  toggle(stepId: string, done: boolean): void {
    const next = new Set(this.ticked);
    if (done) next.add(stepId);
    else next.delete(stepId);
    const ids = this.stepIds.filter((id) => next.has(id));
    writeState('ticks', this.storageKey(), encodeTicks(ids));
    this.ticked = ids;
    this.host.dispatchEvent(new DoorStepToggleEvent({ list: this.list, stepId, done, doneCount: ids.length, total: this.total }));
  }

  clear(): void {
    writeState('ticks', this.storageKey(), undefined);
  }
}
