import { PassThrough, Readable } from 'node:stream';

/** A readable over bytes, in chunks of `size` bytes (to cut characters and BOMs apart). */
export const bytesStream = (bytes: Uint8Array, size = 7): Readable => {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(Buffer.from(bytes.subarray(i, i + size)));
  return Readable.from(chunks);
};

/** A writable that collects text. */
export const collector = (): { stream: PassThrough; text: () => string } => {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (d: Buffer) => {
    text += d.toString('utf8');
  });
  return { stream, text: () => text };
};

/** Encode a string as UTF-16 with a BOM. */
export const utf16 = (s: string, endian: 'le' | 'be'): Uint8Array => {
  const buf = Buffer.alloc(2 + s.length * 2);
  buf.writeUInt16LE(0xfeff, 0);
  for (let i = 0; i < s.length; i++) buf.writeUInt16LE(s.charCodeAt(i), 2 + 2 * i);
  if (endian === 'be') buf.swap16();
  return buf;
};
