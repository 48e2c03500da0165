import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The text of the QR code in a PNG screenshot, read by an independent decoder (jsQR). */
export function decodeQr(png: Buffer): string | undefined {
	const image = PNG.sync.read(png);
	return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}
