// Draws the report's charts in Node (the command line and the tests): resvg's WebAssembly and pdfjs-dist's
// Liberation Sans are read from node_modules. In the CLI bundle both packages stay external.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { resvgRasterizer, type SvgRasterizer } from '../shared/report/charts/svgRasterizer';

/** The font files the charts are set in (pdfjs-dist ships them under the SIL Open Font Licence). */
export const CHART_FONT_FILES = ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf'];

export function createNodeSvgRasterizer(): SvgRasterizer {
  return resvgRasterizer(async () => {
    const require = createRequire(import.meta.url);
    const fontDir = join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts');
    const [wasm, ...fonts] = await Promise.all([
      readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')),
      ...CHART_FONT_FILES.map((name) => readFile(join(fontDir, name))),
    ]);
    return { wasm: wasm as Uint8Array, fonts: fonts.map((font) => new Uint8Array(font)), family: 'Liberation Sans' };
  });
}
