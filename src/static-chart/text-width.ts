/**
 * Text widths without a browser: the advance widths of DejaVu Sans (book and bold), in
 * thousandths of an em, for the characters the charts use. Wide among common sans-serif
 * fonts, so a label wrapped with these widths fits in system fonts too; and the font the
 * link previews are drawn in (build/fonts), so there they are exact. A unit test reads
 * them back out of the font file. Kerning is left out (a fraction of a per cent).
 */

const CHARS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' +
  '\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ' +
  '\u2009\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u202f\u2212'

const BOOK = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636,
  636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632,
  575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685,
  611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579,
  278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
  318, 401, 636, 636, 636, 636, 337, 500, 500, 1000, 471, 612, 838, 361, 1000, 500, 500, 838, 401,
  401, 500, 636, 636, 318, 500, 401, 471, 612, 969, 969, 969, 531, 684, 684, 684, 684, 684, 684,
  974, 698, 632, 632, 632, 632, 295, 295, 295, 295, 775, 748, 787, 787, 787, 787, 787, 838, 787,
  732, 732, 732, 732, 611, 605, 630, 613, 613, 613, 613, 613, 613, 982, 550, 615, 615, 615, 615,
  278, 278, 278, 278, 612, 634, 612, 612, 612, 612, 612, 838, 612, 634, 634, 634, 634, 592, 635,
  592, 200, 500, 1000, 318, 318, 518, 518, 1000, 200, 838,
]

const BOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696,
  696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683,
  683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771,
  724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665,
  343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
  348, 456, 696, 696, 636, 696, 365, 500, 500, 1000, 564, 646, 838, 415, 1000, 500, 500, 838, 438,
  438, 500, 736, 636, 380, 500, 438, 564, 646, 1035, 1035, 1035, 580, 774, 774, 774, 774, 774, 774,
  1085, 734, 683, 683, 683, 683, 372, 372, 372, 372, 838, 837, 850, 850, 850, 850, 850, 838, 850,
  812, 812, 812, 812, 724, 738, 719, 675, 675, 675, 675, 675, 675, 1048, 593, 678, 678, 678, 678,
  343, 343, 343, 343, 687, 712, 687, 687, 687, 687, 687, 838, 687, 712, 712, 712, 712, 652, 716,
  652, 200, 500, 1000, 380, 380, 657, 657, 1000, 200, 838,
]

/** Each character's advance in em, book and bold; the table the width test checks. */
export const ADVANCES: ReadonlyMap<string, { book: number; bold: number }> = new Map(
  [...CHARS].map((c, i) => [c, { book: (BOOK[i] ?? 0) / 1000, bold: (BOLD[i] ?? 0) / 1000 }]),
)

/** A character the table lacks counts as wide as «M»: too wide rather than too narrow. */
const FALLBACK = ADVANCES.get('M') ?? { book: 0.863, bold: 0.995 }

/** The width of `text` in px at `fontSize`, in book or bold. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0
  for (const c of text) {
    const advance = ADVANCES.get(c) ?? FALLBACK
    em += bold ? advance.bold : advance.book
  }
  return em * fontSize
}

const BREAKING_SPACES = /[ \f\n\r\t\v\u2028\u2029]+/

/**
 * Words into lines no wider than `maxWidth`, the way the page's charts (Recharts' <Text>)
 * wrap a category label: a word joins the line while the line, the word and one no-break
 * space stay narrower than the width; a word wider than that stands alone.
 * `measureSize`: the font size the widths are measured at (Recharts measures the label
 * in the page's own font size, 16 px, though it draws it smaller).
 */
export function wrapWords(text: string, maxWidth: number, measureSize: number): string[] {
  const space = textWidth('\u00a0', measureSize)
  const lines: { words: string[]; width: number }[] = []
  for (const word of text.split(BREAKING_SPACES)) {
    const width = textWidth(word, measureSize)
    const line = lines.at(-1)
    if (line && line.width + width + space < maxWidth) {
      line.words.push(word)
      line.width += width + space
    } else lines.push({ words: [word], width })
  }
  return lines.map((l) => l.words.join(' '))
}
