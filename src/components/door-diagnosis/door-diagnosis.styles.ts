import { css } from 'lit';

export const diagnosisStyles = css`
  /* Danger red marks danger alone (the call, "not safe", the safety question): "most likely" has the accent. */
  :host {
    --_band-most: var(--door-diagnosis-band-most-likely, var(--_accent));
    --_band-possible: var(--door-diagnosis-band-possible, var(--_border));
    --_band-less: var(--door-diagnosis-band-less-likely, var(--_muted));
  }

  fieldset {
    margin: 0 0 1em;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  legend {
    padding: 0 0.25em;
    font-weight: 600;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_surface);
    cursor: pointer;
    flex: 1 1 12em;
  }
  .option:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    background: var(--_surface-raised);
  }
  .option input {
    inline-size: 24px;
    block-size: 24px;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .hint {
    margin: 0.25em 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .trapped {
    border: 2px solid var(--_danger);
  }

  /* Sticky only where it leaves room (WCAG 1.4.10). While keyboard focus is in the questions it
     steps out of the way; where :has(:focus-visible) does not apply (WebKit), the element scrolls
     a covered control into view instead (WCAG 2.4.11). */
  .leader {
    position: static;
    bottom: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25em 0.75em;
    margin: 0.75em calc(-1 * var(--_space)) 0;
    padding: 0.5em var(--_space);
    border-top: 2px solid var(--_accent);
    background: var(--_surface);
  }
  /* Sticky only on screens taller than 700 px: on a shorter phone it would cover the verdict or
     the next question, so there it stays in the flow. */
  @media (min-height: 701px) {
    .leader {
      position: sticky;
    }
    .questions:has(:focus-visible) .leader {
      position: static;
    }
  }
  .leader p {
    margin: 0;
    font-weight: 600;
  }
  #results-heading:focus {
    outline: none;
  }
  #results-heading:focus-visible {
    outline: 3px solid var(--_focus);
  }

  .escalation {
    margin: 0 0 1.5em;
    padding: 0.75em;
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .escalation door-emergency-steps {
    padding: 0;
  }

  .causes {
    list-style: none;
    padding: 0;
  }
  .cause {
    margin: 0 0 1em;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_band-less);
    border-radius: var(--_radius);
  }
  .cause.most-likely {
    border-inline-start-color: var(--_band-most);
  }
  .cause.possible {
    border-inline-start-color: var(--_band-possible);
  }
  .cause-heading {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
    margin: 0;
    font-size: 1.0625em;
  }
  .band {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 700;
    white-space: nowrap;
  }
  .most-likely .band {
    color: var(--_band-most);
  }
  .possible .band {
    color: var(--_band-possible);
  }
  .less-likely .band {
    color: var(--_band-less);
  }
  .reasons {
    margin: 0.25em 0;
  }
  details {
    margin-top: 0.5em;
  }
  summary {
    min-height: 44px;
    display: flex;
    align-items: center;
    cursor: pointer;
    font-weight: 600;
    color: var(--_accent);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 0.75em;
    margin: 0.5em 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  @container (max-width: 30em) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-bottom: 0.5em;
    }
  }

  .driving {
    padding: 0.75em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .driving.not-safe {
    border-color: var(--_danger);
  }
  .verdict {
    font-size: 1.125em;
    font-weight: 700;
  }
  .not-safe .verdict {
    color: var(--_danger);
  }

  .summary-text {
    margin: 0.5em 0;
    padding: 0.75em;
    background: var(--_surface-raised);
    border-radius: calc(var(--_radius) / 2);
    font: inherit;
    /* Line breaks kept; spaces that end a line wrap too (a reader's wide word spacing never pushes past the edge). */
    white-space: break-spaces !important;
    overflow-wrap: anywhere;
  }

  /* Unset mode: one question at a time where the element is phone-narrow, all at once where it is wider. */
  .auto-guided {
    display: none;
  }
  @container (max-width: 30em) {
    .auto-guided {
      display: block;
    }
    .auto-form {
      display: none;
    }
  }

  .question-number {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .guided-question:focus,
  .guided-result-heading:focus {
    outline: none;
  }
  .guided-question:focus-visible,
  .guided-result-heading:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .choice {
    flex: 1 1 12em;
    justify-content: flex-start;
    text-align: start;
  }
  .choice[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .guided-start {
    padding: 0.75em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .guided-result {
    margin: 0 0 1em;
    padding: 0.75em;
    border: 2px solid var(--_band-most);
    border-radius: var(--_radius);
  }
  .guided-result-heading {
    margin-top: 0;
  }
  .guided-causes {
    list-style: none;
    padding: 0;
  }
  .guided-verdict {
    font-size: 1.0625em;
  }
  .guided-not-safe,
  [data-verdict='not-safe'] .guided-verdict {
    color: var(--_danger);
  }
  .guided-actions,
  .guided-nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0.5em 0;
  }
  .guided-answers ul {
    list-style: none;
    padding: 0;
  }
  .guided-answers li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25em 0.75em;
  }
  .form-view .presentation-toggle {
    margin: 0 0 0.75em;
  }

  @media print {
    details > *:not(summary) {
      display: block;
    }
    .leader {
      display: none;
    }
    /* On paper: the answers given (their list unfolds, as every <details> does) and the result,
       never a question waiting for a tap. */
    .guided-question,
    .guided-start,
    .guided-nav {
      display: none;
    }
  }
`;
