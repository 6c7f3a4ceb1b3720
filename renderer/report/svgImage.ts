/**
 * SVG strings (charts, map previews) are shown as images: an <img> never runs scripts, so even a
 * hostile document cannot execute through them, and the CSP allows data: images.
 */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
