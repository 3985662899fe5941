import { css } from 'lit';

/**
 * Styles every door-help element starts from.
 * Tokens are layered: a host sets the global `--door-help-*` tokens (or per-element knobs), and the
 * elements read only the private `--_*` copies made here, so one place decides each fallback.
 * Inherited text properties that protect legibility (size, colour, weight, case) are re-set with
 * !important: inside a shadow root that beats even a host's `* { … !important }`, and line
 * height is held at 1.5. Letter and word spacing are not reset: a reader's own must reach the
 * text (WCAG 1.4.12).
 */
export const baseStyles = css`
  :host {
    /* Each token: the host's value, else light-dark(light, dark) picked by color-scheme below. */
    --_accent: var(--door-help-accent, light-dark(#0b57d0, #a8c7fa));
    --_on-accent: var(--door-help-on-accent, light-dark(#ffffff, #062e6f));
    --_danger: var(--door-help-danger, light-dark(#b3261e, #ffb4ab));
    --_on-danger: var(--door-help-on-danger, light-dark(#ffffff, #690005));
    --_text: var(--door-help-text, light-dark(#1b1b1f, #e4e2e6));
    --_muted: var(--door-help-muted, light-dark(#46464f, #c7c6d0));
    --_surface: var(--door-help-surface, light-dark(#ffffff, #1b1b1f));
    --_surface-raised: var(--door-help-surface-raised, light-dark(#f2f3f7, #2a2a30));
    --_border: var(--door-help-border, light-dark(#74747e, #919099));
    --_warning: var(--door-help-warning, light-dark(#7a4d00, #ffb95c));
    --_focus: var(--door-help-focus, var(--_accent));
    --_radius: var(--door-help-radius, 12px);
    --_space: var(--door-help-spacing, 1rem);

    /* No theme: the page's own colour scheme, inherited (light on a page that declares none; dark
       on a page that declares dark, or light dark with the reader's setting dark). */
    display: block;
    box-sizing: border-box !important;
    max-width: 100%;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text) !important;
    font-family: var(--door-help-font, inherit);
    font-size: var(--door-help-font-size, medium) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    /* Letter and word spacing are the reader's (WCAG 1.4.12) and reach inside; line height is held
       at the 1.5 that criterion asks for, so a page's squashed line height cannot reach it. */
    line-height: 1.5 !important;
    text-transform: none !important;
    text-align: start !important;
    text-indent: 0 !important;
    white-space: normal !important;
    overflow-wrap: anywhere;
    /* Layouts inside follow the element's own width (a sidebar or a full column), not the viewport. */
    container-type: inline-size;
  }

  :host([theme='light']),
  :host([data-door-theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']),
  :host([data-door-theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']),
  :host([data-door-theme='auto']) {
    color-scheme: light dark;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 1.25em 0 0.5em;
    /* Inherited: headings keep the element's 1.5 line height too. */
    font-weight: 700;
  }
  .title {
    margin-top: 0;
    font-size: 1.375em;
  }
  /* A phone column or a sidebar: a heading of four lines would push the call off the first screen. */
  @container (max-width: 22em) {
    .title {
      font-size: 1.25em;
    }
  }
  .section-heading {
    font-size: 1.125em;
  }
  p {
    margin: 0.5em 0;
  }
  ul,
  ol {
    margin: 0.5em 0;
    padding-inline-start: 1.5em;
  }
  ul {
    list-style: disc;
  }
  ol {
    list-style: decimal;
  }
  li {
    margin: 0.25em 0;
  }

  a {
    color: var(--_accent);
    pointer-events: auto;
  }

  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  input[type='checkbox'] {
    inline-size: 24px;
    block-size: 24px;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  ::slotted([slot='door-help-announcer']),
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    /* Takes no room at the end of a line either (WebKit counts it in the scroll width). */
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .copy-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .status {
    min-height: 1.5em;
    margin: 0;
    color: var(--_muted);
  }

  /* The step number is drawn in the row, beside the checkbox, in every engine (an outside list
     marker lands on top of the checkbox in WebKit). role="list" keeps the list semantics. */
  .checklist {
    list-style: none;
    padding-inline-start: 0;
    counter-reset: step;
  }
  .checklist > li {
    margin: 0.75em 0;
    counter-increment: step;
  }
  .check-head {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }
  .check-head::before {
    content: counter(step) '.';
    flex: none;
    min-width: 1.5em;
    font-weight: 700;
  }
  .check-head input {
    flex: none;
    margin: 0.25em 0 0;
  }
  .check-head label {
    font-weight: 600;
    cursor: pointer;
  }
  .done .check-head label {
    color: var(--_muted);
  }
  .check-detail {
    margin-inline-start: 3.625em;
  }
  .progress {
    color: var(--_muted);
  }

  .author-notice {
    margin: 0.75em 0;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_warning);
    background: var(--_surface-raised);
    color: var(--_text);
    font-size: 0.875em;
  }

  .disclaimer {
    margin-top: 1.25em;
    padding-top: 0.75em;
    border-top: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.875em;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }

  @media (forced-colors: active) {
    button,
    .call-button {
      border: 2px solid ButtonText;
      forced-color-adjust: auto;
    }
  }

  @media print {
    :host {
      padding: 0;
    }
    button,
    input[type='checkbox'] {
      display: none !important;
    }
  }

  /* Pre-rendered (src/ssr.ts) and the script not yet run, or blocked: everything to read shows, and
     no control that would do nothing. Controls keep their place, invisible (so nothing moves when
     the script arrives) and appear once the element is defined; the diagnosis questions, a long
     form that only works with the script, are left out until then. */
  :host(:not(:defined)) :is(input, select, button, .progress, .copy-row, .region-choice, .recall-form) {
    visibility: hidden !important;
  }
  :host(:not(:defined)) :is(.questions, fieldset) {
    display: none !important;
  }

  /* The space the lower part takes while a first render shows the upper part (one turn). */
  .lower-reserve {
    min-height: var(--_lower-reserve, 40rem);
  }
`;
