/** Official publications: "SOU 2020:82", "JO 1989/90 s. 392", "prop. 2019/20:1", "Ds 2019:12", "dir. 2018:27". */
import type { DocumentCitation, DocumentSeries } from './types.js';

const SERIES = /(?<![\p{L}\p{N}])(SOU|Ds|[Pp]rop\.|[Dd]ir\.|JO)\s{0,2}((?:19|20)\d{2}(?:\/\d{2,4})?(?::\d{1,4})?(?:\s?s\.\s?\d{1,5})?)(?![\d:/])/gu;

function seriesOf(word: string): DocumentSeries {
  const w = word.toLowerCase();
  if (w === 'sou') return 'SOU';
  if (w === 'ds') return 'Ds';
  if (w === 'prop.') return 'prop.';
  if (w === 'dir.') return 'dir.';
  return 'JO';
}

export function findDocuments(scan: string, text: string): DocumentCitation[] {
  const out: DocumentCitation[] = [];
  for (const m of scan.matchAll(SERIES)) {
    const series = seriesOf(m[1]!);
    const number = m[2]!.replace(/\s?s\.\s?/, ' s. ');
    // A report number needs its serial: "SOU 2020" alone is a year, "JO 1989/90 s. 392" a page.
    if (series === 'JO' ? !/\//.test(number) : !/:/.test(number)) continue;
    out.push({ type: 'document', series, number, start: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length) });
  }
  return out;
}
