import { css } from 'lit';

export const emergencyStepsStyles = css`
  :host {
    --_call-bg: var(--door-emergency-steps-call-background, var(--_danger));
    --_call-fg: var(--door-emergency-steps-call-color, var(--_on-danger));
    --_call-min-height: var(--door-emergency-steps-call-min-height, 56px);
  }

  .short-answer {
    font-size: 1.125em;
    font-weight: 600;
  }

  .call {
    display: grid;
    gap: 0.5em;
    margin: 0.75em 0 1em;
    padding: 0.75em;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  /* The number in the short answer, a call link inside the sentence: at least a 24 px target. */
  .number-link {
    display: inline-block;
    min-width: 24px;
    min-height: 24px;
    line-height: 24px;
    text-align: center;
  }
  /* Step 5's own call link: a call is danger's colour, and a full-size target. */
  .step-call {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    color: var(--_danger);
    font-weight: 700;
  }
  .call-button {
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: max(44px, var(--_call-min-height));
    padding: 0.5em 1em;
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_call-bg);
    color: var(--_call-fg);
    font-size: 1.375em;
    font-weight: 700;
    text-decoration: none;
    text-align: center;
    pointer-events: auto;
  }
  .call-local {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    color: var(--_danger);
  }
  .say-words {
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_danger);
    background: var(--_surface-raised);
    font-size: 1.0625em;
  }
  .say-heading {
    margin: 0;
    font-size: 1em;
  }
  /* A real marker element: WebKit ignores ::marker content, and the words carry the caution anyway. */
  .do-nots {
    list-style: none;
    padding-inline-start: 0;
  }
  .do-nots li {
    display: flex;
    gap: 0.5em;
    margin: 0.375em 0;
  }
  .do-nots .marker {
    flex: none;
    color: var(--_danger);
    font-weight: 700;
  }

  .alternates {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .alternate {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    font-weight: 600;
    color: var(--_text);
  }
  .region-note {
    margin: 0;
  }
  .no-region {
    font-weight: 600;
  }
  .region-choice {
    display: grid;
    gap: 0.25em;
    font-size: 0.9375em;
  }
  .region-choice select {
    min-height: 44px;
    max-width: 100%;
    padding: 0.25em 0.5em;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .region:empty {
    display: none;
  }
  /* A link in running text, still a 24 px target at least (WCAG 2.5.8). */
  .recall-link {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }

  .recall-form {
    display: grid;
    gap: 0.5em;
  }
  .recall label {
    font-weight: 600;
  }
  .recall input {
    min-height: 44px;
    padding: 0.5em;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
    /* The reader's own spacing, not ours (WCAG 1.4.12); inputs do not inherit it by default. */
    letter-spacing: inherit;
    word-spacing: inherit;
    text-transform: uppercase;
    width: 100%;
  }
  .recall input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  .recall-form button {
    justify-self: start;
  }

  .collapsed {
    display: none;
  }
  /* Folded steps need the script's button to open: without it, they show. */
  :host(:not(:defined)) .collapsed {
    display: block;
  }

  @media print {
    .collapsed {
      display: block !important;
    }
    .call-button {
      background: none;
      color: inherit;
      border: 2px solid currentColor;
    }
    .recall-form {
      display: none;
    }
  }
`;
