/** SVG text to a PNG blob on a canvas, at a scale clamped to Chromium's 16,384 px canvas limit. */
import { clampScale } from '../../shared/render';

export interface RasterResult {
  blob: Blob;
  scale: number;
  width: number;
  height: number;
}

export async function rasterizeSvg(
  svg: string,
  width: number,
  height: number,
  requestedScale: number,
): Promise<RasterResult> {
  const scale = clampScale(width, height, requestedScale);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.floor(width * scale));
    canvas.height = Math.max(1, Math.floor(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error(`the image is too large to encode (${canvas.width}×${canvas.height} px)`);
    return { blob, scale, width: canvas.width, height: canvas.height };
  } finally {
    URL.revokeObjectURL(url);
  }
}
