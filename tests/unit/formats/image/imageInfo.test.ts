import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import { imageInfo } from '../../../../shared/formats/image/imageInfo';

/** A real 3x2 PNG (8-bit grey), built chunk by chunk; the CRCs are not checked by imageInfo. */
function png(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    new DataView(out.buffer).setUint32(0, data.length);
    out.set(Buffer.from(type, 'ascii'), 4);
    out.set(data, 8);
    return out;
  };
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const raw = new Uint8Array((width + 1) * height);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
}

/** A JPEG's markers up to its start of frame: SOI, an APP0 segment, then SOF2 (progressive) with the size. */
function jpeg(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0', 'ascii'), 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof = [0xff, 0xc2, 0x00, 0x11, 8, height >> 8, height & 255, width >> 8, width & 255, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return Uint8Array.from([0xff, 0xd8, ...app0, ...sof, 0xff, 0xd9]);
}

describe('imageInfo', () => {
  it('reads a PNG’s type and size from its header', () => {
    expect(imageInfo(png(300, 120))).toEqual({ mimeType: 'image/png', width: 300, height: 120 });
  });

  it('reads a JPEG’s size from its start of frame, past the segments before it', () => {
    expect(imageInfo(jpeg(640, 480))).toEqual({ mimeType: 'image/jpeg', width: 640, height: 480 });
  });

  it('refuses what is neither, or cut before its size', () => {
    expect(imageInfo(new TextEncoder().encode('GIF89a......'))).toBeNull();
    expect(imageInfo(png(3, 2).subarray(0, 20))).toBeNull();
    expect(imageInfo(jpeg(10, 10).subarray(0, 22))).toBeNull();
    expect(imageInfo(new Uint8Array())).toBeNull();
  });
});
