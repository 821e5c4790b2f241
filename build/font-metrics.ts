/**
 * Advance widths read from a TrueType font file: the `cmap` (format 4, the Unicode BMP
 * subtable), `hmtx` and `head` tables. Enough to check the width table that the static
 * charts wrap their labels with (src/static-chart/text-width.ts) against the font the
 * link previews are drawn in (build/fonts), so the two cannot drift apart.
 */

function tables(font: Buffer): Map<string, { offset: number; length: number }> {
  const count = font.readUInt16BE(4)
  const map = new Map<string, { offset: number; length: number }>()
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16
    map.set(font.toString('latin1', at, at + 4), {
      offset: font.readUInt32BE(at + 8),
      length: font.readUInt32BE(at + 12),
    })
  }
  return map
}

/** The glyph id of each BMP code point the font maps (cmap format 4). */
function glyphIds(font: Buffer, cmapOffset: number): Map<number, number> {
  const subtables = font.readUInt16BE(cmapOffset + 2)
  let format4 = -1
  for (let i = 0; i < subtables; i++) {
    const at = cmapOffset + 4 + i * 8
    const platform = font.readUInt16BE(at)
    const encoding = font.readUInt16BE(at + 2)
    const offset = cmapOffset + font.readUInt32BE(at + 4)
    if (font.readUInt16BE(offset) === 4 && (platform === 3 || platform === 0) && encoding <= 1) {
      format4 = offset
      break
    }
  }
  if (format4 < 0) throw new Error('font: no Unicode BMP cmap (format 4)')
  const segments = font.readUInt16BE(format4 + 6) / 2
  const ends = format4 + 14
  const starts = ends + segments * 2 + 2
  const deltas = starts + segments * 2
  const rangeOffsets = deltas + segments * 2
  const map = new Map<number, number>()
  for (let s = 0; s < segments; s++) {
    const end = font.readUInt16BE(ends + s * 2)
    const start = font.readUInt16BE(starts + s * 2)
    const delta = font.readInt16BE(deltas + s * 2)
    const rangeOffset = font.readUInt16BE(rangeOffsets + s * 2)
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff
      else {
        const at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2
        const raw = font.readUInt16BE(at)
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff
      }
      if (glyph !== 0) map.set(c, glyph)
    }
  }
  return map
}

/** Each mapped character's advance width, in units of the em (1 = the font size). */
export function advanceWidths(font: Buffer): Map<string, number> {
  const t = tables(font)
  const head = t.get('head')
  const hhea = t.get('hhea')
  const hmtx = t.get('hmtx')
  const cmap = t.get('cmap')
  if (!head || !hhea || !hmtx || !cmap) throw new Error('font: a table is missing')
  const unitsPerEm = font.readUInt16BE(head.offset + 18)
  const metrics = font.readUInt16BE(hhea.offset + 34)
  const advanceOf = (glyph: number) =>
    font.readUInt16BE(hmtx.offset + Math.min(glyph, metrics - 1) * 4) / unitsPerEm
  const widths = new Map<string, number>()
  for (const [code, glyph] of glyphIds(font, cmap.offset)) {
    widths.set(String.fromCodePoint(code), advanceOf(glyph))
  }
  return widths
}
