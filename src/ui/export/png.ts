/**
 * A chart as a PNG of its own size: the standalone SVG (the same draw step as on the page) is
 * loaded as an image from a blob URL of this page and painted on a canvas over white. Needs no
 * inline script, only images from `blob:` (docs/keep-share-export.md, "Content-Security-Policy").
 */

/** The pixel size an SVG's markup declares (draw.ts writes width and height on every chart). */
export function svgSize(markup: string): { width: number; height: number } {
  const tag = /<svg\b[^>]*>/.exec(markup)?.[0] ?? '';
  const read = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(tag)?.[1] ?? Number.NaN);
  return { width: Math.round(read('width')), height: Math.round(read('height')) };
}

/** PNG bytes of `markup`, `scale` pixels per SVG unit. */
export async function svgToPng(markup: string, scale = 1): Promise<Blob> {
  const { width, height } = svgSize(markup);
  if (!(width > 0 && height > 0)) throw new Error('the chart has no size yet');
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
