/** Turns raw bytes into text: UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252. */

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const latin1 = new TextDecoder('windows-1252');

/**
 * Windows-1252 bytes 0x80–0x9F as characters. Some Node builds decode "windows-1252" as plain
 * Latin-1, which leaves these bytes as control characters; the table puts the dashes, quotes and
 * other printable characters back.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeBytes(bytes: Uint8Array): Decoded {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = latin1.decode(bytes).replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]!);
    return { text, encoding: 'windows-1252' };
  }
}
