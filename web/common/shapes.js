/* Atelier Quiz — the answer shapes (A ▲, B ◆, C ●, D ■, E ★, F ⬟, G ⬢, H ✚) as inline SVG,
 * the same as src/ui/shapes.rs draws in the app, so a participant sees the same mark on the
 * projector, on paper and on their phone. Drawn with createElementNS, never from markup or
 * glyphs (fonts lack them), and always next to the letter: colour is never the only cue. */
'use strict';

const AQShapes = (() => {
  const SVG = 'http://www.w3.org/2000/svg';
  const NAMES = ['triangle', 'diamond', 'circle', 'square', 'star', 'pentagon', 'hexagon', 'cross'];

  function polygon(cx, cy, r, sides, rotation) {
    const points = [];
    for (let k = 0; k < sides; k += 1) {
      const a = rotation + (2 * Math.PI * k) / sides;
      points.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
    }
    return points;
  }

  function pointsAttr(points) {
    return points.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join(' ');
  }

  function star(cx, cy, r) {
    const up = -Math.PI / 2;
    const outer = polygon(cx, cy, r, 5, up);
    const inner = polygon(cx, cy, r * 0.42, 5, up + Math.PI / 5);
    const points = [];
    for (let k = 0; k < 5; k += 1) points.push(outer[k], inner[k]);
    return points;
  }

  function shapeNode(index) {
    const c = 50;
    const r = 50;
    const up = -Math.PI / 2;
    const make = (tag, attrs) => {
      const node = document.createElementNS(SVG, tag);
      for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
      return node;
    };
    switch (NAMES[index % NAMES.length]) {
      case 'triangle': return make('polygon', { points: pointsAttr(polygon(c, c + r * 0.15, r, 3, up)) });
      case 'diamond': return make('polygon', { points: pointsAttr(polygon(c, c, r, 4, up)) });
      case 'circle': return make('circle', { cx: c, cy: c, r: r * 0.85 });
      case 'square': return make('rect', { x: c - r * 0.75, y: c - r * 0.75, width: r * 1.5, height: r * 1.5 });
      case 'star': return make('polygon', { points: pointsAttr(star(c, c, r)) });
      case 'pentagon': return make('polygon', { points: pointsAttr(polygon(c, c, r, 5, up)) });
      case 'hexagon': return make('polygon', { points: pointsAttr(polygon(c, c, r, 6, 0)) });
      default: {
        const t = r * 0.36;
        return make('path', {
          d: `M${c - r * 0.9},${c - t}H${c + r * 0.9}V${c + t}H${c - r * 0.9}Z`
            + `M${c - t},${c - r * 0.9}H${c + t}V${c + r * 0.9}H${c - t}Z`,
        });
      }
    }
  }

  /** An <svg> of answer `index`'s shape, hidden from screen readers (the letter and the
   * shape's name are said by the text next to it). */
  function answerShape(index, className) {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '-2 -2 104 104');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    svg.setAttribute('class', className || 'shape');
    svg.appendChild(shapeNode(index));
    return svg;
  }

  /** A drawn mark: 'check' (✔) or 'cross' (✘), hidden from screen readers. */
  function mark(kind, className) {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 100 100');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    svg.setAttribute('class', className || 'mark');
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', kind === 'check' ? 'M12,52 L38,78 L90,22' : 'M20,20 L80,80 M20,80 L80,20');
    path.setAttribute('fill', 'none');
    path.setAttribute('stroke', 'currentColor');
    path.setAttribute('stroke-width', '14');
    path.setAttribute('stroke-linecap', 'round');
    path.setAttribute('stroke-linejoin', 'round');
    svg.appendChild(path);
    return svg;
  }

  /** The translation key of answer `index`'s shape name ("shape.triangle"). */
  function nameKey(index) {
    return `shape.${NAMES[index % NAMES.length]}`;
  }

  /** The letter of answer `index`: A, B, C… */
  function letter(index) {
    return String.fromCharCode(65 + (index % 26));
  }

  return { answerShape, mark, nameKey, letter };
})();
