import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import { DoorResultChangeEvent } from 'door-help';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <p id="status">renders: {{ renders() }}; top cause: {{ topCause() || 'none' }}</p>
    <button id="rerender" (click)="renders.set(renders() + 1)">Re-render</button>
    <button id="spanish" (click)="spanish.set(true)">Español</button>
    <door-help region="GB" [attr.lang]="spanish() ? 'es' : 'en-GB'">
      <door-emergency-steps compact></door-emergency-steps>
      <door-diagnosis id="dx" [answers]="{ doorPosition: 'rear' }" (door-result-change)="onResult($event)"></door-diagnosis>
      <repair-cost for="dx"></repair-cost>
    </door-help>
  `,
})
export class App {
  readonly renders = signal(1);
  readonly topCause = signal('');
  readonly spanish = signal(false);

  /** The README's pattern: strictTemplates types $event as Event; narrow it with the exported class. */
  onResult(event: Event) {
    if (event instanceof DoorResultChangeEvent) {
      this.topCause.set(event.detail.topCause);
      this.renders.set(this.renders() + 1);
    }
  }
}
