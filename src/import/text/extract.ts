/** Reads one document's text into its items and citations. */
import { findAssignments } from './assignments.js';
import { findBodies, isProposedTo, withOwnBody } from './bodies.js';
import { findCases } from './cases.js';
import { detectContext, yearResolver } from './context.js';
import { formatDate, findDates } from './dates.js';
import { findDecisions } from './decisions.js';
import { findDocuments } from './documents.js';
import { splitItems } from './items.js';
import { findLaws } from './laws.js';
import { findMotions } from './motions.js';
import { scanCopy } from './normalise.js';
import { findParagraphs } from './paragraphs.js';
import { Sentences } from './sentences.js';
import type { Citation, ExtractContext, Extraction } from './types.js';

export function extractText(text: string, given: ExtractContext = {}): Extraction {
  const scan = scanCopy(text);
  const sentences = new Sentences(scan);
  const items = splitItems(scan);
  const dates = findDates(scan);
  const named = findBodies(scan);
  const ctx = detectContext(scan, given, items, named, dates);
  const bodies = withOwnBody(scan, named, ctx.ownBody);
  const yearFor = yearResolver(ctx, dates, (offset) => sentences.around(offset).start);

  const laws = findLaws(scan, text);
  // The meeting's own paragraph headings ("§ 130 Motion om …") are items, not citations.
  const headings = new Set(items.filter((i) => i.paragraph !== null).map((i) => scan.indexOf('§', i.start)));
  const paragraphs = findParagraphs(scan).filter((p) => !headings.has(p.start));
  const decisions = findDecisions({ scan, text, sentences, dates, paragraphs, bodies, lawSpans: laws, ownBody: ctx.ownBody, yearFor });
  const contextYear = ctx.meetingDate?.year ?? ctx.usualYear;
  const citations: Citation[] = [
    ...decisions.citations,
    ...findCases(scan, text),
    ...laws,
    ...findDocuments(scan, text),
    ...findMotions(scan, text, sentences),
    ...findAssignments(scan, text, sentences, dates, contextYear),
  ].sort((a, b) => a.start - b.start || a.end - b.end);

  const hasOwnParagraphs = items.some((i) => i.paragraph !== null);
  const m = ctx.meetingDate;
  return {
    text,
    title: ctx.title,
    docType: hasOwnParagraphs || /protokoll/i.test(ctx.title ?? '') ? 'minutes' : 'agenda',
    org: ctx.org,
    body: ctx.ownBody?.canonical ?? null,
    date: m ? formatDate({ year: m.year, month: m.month, day: m.day }) : null,
    items,
    citations,
    proposals: bodies.filter((b) => isProposedTo(scan, b)).map((b) => ({ start: b.start, end: b.end, to: b.canonical })),
    warnings: [...ctx.warnings, ...decisions.warnings],
    sentenceAt: (offset) => sentences.indexAt(offset),
    sentenceAround: (offset) => {
      const s = sentences.around(offset);
      return { start: s.start, end: s.end };
    },
  };
}
