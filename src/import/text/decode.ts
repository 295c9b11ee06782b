/** Turns raw bytes into text: UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252. */

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const cp1252 = new TextDecoder('windows-1252');

export function decodeBytes(bytes: Uint8Array): Decoded {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: cp1252.decode(bytes), encoding: 'windows-1252' };
  }
}
