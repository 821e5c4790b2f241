/**
 * The image sizes a chart can be downloaded in, as the buttons under every chart offer
 * them: the button's label, the file name's suffix, and whether the image draws the
 * chart's short version (a slide or a feed image keeps every bar readable). Their
 * dimensions and type sizes are in export-layout.ts (`EXPORT_SIZES`), loaded on the first
 * click. A new size is an entry here and one there.
 */
export const EXPORT_PRESETS = [
  // Short labels keep the row on one line on a phone; «Last ned:» says what they do.
  { size: 'standard', label: 'PNG', suffix: '', shortChart: false },
  { size: 'lysbilde', label: 'Lysbilde 16:9', suffix: '-16x9', shortChart: true },
  { size: 'sosial', label: 'Sosiale medier 4:5', suffix: '-4x5', shortChart: true },
] as const

export type ExportSize = (typeof EXPORT_PRESETS)[number]['size']
export type ExportPreset = (typeof EXPORT_PRESETS)[number]
