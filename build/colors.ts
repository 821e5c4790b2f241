/**
 * The light colours of the page's design tokens (src/styles/tokens.css), for drawings made
 * without a browser (the link previews): an image renderer knows no CSS variables. Each
 * colour there is `--name: light-dark(light, dark)`; a plain `--name: value` is taken as it is.
 */
export function lightColors(css: string): Map<string, string> {
  const colors = new Map<string, string>()
  for (const [, name, value] of css.matchAll(/--([a-z0-9-]+):\s*([^;]+);/g)) {
    if (!name || !value || colors.has(name)) continue
    const pair = /^light-dark\(\s*([^,]+?)\s*,/.exec(value.trim())
    colors.set(name, pair?.[1] ?? value.trim())
  }
  return colors
}

/** Replaces every `var(--name)` in a colour with the light value; unknown names stay. */
export const resolveColor = (colors: Map<string, string>) => (color: string) =>
  color.replace(/var\(--([a-z0-9-]+)\)/g, (whole, name: string) => colors.get(name) ?? whole)
