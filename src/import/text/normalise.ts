/**
 * A scanning copy of the decoded text with exactly the same length, so that every offset found in
 * the copy is an offset into the decoded text. Odd spaces and control characters become spaces; in
 * HTML, tags, scripts and styles become spaces and entities become their character padded with spaces.
 */

const ODD_SPACE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00a0\u00ad\u2000-\u200b\u202f\u205f\u3000\ufeff\t\r]/g;
const TAG = /<[^<>]{0,2000}>/g;
const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi;
const NAMED: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", sect: '§', ndash: '–', mdash: '—',
  aring: 'å', auml: 'ä', ouml: 'ö', Aring: 'Å', Auml: 'Ä', Ouml: 'Ö', eacute: 'é', rdquo: '”', ldquo: '“',
};

export function looksLikeHtml(text: string): boolean {
  return /<(?:!doctype|html|head|body|p|div|br|table|span|script)\b/i.test(text.slice(0, 20_000));
}

function blank(length: number): string {
  return ' '.repeat(length);
}

/** Blanks `<script>…</script>` and `<style>…</style>` with indexOf scans (no regex backtracking). */
function blankBlocks(text: string, tag: string): string {
  const lower = text.toLowerCase();
  const parts: string[] = [];
  let from = 0;
  for (;;) {
    const open = lower.indexOf(`<${tag}`, from);
    if (open < 0) break;
    const close = lower.indexOf(`</${tag}>`, open);
    const end = close < 0 ? text.length : close + tag.length + 3;
    parts.push(text.slice(from, open), blank(end - open));
    from = end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

function decodeEntity(whole: string, body: string): string {
  let ch: string | undefined;
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    ch = code > 0 && code < 0x10000 ? String.fromCharCode(code) : undefined;
  } else ch = NAMED[body];
  // Padding goes before the character, so that "&sect; 39" still reads as "§ 39".
  return ch === undefined ? whole : blank(whole.length - 1) + ch;
}

export function scanCopy(text: string): string {
  let out = text.replace(ODD_SPACE, ' ');
  if (looksLikeHtml(out)) {
    out = blankBlocks(blankBlocks(out, 'script'), 'style');
    out = out.replace(TAG, (m) => (/^<(?:br|p|div|li|tr|h\d)\b/i.test(m) || /^<\/(?:p|div|li|tr|h\d)/i.test(m) ? '\n' + blank(m.length - 1) : blank(m.length)));
    out = out.replace(ENTITY, (m, body: string) => decodeEntity(m, body));
  }
  return out;
}
