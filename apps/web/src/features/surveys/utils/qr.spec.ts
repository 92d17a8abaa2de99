import { toString as qrSvg } from 'qrcode';
import { svgDataUrl } from './qr';

describe('the poster’s QR code', () => {
  it('is an SVG image address that holds the whole SVG', async () => {
    const svg = await qrSvg('https://ob.example/ankieta/Ab3dEf7hJk', { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    const src = svgDataUrl(svg);
    expect(src.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    const decoded = decodeURIComponent(src.slice(src.indexOf(',') + 1));
    expect(decoded).toBe(svg);
    expect(decoded).toMatch(/^<svg [^>]*viewBox=/);
    expect(decoded).not.toMatch(/style=|<script/);
  });
});
