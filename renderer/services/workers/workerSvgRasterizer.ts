// Draws the report's charts inside the report worker: resvg's WebAssembly and pdfjs-dist's Liberation Sans
// are Vite assets, fetched from the app's own origin (the CSP allows 'self' and WebAssembly compilation).
import resvgWasmUrl from '@resvg/resvg-wasm/index_bg.wasm?url';
import regularFontUrl from 'pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf?url';
import boldFontUrl from 'pdfjs-dist/standard_fonts/LiberationSans-Bold.ttf?url';
import { resvgRasterizer, type SvgRasterizer } from '../../../shared/report/charts/svgRasterizer';

async function bytesAt(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export function createWorkerSvgRasterizer(): SvgRasterizer {
  return resvgRasterizer(async () => {
    const [wasm, ...fonts] = await Promise.all([resvgWasmUrl, regularFontUrl, boldFontUrl].map(bytesAt));
    return { wasm: wasm as Uint8Array, fonts, family: 'Liberation Sans' };
  });
}
