import { css } from 'lit';

/**
 * The drawings' look, from four colours: lines, fills, highlight and the text on it. They follow
 * the element's tokens (so dark mode and a host's theme reach them); forced colours and print
 * only swap the four.
 */
export const pictureStyles = css`
  .picture {
    --_pic-line: var(--_text);
    --_pic-fill: var(--_surface);
    --_pic-panel: var(--_surface-raised);
    --_pic-hot: var(--_accent);
    --_pic-on-hot: var(--_on-accent);
    margin: 0.75em 0 1em;
  }
  .picture svg {
    display: block;
    inline-size: 100%;
    max-inline-size: 26rem;
    block-size: auto;
    fill: none;
    stroke: var(--_pic-line);
    stroke-width: 2;
  }
  .part,
  .slot,
  .marker circle {
    fill: var(--_pic-fill);
  }
  .panel {
    fill: var(--_pic-panel);
  }
  .slot {
    stroke-dasharray: 4 3;
  }
  .link {
    stroke-width: 4;
  }
  svg .hot,
  .marker.hot circle {
    fill: var(--_pic-hot);
    stroke: var(--_pic-hot);
    stroke-width: 5;
  }
  svg .link.hot {
    fill: none;
  }
  /* Words and numbers in the drawing: filled, never outlined by the stroke they inherit. */
  .picture text {
    fill: var(--_pic-line);
    stroke: none;
    font-size: 13px;
    font-weight: 700;
  }
  .picture .marker.hot text {
    fill: var(--_pic-on-hot);
  }
  .legend {
    margin: 0.5em 0 0;
  }
  .legend .tag {
    color: var(--_pic-hot);
  }
  .picture-caption {
    color: var(--_muted);
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .picture {
      --_pic-line: CanvasText;
      --_pic-fill: Canvas;
      --_pic-panel: Canvas;
      --_pic-hot: Highlight;
      --_pic-on-hot: HighlightText;
    }
    /* The drawing keeps its system colours (the highlight must stay a highlight); the legend is forced like any text. */
    .picture svg {
      forced-color-adjust: none;
    }
    .legend .tag {
      color: CanvasText;
    }
  }
  @media print {
    .picture {
      --_pic-line: #000;
      --_pic-fill: #fff;
      --_pic-panel: #fff;
      --_pic-hot: #000;
      --_pic-on-hot: #fff;
      break-inside: avoid;
    }
  }
`;
