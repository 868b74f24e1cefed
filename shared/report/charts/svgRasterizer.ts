import { initWasm, Resvg } from '@resvg/resvg-wasm';

/** A chart's SVG drawn as a PNG: its bytes and its size in pixels. */
export interface RasterImage {
  png: Uint8Array;
  width: number;
  height: number;
}

/**
 * The port the Word rendering draws charts through: SVG in (shared/report/charts), PNG out. The shells
 * implement it with resvg (WebAssembly) and a bundled font, in Node (cli/nodeSvgRasterizer.ts) and in a
 * Web Worker (renderer/services/workers/workerSvgRasterizer.ts), so a chart looks the same on every machine.
 */
export type SvgRasterizer = (svg: string) => Promise<RasterImage>;

/** What resvg needs, loaded by a shell: its WebAssembly module and the font files charts are set in. */
export interface ResvgAssets {
  wasm: ArrayBuffer | Uint8Array;
  /** TrueType files; the family of the first answers for `sans-serif` and for a family not loaded. */
  fonts: Uint8Array[];
  /** Their family name, e.g. `Liberation Sans` (pdfjs-dist's standard fonts). */
  family: string;
}

/** Pixels per SVG pixel: charts are drawn at twice their size, sharp when printed. */
export const RASTER_ZOOM = 2;

let initialised: Promise<void> | null = null;

/** resvg's module can be initialised once per JavaScript realm; every rasterizer here shares it. */
function initialiseOnce(wasm: ArrayBuffer | Uint8Array): Promise<void> {
  initialised ??= initWasm(wasm).catch((error: unknown) => {
    initialised = null;
    throw error;
  });
  return initialised;
}

/**
 * A rasterizer over resvg: `load` is called once, on the first chart, and its assets are kept. Text resolves
 * to the loaded family only (no system fonts), so the PNG is the same in Node and in the browser.
 */
export function resvgRasterizer(load: () => Promise<ResvgAssets>): SvgRasterizer {
  let assets: Promise<ResvgAssets> | null = null;
  return async (svg) => {
    // A failed load (a fetch refused) is tried again on the next chart, not kept.
    assets ??= load().catch((error: unknown) => {
      assets = null;
      throw error;
    });
    const { wasm, fonts, family } = await assets;
    await initialiseOnce(wasm);
    const resvg = new Resvg(svg, {
      font: { fontBuffers: fonts, defaultFontFamily: family, sansSerifFamily: family },
      fitTo: { mode: 'zoom', value: RASTER_ZOOM },
      background: '#ffffff',
    });
    try {
      const image = resvg.render();
      try {
        return { png: image.asPng(), width: image.width, height: image.height };
      } finally {
        image.free();
      }
    } finally {
      resvg.free();
    }
  };
}
