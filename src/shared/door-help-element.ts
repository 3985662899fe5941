import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { VERSION } from '../version.js';
import { baseStyles } from './base.styles.js';
import { LocaleController } from './locale.js';
import { sharedText } from '../data/en/shared.js';
import type { SharedText } from '../data/schemas.js';

/**
 * What every door-help element shares: the version tag that `define` compares, the global
 * tokens, a heading level that fits the host's outline, and the colour theme.
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

  /** Colour theme: `light` (default), `dark`, or `auto` to follow the reader's setting. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** The language shown: the element's `lang`, else the nearest ancestor's, else `<html lang>`. */
  protected readonly i18n = new LocaleController(this);

  /** The words every element shows (disclaimer, notices) in the language shown. */
  protected get sharedWords(): SharedText {
    return this.i18n.text('shared', sharedText);
  }
}
