// The charts drawn to PNG by resvg with the bundled Liberation Sans, as the Word report embeds them.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createNodeSvgRasterizer } from '../../../../cli/nodeSvgRasterizer';
import { barChartSvg } from '../../../../shared/report/charts/barChart';
import { stackedBarChartSvg } from '../../../../shared/report/charts/stackedBarChart';
import { RASTER_ZOOM } from '../../../../shared/report/charts/svgRasterizer';

/** The RGBA (or RGB) pixels of a non-interlaced 8-bit PNG, unfiltered: enough to count ink. */
function pixels(png: Uint8Array): { width: number; height: number; channels: number; rows: Uint8Array[] } {
  const view = Buffer.from(png);
  expect(view.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const data: Buffer[] = [];
  while (offset < view.length) {
    const length = view.readUInt32BE(offset);
    const type = view.toString('latin1', offset + 4, offset + 8);
    const body = view.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect(body[8]).toBe(8);
      channels = body[9] === 6 ? 4 : body[9] === 2 ? 3 : body[9] === 4 ? 2 : 1;
    } else if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows: Uint8Array[] = [];
  let previous = new Uint8Array(stride);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)] as number;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = new Uint8Array(stride);
    for (let x = 0; x < stride; x += 1) {
      const a = x >= channels ? (out[x - channels] as number) : 0;
      const b = previous[x] as number;
      const c = x >= channels ? (previous[x - channels] as number) : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const predictor = [0, a, b, Math.floor((a + b) / 2), pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter] as number;
      out[x] = ((line[x] as number) + predictor) & 0xff;
    }
    rows.push(out);
    previous = out;
  }
  return { width, height, channels, rows };
}

/** Share of pixels that are dark (text, bars) in a horizontal band of the image. */
function darkShare(image: ReturnType<typeof pixels>, fromRow: number, toRow: number): number {
  let dark = 0;
  let all = 0;
  for (const row of image.rows.slice(fromRow, toRow)) {
    for (let x = 0; x < image.width; x += 1) {
      const i = x * image.channels;
      const lightness = ((row[i] as number) + (row[i + 1] as number) + (row[i + 2] as number)) / 3;
      if (lightness < 128) dark += 1;
      all += 1;
    }
  }
  return dark / all;
}

describe('the Node SVG rasterizer', () => {
  const rasterize = createNodeSvgRasterizer();

  it('draws a bar chart at twice its size, with its bars and its title in ink', async () => {
    const svg = barChartSvg({
      title: 'Belägg per kategori – åäö',
      description: 'Antal belägg per kategori',
      groups: [{ label: 'Lokal nivå', bars: [{ label: 'Nätverk', value: 4 }, { label: 'Förankring', value: 2 }] }],
      width: 600,
    });
    const height = Number(/height="(\d+)"/.exec(svg)?.[1]);
    const { png, width: w, height: h } = await rasterize(svg);
    expect(w).toBe(600 * RASTER_ZOOM);
    expect(h).toBe(height * RASTER_ZOOM);
    const image = pixels(png);
    expect([image.width, image.height]).toEqual([w, h]);
    // Not blank: the title's band (top 20 SVG px, past the padding) has text in it, and the whole has bars.
    expect(darkShare(image, 16 * RASTER_ZOOM, 36 * RASTER_ZOOM)).toBeGreaterThan(0.01);
    expect(darkShare(image, 0, h)).toBeGreaterThan(0.02);
  });

  it('draws text with the bundled font: the same chart twice gives the same bytes, a changed label other bytes', async () => {
    const chart = (label: string) =>
      stackedBarChartSvg({
        title: 'Bedömningar',
        description: 'Fördelning',
        series: [{ label: 'Uppnått', colour: '#1a7f37' }, { label: 'Delvis', colour: '#f2c744' }],
        bars: [{ label, values: [3, 1] }],
      });
    const first = await rasterize(chart('Lärande'));
    const again = await rasterize(chart('Lärande'));
    const other = await rasterize(chart('Lärandx'));
    expect(Buffer.from(again.png).equals(Buffer.from(first.png))).toBe(true);
    expect(Buffer.from(other.png).equals(Buffer.from(first.png))).toBe(false);
  });
});
