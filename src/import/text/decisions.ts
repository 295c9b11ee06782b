/**
 * Decision citations: a paragraph sign with the nearest date before it in the same sentence, or a
 * date alone in a sentence that says a body decided; the body from the same sentence, else from the
 * sentence before, else the document's own body.
 */
import { isProposedTo, isReceiver, type BodyEntry, type BodyMention } from './bodies.js';
import { formatDate, formatDateEnd, type DateMention } from './dates.js';
import type { ParagraphRef } from './paragraphs.js';
import type { Sentences } from './sentences.js';
import { upperBound } from './sorted.js';
import type { DecisionCitation, RelationWord, Span } from './types.js';

export interface DecisionInputs {
  scan: string;
  text: string;
  sentences: Sentences;
  dates: DateMention[];
  paragraphs: ParagraphRef[];
  bodies: BodyMention[];
  /** Spans already read as law provisions ("2-6 §§ KL"). */
  lawSpans: Span[];
  ownBody: BodyEntry | null;
  /** Gives a year-less date ("den 13 oktober") its year. */
  yearFor: (d: DateMention) => number | null;
}

const DECISION_VERB = /(?<![\p{L}])(?:beslut|beslutet|beslutade|beslutades|beslutat|beslöt|fattade|fattat|fastställde|fastställdes|fastställt|antog|antogs|antagit|behandlade|behandlades|rekommenderade|rekommenderades|uppdrog|biföll|avslog|förlängdes|förlängde|reviderade|reviderades|godkände|godkändes|tillstyrkte)(?![\p{L}])/iu;
/** Words before a date that make it a period bound or a deadline, not a decision date. */
const NOT_DECISION_DATE = /(?:till|från|fr\.?\s?o\.?\s?m\.?|t\.?\s?o\.?\s?m\.?|senast|före|efter|sedan|under|per|perioden|mellan|och med|innan|ikraft|daterad|daterat|inkom|inkommen|skrivelse|för beslut|inför|nästa möte)\s{1,3}$/i;
const MAX_DATE_GAP = 300;
/** What may stand between a paragraph sign and a date written after it. */
const DATE_RIGHT_AFTER = /^[\s,(]{0,3}(?:den\s|från\s)?$/;
/** A bare year right after a body's name, not the start of a date, a range or a case number. */
const YEAR_AFTER_BODY = /^\s(?:år\s)?((?:19|20)\d{2})(?![\d\-–—/:])/;

/** Wording after a citation that says the meeting now acts on it: "en verksamhetsplan som nu revideras". */
const MEETING_ACTS = /^[^.;]{0,50}?\s(revideras|ändras|förlängs|upphävs|ersätts)(?![\p{L}])/iu;
const MEETING_WORDS: Record<string, RelationWord> = { revideras: 'amends', ändras: 'amends', förlängs: 'extends', upphävs: 'repeals', ersätts: 'supersedes' };

/** Any of the words below; most citations have none, and one test is cheaper than six. */
const ANY_WORDING = /förläng|revider|ändr|justera|upphäv|ersätt|besvar|föreslå|förslag/i;

function wordingBefore(s: string): RelationWord | null {
  if (!ANY_WORDING.test(s)) return null;
  if (/förläng/i.test(s)) return 'extends';
  if (/revider|ändra|ändring|justera/i.test(s)) return 'amends';
  if (/upphäv/i.test(s)) return 'repeals';
  if (/ersätt/i.test(s)) return 'supersedes';
  if (/besvar/i.test(s)) return 'answers';
  if (/föreslå|förslag/i.test(s)) return 'proposes';
  return null;
}

export function findDecisions(inp: DecisionInputs): { citations: DecisionCitation[]; warnings: string[] } {
  const { scan, text, sentences, dates, paragraphs, bodies } = inp;
  const out: DecisionCitation[] = [];
  const warnings: string[] = [];
  const used = new Set<DateMention>();
  const lawStarts = inp.lawSpans.map((s) => s.start);
  const overlapsLaw = (start: number, end: number) => {
    const i = upperBound(lawStarts, end) - 1;
    return i >= 0 && inp.lawSpans[i]!.end > start;
  };
  const bodyIndex = bodies.map((b) => b.start);
  const paragraphStarts = paragraphs.map((p) => p.start);
  const dateIndex = dates.map((d) => d.start);

  /** The deciding body of a citation spanning [start, end) in sentence `s`. */
  const bodyFor = (start: number, end: number, s: { start: number; end: number; index: number }, carry: boolean): BodyEntry | null => {
    for (let i = upperBound(bodyIndex, start) - 1; i >= 0 && bodies[i]!.start >= s.start; i--) {
      if (bodies[i]!.end > start) continue;
      if (!isReceiver(scan, bodies[i]!)) return bodies[i]!.entry;
      // A date alone is trusted only next to its decider: behind a receiver it is more likely a deadline.
      if (!carry) break;
    }
    for (let i = upperBound(bodyIndex, end); i < bodies.length && bodies[i]!.start < Math.min(s.end, end + 80); i++) {
      if (!isReceiver(scan, bodies[i]!)) return bodies[i]!.entry;
    }
    if (!carry) return null;
    // The sentence before: its last cited decision, else its last named body.
    const prevStart = sentences.startOf(s.index - 1);
    const prev = out.length ? out[out.length - 1]! : null;
    if (prev && prev.start >= prevStart) return bodyByCanonical.get(prev.body) ?? null;
    for (let i = upperBound(bodyIndex, s.start) - 1; i >= 0 && bodies[i]!.start >= prevStart; i--) {
      if (!isReceiver(scan, bodies[i]!)) return bodies[i]!.entry;
    }
    return inp.ownBody;
  };
  const bodyByCanonical = new Map<string, BodyEntry>(bodies.map((b) => [b.canonical, b.entry]));
  if (inp.ownBody) bodyByCanonical.set(inp.ownBody.canonical, inp.ownBody);

  const relationOf = (start: number, end: number, sentenceStart: number, sentenceEnd: number): { relation: RelationWord; actor: 'cited' | 'meeting' } => {
    const prevEnd = out.length ? out[out.length - 1]!.end : 0;
    const before = wordingBefore(scan.slice(Math.max(sentenceStart, prevEnd, start - 60), start));
    if (before) return { relation: before, actor: 'cited' };
    const after = scan.slice(end, Math.min(sentenceEnd, end + 60));
    if (/^\W{0,3}(?:(?:om\s)?att\s)?(?:föreslå|föreslagit|föreslog|hemställ)/i.test(after)) return { relation: 'proposes', actor: 'cited' };
    const acted = MEETING_ACTS.exec(after);
    return acted ? { relation: MEETING_WORDS[acted[1]!.toLowerCase()]!, actor: 'meeting' } : { relation: 'cites', actor: 'cited' };
  };

  /** The body named right after "föreslå" later in the sentence: "… § 213 att föreslå regionfullmäktige". */
  const proposedTo = (end: number, sentenceEnd: number): string | null => {
    for (let i = upperBound(bodyIndex, end); i < bodies.length && bodies[i]!.start < sentenceEnd; i++) {
      if (isProposedTo(scan, bodies[i]!)) return bodies[i]!.canonical;
    }
    return null;
  };

  const emit = (entry: BodyEntry, date: string, dateEnd: string | undefined, paragraph: number | null, start: number, end: number, s: { start: number; end: number }) => {
    const { relation, actor } = relationOf(start, end, s.start, s.end);
    const to = relation === 'proposes' ? proposedTo(end, s.end) : null;
    out.push({ type: 'decision', body: entry.canonical, date, ...(dateEnd ? { dateEnd } : {}), paragraph, relation, actor, proposedTo: to, start, end, text: text.slice(start, end) });
  };

  /** The date a paragraph sign belongs to: the nearest before it in its sentence. */
  const dateOf = (p: ParagraphRef): DateMention | null => {
    const sentenceStart = sentences.around(p.start).start;
    let before: DateMention | null = null;
    for (let i = upperBound(dateIndex, p.start) - 1; i >= 0; i--) {
      const c = dates[i]!;
      if (c.start < sentenceStart || p.start - c.end > MAX_DATE_GAP) break;
      if (c.end <= p.start) {
        before = p.year !== null && c.year !== null && c.year !== p.year ? null : c;
        break;
      }
    }
    // "§ 134, 2020-08-25", "§ 57 den 19 maj 2020": a date right after the sign wins over one before
    // that a body named in between shows to belong to another citation.
    const next = dates[upperBound(dateIndex, p.end - 1)];
    const after = next && p.year === null && DATE_RIGHT_AFTER.test(scan.slice(p.end, next.start)) ? next : null;
    if (after && (!before || upperBound(bodyIndex, before.end) < upperBound(bodyIndex, p.start))) return after;
    return before;
  };
  const candidates: Array<{ at: number; run: () => void }> = [];
  for (const p of paragraphs) {
    if (p.numbers.length === 0) continue;
    if (p.numberFirst && (overlapsLaw(p.start, p.end) || /kap\.?\s{0,3}$/.test(scan.slice(Math.max(0, p.start - 8), p.start)))) continue;
    const d = dateOf(p);
    if (d) used.add(d);
    candidates.push({ at: p.start, run: () => citeParagraph(p, d) });
  }
  for (const d of dates) candidates.push({ at: d.start, run: () => citeDateAlone(d) });
  for (const b of bodies) {
    const y = YEAR_AFTER_BODY.exec(scan.slice(b.end, b.end + 12));
    if (y) candidates.push({ at: b.end, run: () => citeYearAlone(b, b.end + y[0].length - y[1]!.length, Number(y[1])) });
  }
  // In document order, so that "the sentence before" already holds its citations.
  candidates.sort((a, b) => a.at - b.at);

  function citeParagraph(p: ParagraphRef, d: DateMention | null): void {
    const s = sentences.around(p.start);
    const year = d ? (d.year ?? inp.yearFor(d)) : p.year;
    if (year === null || year < 1800 || year > 2200) return;
    const date = d ? formatDate(d, year) : String(year);
    if (!date) return;
    const near = d && p.start - d.end <= 60 ? d.start : p.start;
    const entry = bodyFor(near, p.end, s, true);
    if (!entry) {
      warnings.push(`no body for the decision cited at chars ${p.start}-${p.end}; pass --body`);
      return;
    }
    const dateEnd = d ? formatDateEnd(d, year) : undefined;
    for (const n of p.numbers) if (n > 0) emit(entry, date, dateEnd, n, near, p.end, s);
  }

  /** Whether each sentence says that something was decided, computed once per sentence. */
  const decides = new Map<number, boolean>();
  const sentenceDecides = (s: { start: number; end: number; index: number }) => {
    let v = decides.get(s.index);
    if (v === undefined) decides.set(s.index, (v = DECISION_VERB.test(scan.slice(s.start, s.end))));
    return v;
  };

  function citeDateAlone(d: DateMention): void {
    if (used.has(d) || d.month === null) return;
    const s = sentences.around(d.start);
    if (!sentenceDecides(s)) return;
    if (NOT_DECISION_DATE.test(scan.slice(Math.max(0, d.start - 20), d.start))) return;
    const year = d.year ?? inp.yearFor(d);
    if (year === null) return;
    const entry = bodyFor(d.start, d.end, s, false);
    if (!entry) return;
    emit(entry, formatDate(d, year)!, formatDateEnd(d, year), null, d.start, d.end, s);
  }

  /** "beslutades av landstingsfullmäktige 1997": a body and a bare year, in a sentence that says it decided. */
  function citeYearAlone(b: BodyMention, at: number, year: number): void {
    const s = sentences.around(at);
    const d = dates[upperBound(dateIndex, at) - 1];
    const p = paragraphs[upperBound(paragraphStarts, at)];
    // Part of a date, or the year of a paragraph cited right after ("RF 2020 (§ 74/2020)").
    if (!sentenceDecides(s) || (d && at < d.end) || (p && p.start - at < 16)) return;
    emit(b.entry, String(year), undefined, null, b.start, at + 4, s);
  }

  for (const c of candidates) c.run();
  return { citations: out, warnings };
}
