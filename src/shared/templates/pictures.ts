import { html, svg, nothing, type SVGTemplateResult } from 'lit';
import type { DiagnosisText, SharedText } from '../../data/types.js';
import type { ReleasePart } from '../../data/release-parts.js';
import { fill } from '../../logic/template.js';

/**
 * The two drawings: where a child lock sits, and how the inside release works. Inline SVG drawn
 * in the element's own colours (classes only, no style attributes: strict CSP), named by a text
 * alternative that says the same, with a numbered legend in HTML so the words wrap and translate.
 */

/** A numbered marker with a leader line to the part it names. */
const marker = (n: number, x: number, y: number, toX: number, toY: number, hot = false) =>
  svg`<g class="marker ${hot ? 'hot' : ''}">
    <line x1=${x} y1=${y} x2=${toX} y2=${toY}></line>
    <circle cx=${x} cy=${y} r="10"></circle>
    <text x=${x} y=${y + 4} text-anchor="middle">${n}</text>
  </g>`;

function figure(label: string, drawing: SVGTemplateResult, viewBox: string, legend: readonly { name: string; tag?: string }[], caption: string, name: string) {
  return html`<figure class="picture" data-picture=${name}>
    <svg role="img" aria-label=${label} viewBox=${viewBox} focusable="false">${drawing}</svg>
    <figcaption>
      <ol class="legend">
        ${legend.map((item) => html`<li class=${item.tag ? 'hot' : ''}>${item.name}${item.tag ? html` <strong class="tag">(${item.tag})</strong>` : nothing}</li>`)}
      </ol>
      <p class="picture-caption">${caption}</p>
    </figcaption>
  </figure>`;
}

/** The back edge of an open rear door: the latch, and the child-lock lever below it with its two positions. */
export function childLockPicture(words: SharedText['childLockPicture']) {
  const drawing = svg`
    <rect class="panel" x="80" y="8" width="56" height="164" rx="8"></rect>
    <rect class="part" x="92" y="46" width="32" height="40" rx="4"></rect>
    <path d="M108 54 v24"></path>
    <rect class="slot" x="96" y="110" width="24" height="44" rx="4"></rect>
    <rect class="part hot" x="100" y="114" width="16" height="16" rx="3"></rect>
    <path d="M146 118 v28 M141 123 l5 -6 l5 6 M141 141 l5 6 l5 -6"></path>
    <text class="label" x="158" y="122">${words.unlocked}</text>
    <text class="label" x="158" y="150">${words.locked}</text>
    ${marker(1, 40, 24, 80, 24)} ${marker(2, 40, 66, 92, 66)} ${marker(3, 40, 122, 100, 122, true)}`;
  const { edge, latch, lever } = words.parts;
  return figure(words.description, drawing, '0 0 260 180', [{ name: edge }, { name: latch }, { name: lever }], words.caption, 'child-lock');
}

/**
 * Inside the door: handle → cable or rod → latch, the lock actuator beside the latch and the
 * child-lock lever on the edge. `highlighted` parts are drawn in the accent colour and named as
 * most likely in the legend (in words, not only colour).
 */
export function releasePicture(words: DiagnosisText['releasePicture'], highlighted: readonly ReleasePart[]) {
  const hot = (part: ReleasePart) => (highlighted.includes(part) ? 'hot' : '');
  const drawing = svg`
    <rect class="panel" x="8" y="8" width="304" height="164" rx="12"></rect>
    <rect class="part ${hot('handle')}" data-part="handle" x="36" y="70" width="50" height="18" rx="9"></rect>
    <path class="link ${hot('link')}" data-part="link" d="M86 79 C150 79 170 98 236 96"></path>
    <rect class="part ${hot('latch')}" data-part="latch" x="236" y="66" width="44" height="54" rx="5"></rect>
    <path d="M258 76 v34"></path>
    <rect class="part ${hot('actuator')}" data-part="actuator" x="222" y="134" width="44" height="26" rx="4"></rect>
    <path d="M250 134 v-14"></path>
    <rect class="part ${hot('childLock')}" data-part="childLock" x="288" y="128" width="14" height="24" rx="3"></rect>
    ${marker(1, 60, 40, 60, 70, hot('handle') !== '')} ${marker(2, 160, 56, 160, 86, hot('link') !== '')}
    ${marker(3, 258, 34, 258, 66, hot('latch') !== '')} ${marker(4, 190, 148, 222, 148, hot('actuator') !== '')}
    ${marker(5, 295, 106, 295, 128, hot('childLock') !== '')}`;
  const names = (['handle', 'link', 'latch', 'actuator', 'childLock'] as const).map((part) => ({
    name: words.parts[part],
    tag: highlighted.includes(part) ? words.highlightedTag : undefined,
  }));
  const caption = highlighted.length
    ? `${words.caption} ${fill(words.highlighted, { parts: highlighted.map((part) => words.parts[part]).join('; ') })}`
    : words.caption;
  return figure(words.description, drawing, '0 0 320 180', names, caption, 'release');
}
