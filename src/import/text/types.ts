/** What the extractor finds in minutes and agenda text, with character offsets into the decoded text. */

export interface Span {
  /** UTF-16 offset of the first character, into the decoded text. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
}

/** A citation keeps the words it was read from. */
export interface Cited extends Span {
  text: string;
}

export interface DecisionCitation extends Cited {
  type: 'decision';
  /** Canonical body name: "Regionstyrelsen", "Hälso- och sjukvårdsnämnden", "SVOM". */
  body: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text allows. */
  date: string;
  /** The last day of a meeting that ran over several days. */
  dateEnd?: string;
  paragraph: number | null;
  /** The wording that ties this decision to another ("förlängdes", "reviderade", "föreslå"). */
  relation: RelationWord;
  /**
   * Who acts: the cited decision on an earlier one ("Beslutet förlängdes 2020-08-25 § 134"), or the
   * meeting on the cited decision ("§ 184 … som nu revideras").
   */
  actor: 'cited' | 'meeting';
  /** The body a proposing decision proposes to ("att föreslå regionfullmäktige"), when named. */
  proposedTo: string | null;
}

export interface CaseCitation extends Cited { type: 'case'; number: string }

export interface LawCitation extends Cited {
  type: 'law';
  /** SFS number ("2017:725") or, for agency regulations, the designation ("LVFS 2012:8"); null when unknown. */
  sfs: string | null;
  name: string;
  chapter: number | null;
  section: string | null;
}

export type DocumentSeries = 'SOU' | 'JO' | 'prop.' | 'Ds' | 'dir.';
export interface DocumentCitation extends Cited { type: 'document'; series: DocumentSeries; number: string }

export interface MotionCitation extends Cited {
  type: 'motion';
  motionType: 'motion' | 'initiativärende';
  author: string;
  party: string | null;
  title: string | null;
}

export interface AssignmentCitation extends Cited {
  type: 'assignment';
  /** Who is given the task, as the text names it ("regiondirektören"). */
  to: string;
  task: string;
  /** The report-back date, when the text gives one. */
  due: string | null;
}

export type Citation = DecisionCitation | CaseCitation | LawCitation | DocumentCitation | MotionCitation | AssignmentCitation;
export type CitationType = Citation['type'];

/** How the wording around a cited decision relates it to another decision. */
export type RelationWord = 'cites' | 'proposes' | 'extends' | 'amends' | 'answers' | 'repeals' | 'supersedes';

/** One agenda item or minutes paragraph. */
export interface Item extends Span {
  /** The item's number in the agenda, when stated. */
  number: number | null;
  /** The meeting's own paragraph (§) for the item, in minutes. */
  paragraph: number | null;
  heading: string | null;
}

/** The document's own context, given on the command line or found in the text. */
export interface ExtractContext {
  org?: string | undefined;
  body?: string | undefined;
  date?: string | undefined;
}

export interface Extraction {
  /** The decoded text every offset points into. */
  text: string;
  title: string | null;
  docType: 'agenda' | 'minutes';
  /** The organization whose bodies the text speaks of. */
  org: string | null;
  /** The body whose meeting the document records. */
  body: string | null;
  /** The meeting date. */
  date: string | null;
  items: Item[];
  citations: Citation[];
  /** Where the text names the body a proposal goes to ("föreslår regionfullmäktige"). */
  proposals: Array<{ start: number; end: number; to: string }>;
  warnings: string[];
  /** The index of the sentence holding an offset, so that citations can be grouped by sentence. */
  sentenceAt: (offset: number) => number;
  /** The sentence holding an offset. */
  sentenceAround: (offset: number) => Span;
}
