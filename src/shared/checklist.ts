import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isStringArray, safeSessionStorage } from '../logic/storage.js';
import { trimmedTextOf } from '../logic/input.js';
import { DoorStepToggleEvent, type StepToggleDetail } from './events.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Ticks on a list of steps, kept in session storage so they survive a reload (in memory where
 * storage is blocked). Loads when the host connects, never in its constructor.
 */
export class ChecklistController implements ReactiveController {
  private ticked = new Set<string>();

  constructor(
    private readonly host: Host,
    private readonly list: StepToggleDetail['list'],
    private readonly stepIds: readonly string[],
    private readonly storageKeyOf: () => unknown,
    private readonly defaultKey: string,
  ) {
    host.addController(this);
  }

  /** The host's storage key, or the default when a page set something that is not one. */
  private storageKey(): string {
    return trimmedTextOf(this.storageKeyOf()) ?? this.defaultKey;
  }

  hostConnected(): void {
    const stored = safeSessionStorage.read(this.storageKey(), isStringArray) ?? [];
    this.ticked = new Set(stored.filter((id) => this.stepIds.includes(id)));
    this.host.requestUpdate();
  }

  isDone(stepId: string): boolean {
    return this.ticked.has(stepId);
  }

  get doneCount(): number {
    return this.ticked.size;
  }

  /** Ticked step ids in list order. */
  get done(): string[] {
    return this.stepIds.filter((id) => this.ticked.has(id));
  }

  toggle(stepId: string, done: boolean): void {
    if (done) this.ticked.add(stepId);
    else this.ticked.delete(stepId);
    safeSessionStorage.write(this.storageKey(), this.done);
    this.host.requestUpdate();
    this.host.dispatchEvent(
      new DoorStepToggleEvent({ list: this.list, stepId, done, doneCount: this.ticked.size, total: this.stepIds.length }),
    );
  }

  clear(): void {
    this.ticked.clear();
    safeSessionStorage.remove(this.storageKey());
    this.host.requestUpdate();
  }
}
