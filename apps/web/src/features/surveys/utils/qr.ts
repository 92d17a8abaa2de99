/** An SVG document as an image address (`img-src 'self' data:` allows it; no markup is put into the page). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
