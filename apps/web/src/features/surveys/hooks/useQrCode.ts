import { toString as qrSvg } from 'qrcode';
import { useEffect, useState } from 'react';
import { svgDataUrl } from '../utils/qr';

/**
 * The QR code of `text` as an SVG image address (vector: sharp at any printed size), or `failed`.
 * Error correction M survives a creased or slightly dirty poster.
 */
export function useQrCode(text: string): { src: string | null; failed: boolean } {
  const [state, setState] = useState<{ text: string; src: string | null; failed: boolean }>({ text: '', src: null, failed: false });
  useEffect(() => {
    let current = true;
    qrSvg(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then(
      (svg) => current && setState({ text, src: svgDataUrl(svg), failed: false }),
      () => current && setState({ text, src: null, failed: true }),
    );
    return () => {
      current = false;
    };
  }, [text]);
  return state.text === text ? { src: state.src, failed: state.failed } : { src: null, failed: false };
}
