import { css } from 'lit';

/** The drawings' look: the element's tokens, dark mode through them, forced colours and print. */
export const pictureStyles = css`
  .picture {
    margin: 0.75em 0 1em;
  }
  .picture svg {
    display: block;
    inline-size: 100%;
    max-inline-size: 26rem;
    block-size: auto;
    color: var(--_text);
  }
  .picture .panel {
    fill: var(--_surface-raised);
    stroke: var(--_border);
    stroke-width: 2;
  }
  .picture .part,
  .picture .slot {
    fill: var(--_surface);
    stroke: currentColor;
    stroke-width: 2;
  }
  .picture .slot {
    stroke-dasharray: 4 3;
  }
  .picture .link,
  .picture .detail,
  .picture .arrow,
  .picture .leader-line {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  .picture .link {
    stroke-width: 4;
  }
  .picture .leader-line {
    stroke: var(--_muted);
  }
  .picture svg .hot {
    fill: var(--_accent);
    stroke: var(--_accent);
    stroke-width: 4;
  }
  .picture svg .link.hot {
    fill: none;
    stroke-width: 6;
  }
  .picture .marker circle {
    fill: var(--_surface);
    stroke: currentColor;
    stroke-width: 2;
  }
  .picture .marker.hot circle {
    fill: var(--_accent);
    stroke: var(--_accent);
  }
  .picture text {
    fill: currentColor;
    stroke: none;
    font-size: 13px;
    font-weight: 700;
  }
  .picture .marker.hot text {
    fill: var(--_on-accent);
  }
  .picture .legend {
    margin: 0.5em 0 0;
  }
  .picture .legend .tag {
    color: var(--_accent);
  }
  .picture-caption {
    color: var(--_muted);
    font-size: 0.875em;
  }

  @media (forced-colors: active) {
    .picture svg {
      forced-color-adjust: none;
      color: CanvasText;
    }
    .picture .panel,
    .picture .part,
    .picture .slot,
    .picture .marker circle {
      fill: Canvas;
      stroke: CanvasText;
    }
    .picture .leader-line {
      stroke: CanvasText;
    }
    .picture svg .hot,
    .picture .marker.hot circle {
      fill: Highlight;
      stroke: Highlight;
    }
    .picture svg .link.hot {
      fill: none;
    }
    .picture text {
      fill: CanvasText;
    }
    .picture .marker.hot text {
      fill: HighlightText;
    }
    .picture .legend .tag {
      color: CanvasText;
    }
  }

  @media print {
    .picture svg {
      color: #000;
      break-inside: avoid;
    }
    .picture .panel,
    .picture .part,
    .picture .marker circle {
      fill: #fff;
    }
    .picture svg .hot,
    .picture .marker.hot circle {
      fill: #000;
      stroke: #000;
    }
    .picture svg .link.hot {
      fill: none;
    }
    .picture .marker.hot text {
      fill: #fff;
    }
  }
`;
