/** The SVG as a data URL for an <img> (the browser draws it as an image: nothing in it runs or is read as HTML). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** The size an SVG of the chart module declares (its width and height attributes). */
export function svgSize(svg: string): { width: number; height: number } {
  const width = /\bwidth="(\d+)"/.exec(svg);
  const height = /\bheight="(\d+)"/.exec(svg);
  return { width: Number(width?.[1] ?? 760), height: Number(height?.[1] ?? 400) };
}

/** The SVG drawn onto a canvas at `scale` (sharper on screens and in documents) and encoded as PNG. */
export async function svgToPng(svg: string, scale = 2): Promise<Uint8Array> {
  const { width, height } = svgSize(svg);
  const image = new Image();
  image.decoding = 'async';
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The chart could not be drawn.'));
  });
  image.src = svgDataUrl(svg);
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No canvas to draw the chart on.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The chart could not be encoded as PNG.');
  return new Uint8Array(await blob.arrayBuffer());
}
