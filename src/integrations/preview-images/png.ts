import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';

/** An RGB picture kept as PNG rows (each behind its filter byte, 0: none), so it is written as is. */
export interface PngRows {
	width: number;
	height: number;
	/** Bytes per row: the filter byte and three per pixel. */
	stride: number;
	rows: Buffer;
}

/** A blank picture in PNG rows. */
export function pngRows(width: number, height: number): PngRows {
	const stride = width * 3 + 1;
	return { width, height, stride, rows: Buffer.alloc(stride * height) };
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** zlib's header for a deflate stream with a 32 KB window. */
const ZLIB_HEADER = Buffer.from([0x78, 0x01]);
const ADLER_BASE = 65521;

/** A PNG chunk: length, type, data and the CRC of type and data. */
function chunk(type: string, ...data: Buffer[]): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(
		data.reduce((sum, part) => sum + part.length, 0),
		0
	);
	head.write(type, 4, 'latin1');
	let crc = crc32(head.subarray(4));
	for (const part of data) crc = crc32(part, crc);
	const tail = Buffer.alloc(4);
	tail.writeUInt32BE(crc >>> 0, 0);
	return Buffer.concat([head, ...data, tail]);
}

/** Adler-32 of bytes, as zlib's trailer holds it. */
function adler32(bytes: Uint8Array): number {
	let a = 1;
	let b = 0;
	for (let i = 0; i < bytes.length;) {
		const end = Math.min(bytes.length, i + 5552);
		for (; i < end; i++) {
			a += bytes[i]!;
			b += a;
		}
		a %= ADLER_BASE;
		b %= ADLER_BASE;
	}
	return ((b << 16) | a) >>> 0;
}

/** The Adler-32 of two runs of bytes one after the other, from each one's (zlib's adler32_combine). */
function combineAdler32(first: number, second: number, secondLength: number): number {
	const rem = secondLength % ADLER_BASE;
	let sum1 = first & 0xffff;
	let sum2 = (rem * sum1) % ADLER_BASE;
	sum1 += (second & 0xffff) + ADLER_BASE - 1;
	sum2 += (first >>> 16) + (second >>> 16) + ADLER_BASE - rem;
	sum1 %= ADLER_BASE;
	sum2 %= ADLER_BASE;
	return ((sum2 << 16) | sum1) >>> 0;
}

/**
 * Writes pictures whose first `fixedTop` rows never change as PNGs, compressing those rows once:
 * a deflate stream may be cut where the compressor's dictionary was reset (a full flush), so the
 * fixed rows' compressed bytes are reused, and only the rows below are compressed per picture,
 * with zlib's checksum of the whole combined from both parts'.
 */
export function pngWriter(picture: PngRows, fixedTop: number, level: number): () => Buffer {
	const { width, height, stride, rows } = picture;
	const split = fixedTop * stride;
	const top = rows.subarray(0, split);
	const topDeflated = deflateRawSync(top, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
	const topAdler = adler32(top);
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.writeUInt8(8, 8); // bits per channel
	header.writeUInt8(2, 9); // RGB
	const start = Buffer.concat([SIGNATURE, chunk('IHDR', header)]);
	const end = chunk('IEND');
	return () => {
		// zlib-wrapped, so its trailer carries the Adler-32 of the rows below the fixed ones.
		const rest = deflateSync(rows.subarray(split), { level });
		const adler = Buffer.alloc(4);
		adler.writeUInt32BE(
			combineAdler32(topAdler, rest.readUInt32BE(rest.length - 4), rows.length - split),
			0
		);
		const idat = chunk('IDAT', ZLIB_HEADER, topDeflated, rest.subarray(2, rest.length - 4), adler);
		return Buffer.concat([start, idat, end]);
	};
}
