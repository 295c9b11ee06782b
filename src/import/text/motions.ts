/**
 * Motions and initiativärenden with their author and party: "Elin Hoffner (V) har lämnat in en motion
 * om långvarig smärta", "Motion 2005:6 av Birgitta Rydberg m.fl. (fp) om …", "initiativärende från …".
 */
import type { Sentences } from './sentences.js';
import type { MotionCitation } from './types.js';

const ANCHOR = /(?<![\p{L}])(motion(?:en)?|initiativärende(?:t)?)(?![\p{L}])/giu;
const NAME = String.raw`[A-ZÅÄÖÉ][\p{Ll}]{1,20}(?:-[A-ZÅÄÖ][\p{Ll}]{1,20})?(?: (?:af |von |de )?[A-ZÅÄÖÉ][\p{Ll}]{1,20}(?:-[A-ZÅÄÖ][\p{Ll}]{1,20})?){1,2}`;
/** The author before the word: "Bengt Bergqvist (S) har inkommit med ett". */
const AUTHOR_BEFORE = new RegExp(String.raw`(${NAME})(?: m\.fl\.)? ?\(([A-Za-zÅÄÖåäö]{1,4})\)[^()]{0,60}$`, 'u');
/** The author after the word: "2005:6 av Birgitta Rydberg m.fl. (fp)", "från Jenny Sellsve (S)". */
const AUTHOR_AFTER = new RegExp(String.raw`^(?:\s\d{4}:\d{1,4})?\s(?:av|från)\s(${NAME})(?: m\.fl\.)? ?\(([A-Za-zÅÄÖåäö]{1,4})\)`, 'u');
const TITLE = /^[^.\n]{0,80}?\s(om|angående|gällande|rörande|avseende)\s([^.\n?!]{2,160})/u;

export function findMotions(scan: string, text: string, sentences: Sentences): MotionCitation[] {
  const out: MotionCitation[] = [];
  for (const m of scan.matchAll(ANCHOR)) {
    const sentence = sentences.around(m.index);
    const anchorEnd = m.index + m[0].length;
    const before = scan.slice(Math.max(sentence.start, m.index - 160), m.index);
    const after = scan.slice(anchorEnd, Math.min(sentence.end, anchorEnd + 240));
    let author: RegExpExecArray | null = AUTHOR_AFTER.exec(after);
    let start = m.index;
    let end = anchorEnd + (author ? author[0].length : 0);
    if (!author) {
      author = AUTHOR_BEFORE.exec(before);
      if (author) start = m.index - before.length + author.index;
    }
    if (!author) continue;
    const party = author[2]!.toUpperCase();
    const rest = scan.slice(end, Math.min(sentence.end, end + 240));
    const title = TITLE.exec(rest);
    if (title) end += title[0].length;
    end = Math.min(end, sentence.end);
    const titleText = title ? `${title[1]} ${title[2]!.trim().replace(/[\s,;:]+$/, '')}` : null;
    out.push({
      type: 'motion',
      motionType: /^initiativ/i.test(m[1]!) ? 'initiativärende' : 'motion',
      author: author[1]!,
      party: /^[A-ZÅÄÖ]{1,4}$/.test(party) ? party : null,
      title: titleText,
      start,
      end,
      text: text.slice(start, end),
    });
  }
  return out;
}
