import { css } from 'lit';

export const repairCostStyles = css`
  :host {
    --_highlight: var(--repair-cost-highlight, var(--_accent));
  }
  .expected {
    margin: 0.75em 0 1em;
    padding: 0.75em;
    border: 2px solid var(--_highlight);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .expected-range {
    margin: 0.25em 0;
    font-size: 1.375em;
    font-weight: 700;
  }
  .rows {
    list-style: none;
    padding: 0;
  }
  .row {
    margin: 0 0 0.75em;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .row.highlighted {
    border: 2px solid var(--_highlight);
  }
  .row-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25em 1em;
    align-items: baseline;
  }
  .row-name {
    margin: 0;
    font-size: 1em;
  }
  .range {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    /* May wrap: a range such as "$300 to $700 or more", at a reader's wide spacing, must not push past the edge. */
  }
  .tag {
    display: inline-block;
    margin-top: 0.25em;
    padding: 0 0.5em;
    border-radius: 999px;
    background: var(--_highlight);
    color: var(--_on-accent);
    font-size: 0.8125em;
    font-weight: 700;
  }
  .source,
  .expected-source {
    margin: 0.25em 0;
    font-size: 0.875em;
    font-weight: 600;
  }
  .source:not(.from-shop) {
    color: var(--_muted);
  }
  .expected-note {
    margin: 0.25em 0;
  }
  .row p {
    margin: 0.25em 0;
  }
  .takeaway .current {
    font-weight: 700;
  }
  .cta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0 0 1em;
  }
  .cta[hidden] {
    display: none;
  }
  .cta a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) / 1.5);
    font-weight: 600;
    text-decoration: none;
  }
  .cta a.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
`;
