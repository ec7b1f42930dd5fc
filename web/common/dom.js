/* Atelier Quiz — DOM helpers that only ever create text nodes.
 *
 * Quiz text comes from a file someone else wrote: it must never be parsed as HTML. Every
 * helper here sets text with createTextNode/textContent, attributes with setAttribute, and
 * there is no helper taking markup. (No HTML-parsing property anywhere in the web code: a test greps
 * for it.) */
'use strict';

const AQDom = (() => {
  /** el('button', {class: 'big', type: 'button'}, 'Valider', child…): an element with
   * attributes and children; strings become text nodes. `on*` keys of the form
   * {onclick: fn} become event listeners, never attributes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name.startsWith('on') && typeof value === 'function') {
        node.addEventListener(name.slice(2), value);
      } else if (value === true) {
        node.setAttribute(name, '');
      } else {
        node.setAttribute(name, String(value));
      }
    }
    append(node, children);
    return node;
  }

  function append(node, ...children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(typeof child === 'string' || typeof child === 'number'
        ? document.createTextNode(String(child)) : child);
    }
    return node;
  }

  /** Replaces every child of `node` by `children`. */
  function replace(node, ...children) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return append(node, children);
  }

  /** Says `text` through the polite live region `region` (cleared first so a repeated
   * sentence is read again). */
  function announce(region, text) {
    region.textContent = '';
    window.setTimeout(() => { region.textContent = text; }, 50);
  }

  /** Moves the keyboard focus to `node` (made focusable if it is a heading). */
  function focus(node) {
    if (!node) return;
    if (!node.hasAttribute('tabindex') && !/^(BUTTON|INPUT|TEXTAREA|SELECT|A)$/.test(node.tagName)) {
      node.setAttribute('tabindex', '-1');
    }
    node.focus({ preventScroll: false });
  }

  return { el, append, replace, announce, focus };
})();
