/**
 * A `<script type="application/json">` element carrying `value` for the
 * page's scripts: data, never run, so the strict CSP allows it. Escaping
 * `<` keeps a value containing `</script>` or `<!--` from ending the
 * element early; JSON.parse reads `\u003c` back as `<`. Built here rather
 * than in the template because Prettier's Edge plugin reformats a script
 * element's content as JavaScript.
 */
export function jsonScriptElement(id: string, value: unknown): string {
  const json = JSON.stringify(value).replaceAll('<', '\\u003c')
  return `<script type="application/json" id="${id}">${json}</script>`
}
