/**
 * The pdf.js options every loader uses (Node and browser): no eval, no font loading into a page, no
 * system fonts, packed character maps, quiet. The loaders add the data, the password and where pdf.js
 * finds its data files.
 */
export const PDFJS_OPTIONS = {
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  cMapPacked: true,
  verbosity: 0,
} as const;
