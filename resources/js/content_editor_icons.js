/*
 * Drawn icons for the toolbar buttons that have no fitting text character
 * (the emoji ones depend on fonts many systems lack). Built as DOM nodes
 * with presentation attributes only, which the strict CSP allows.
 */
const SVG = 'http://www.w3.org/2000/svg'

const SHAPES = {
  link: [
    ['path', { d: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1' }],
    ['path', { d: 'M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1' }],
  ],
  image: [
    ['rect', { x: 3, y: 4, width: 18, height: 16, rx: 2 }],
    ['circle', { cx: 8.5, cy: 9.5, r: 1.5 }],
    ['path', { d: 'M21 16l-6-6L5 20' }],
  ],
}

/** The icon named `name` as an <svg> element, or null when there is none. */
export function toolbarIcon(name) {
  const shapes = SHAPES[name]
  if (!shapes) return null
  const svg = document.createElementNS(SVG, 'svg')
  const attributes = {
    'viewBox': '0 0 24 24',
    'width': 18,
    'height': 18,
    'fill': 'none',
    'stroke': 'currentColor',
    'stroke-width': 2,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
    'aria-hidden': 'true',
    'focusable': 'false',
  }
  for (const [key, value] of Object.entries(attributes)) svg.setAttribute(key, String(value))
  for (const [tag, shapeAttributes] of shapes) {
    const shape = document.createElementNS(SVG, tag)
    for (const [key, value] of Object.entries(shapeAttributes)) shape.setAttribute(key, String(value))
    svg.append(shape)
  }
  return svg
}
