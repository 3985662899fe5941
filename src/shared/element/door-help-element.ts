import { LitElement, html, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { VERSION } from '../../version.js';
import { baseStyles } from './base.styles.js';
import { SettingsController } from '../controllers/settings.controller.js';
import { MarkupTakeover, RENDERED_WITH } from './hydration.js';
import { takeTurn } from './render-turns.js';
import { FIRST_STAGE } from '../platform/dom.js';
import { sharedText } from '../../data/en/shared.js';
import type { SharedText } from '../../data/types.js';
import type { SettingsLayer } from '../../logic/settings.js';


/**
 * What every door-help element shares: the version tag that `define` compares, the global
 * tokens, a heading level that fits the host's outline, the colour theme, and its settings.
 *
 * @cssprop --door-help-accent - Links, buttons and focus rings (default `#0b57d0`).
 * @cssprop --door-help-on-accent - Text on accent-coloured buttons.
 * @cssprop --door-help-danger - The emergency call and warnings (default `#b3261e`).
 * @cssprop --door-help-on-danger - Text on the emergency call button.
 * @cssprop --door-help-text - Body text colour.
 * @cssprop --door-help-muted - Secondary text colour.
 * @cssprop --door-help-surface - Background.
 * @cssprop --door-help-surface-raised - Background of boxes inside the element.
 * @cssprop --door-help-border - Borders of boxes and fields.
 * @cssprop --door-help-warning - The edge of notes for the site author.
 * @cssprop --door-help-focus - Focus ring colour (default: the accent).
 * @cssprop --door-help-radius - Corner radius (default `12px`).
 * @cssprop --door-help-spacing - Padding of the element (default `1rem`).
 * @cssprop --door-help-font - Font family (default: inherited from the page).
 * @cssprop --door-help-font-size - Base font size (default `medium`: the reader's own browser setting, which page CSS cannot shrink).
 */
export class DoorHelpElement extends LitElement {
  static readonly version = VERSION;
  static override styles = [baseStyles];

  /** Level of the element's title (1–6); section headings are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Colour theme: `light`, `dark`, or `auto` to follow the reader's setting. Default: a `<door-help theme>` around it, else the page's own `color-scheme` (light where the page declares none). */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** Region, language, money and theme, resolved from the element, its wrappers and the page. */
  protected readonly settings = new SettingsController(
    this,
    () => this.ownSettings(),
    () => this.pageValues(),
  );

  /**
   * Whether the lower part (below what a reader needs first) is rendered. A first render shows
   * the upper part and reserves the space; the rest follows in the next turn (see
   * ./render-turns.ts), and `updateComplete` waits for it: no element's first render is one long
   * task, while the page loads or after (the script tag's parts arrive after load). A server
   * render and the first client render of pre-rendered markup (which must repeat the server's)
   * show everything.
   */
  protected lowerShown = isServer;
  private lowerRendered: Promise<unknown> | undefined;

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || isServer) return super.scheduleUpdate();
    // Markup already on screen (pre-rendered, or painted by the first stage), or a page that has
    // finished loading (the script tag's elements arrive then): never in the task that ran the
    // script, which has spent its time compiling it. While a page loads, the first render may
    // share that task (see ./render-turns.ts: a frame painted in between would jump).
    const onScreen = this.hasAttribute(RENDERED_WITH) || this.hasAttribute(FIRST_STAGE);
    const ownTask = onScreen || this.ownerDocument?.readyState === 'complete';
    const render = () => takeTurn(() => super.scheduleUpdate(), { ownTask });
    // Pre-rendered markup hydrates at once, as the server's markup requires.
    if (this.hasAttribute(RENDERED_WITH)) return render();
    return takeTurn(() => this.prepareFirstRender(), { ownTask }).then(render);
  }

  /**
   * Costly work a first render needs that can run in a turn of its own before it, so neither is
   * one long task (the cost's first money formatter). Errors are the render's to meet.
   */
  protected prepareFirstRender(): void {}

  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    if (this.lowerRendered) await this.lowerRendered;
    return result;
  }

  /** This element's own part of the settings chain; elements with more settings add theirs. */
  protected ownSettings(): SettingsLayer {
    return { theme: this.theme };
  }

  /** Values read from the page besides settings (a wrapper's prices, a diagnosis); a change re-renders. */
  protected pageValues(): readonly unknown[] {
    return [];
  }

  /** The words every element shows (disclaimer, notices) in the language shown. */
  protected get sharedWords(): SharedText {
    return this.settings.text('shared', sharedText);
  }

  /**
   * Wraps the element's content in a frame that says which language it is in, so a screen reader
   * reads English fallback text with an English voice on a Spanish page, and lays it out in that
   * language's direction whatever the page's `dir`.
   */
  protected frame(content: TemplateResult): TemplateResult {
    // data-door-help-frame: see FRAME_ATTRIBUTE in ./dom.ts.
    return html`<div class="frame" data-door-help-frame lang=${this.settings.shownLang} dir="ltr">${content}</div>`;
  }

  /** Pre-rendered or first-stage markup, kept on screen until this element's first render replaces or hydrates it. */
  private readonly takeover = new MarkupTakeover();

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.takeover.root(this, this.renderOptions, () => super.createRenderRoot());
  }

  protected override update(changed: PropertyValues): void {
    this.takeover.update(() => super.update(changed), {
      root: this.renderRoot as ShadowRoot,
      styles: (this.constructor as typeof LitElement).elementStyles,
      options: this.renderOptions,
      value: () => this.render(),
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated && this.hasAttribute(RENDERED_WITH)) this.lowerShown = true;
    // A server render skips controllers' hostUpdate; the settings must still be resolved.
    if (isServer) this.settings.hostUpdate();
  }

  protected override updated(): void {
    if (!this.lowerShown && !this.lowerRendered) {
      this.lowerRendered = takeTurn(() => {
        this.lowerShown = true;
        this.requestUpdate();
        // Rendered now, inside this turn, so the next turn's clock counts it.
        this.performUpdate();
        return super.getUpdateComplete();
      });
    }
    // Pre-rendered and now hydrated: from here on the page's own settings count.
    this.removeAttribute(RENDERED_WITH);
    this.removeAttribute(FIRST_STAGE);
    // A theme from a wrapper: mirrored on the host, where the styles pick the colour scheme.
    const inherited = this.theme ? null : this.settings.resolved.theme;
    if (inherited === 'light' || inherited === 'dark' || inherited === 'auto') this.setAttribute('data-door-theme', inherited);
    else this.removeAttribute('data-door-theme');
  }
}
