/**
 * Turns one document's extraction into import-format data (`version: 1`): the document, its
 * organization and bodies, the decisions, cases, laws, motions and assignments it cites, and the
 * relations its wording states, every one sourced to a place in the document.
 */
import { bodyByName, bodyLexicon, bodyNamed, capitalise, type BodyEntry } from './bodies.js';
import { GraphBuilder, type SourceRef } from './graphNodes.js';
import { itemAt } from './items.js';
import { lawBySfs, lawTitle } from './lawNames.js';
import { upperBound } from './sorted.js';
import type { AssignmentCitation, Citation, DecisionCitation, Extraction, Item, RelationWord } from './types.js';
import type { RelationshipType } from '../../model/relationships.js';
import { authorityNode, findAuthority } from '../../model/authorities.js';
import { caseKey, textHash } from '../../model/ids.js';

export interface ImportDocument {
  version: 1;
  nodes: Array<Record<string, unknown>>;
  relationships: Array<Record<string, unknown>>;
}

const PARTIES: Record<string, string> = {
  S: 'Socialdemokraterna', M: 'Moderaterna', V: 'Vänsterpartiet', C: 'Centerpartiet', L: 'Liberalerna', FP: 'Folkpartiet',
  KD: 'Kristdemokraterna', MP: 'Miljöpartiet', SD: 'Sverigedemokraterna',
};
const LINEAGE: Partial<Record<RelationWord, RelationshipType>> = { extends: 'EXTENDS', amends: 'AMENDS', repeals: 'REPEALS', supersedes: 'SUPERSEDES' };
const QUOTE_MAX = 300;
const ANSWER_WORDING = /besvarad|bifall|biföll|avslå|avslog|avslag/i;

function sentenceText(x: Extraction, offset: number): string {
  const s = x.sentenceAround(offset);
  return x.text.slice(s.start, s.end);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A municipality or region is its reference node (SCB code and all); anything else an Organization. */
function orgKind(name: string): { kind: string; key: string; fields: Record<string, unknown> } {
  const authority = findAuthority(name);
  if (authority) {
    const { kind, ...fields } = authorityNode(authority);
    return { kind, key: authority.id, fields };
  }
  if (/^region\b|regionen$/i.test(name)) return { kind: 'Region', key: name, fields: { name } };
  return { kind: 'Organization', key: name, fields: { name, orgType: /landsting/i.test(name) ? 'landsting' : 'other' } };
}

/** "regiondirektören" → "Regiondirektör": an office is named in the indefinite form. */
function officeName(to: string): string | null {
  const m = /^(.*(?:direktör|chef|ordförande|samordnare))(?:en)?$/iu.exec(to.trim());
  return m ? capitalise(m[1]!) : null;
}

export function toGraph(x: Extraction, documentName: string, fileName: string, refPrefix: string): { data: ImportDocument; warnings: string[] } {
  const g = new GraphBuilder(refPrefix);
  const warnings: string[] = [];
  const doc = g.node('Document', documentName, {
    name: documentName, docType: x.docType, file: fileName,
    ...(x.date ? { date: x.date } : {}), ...(x.org ? { publisher: x.org } : {}), textHash: textHash(x.text),
  });
  const sourceOf = (c: { start: number; end: number; text?: string }, item: Item | null = itemAt(x.items, c.start)): SourceRef => {
    const where = item?.heading ? ` · ${item.heading.slice(0, 200)}` : item?.number != null ? ` · punkt ${item.number}` : '';
    const quote = (c.text ?? x.text.slice(c.start, c.end)).replace(/\s+/g, ' ').trim().slice(0, QUOTE_MAX);
    return { document: doc, locator: `chars ${c.start}-${c.end}${where}`, ...(quote ? { quote } : {}) };
  };

  const at = x.org ? x.text.indexOf(x.org) : -1;
  const orgSource: SourceRef = at >= 0 ? sourceOf({ start: at, end: at + x.org!.length }) : { document: doc, locator: `chars 0-${x.text.length}` };
  const orgRef = x.org ? (() => { const o = orgKind(x.org!); return g.node(o.kind, o.key, o.fields, orgSource); })() : null;
  if (!orgRef && x.citations.some((c) => c.type === 'decision')) warnings.push('no organization found in the text; pass --org to import its decisions');
  const boardRef = (entry: BodyEntry, src: SourceRef): string | null => {
    let owner = orgRef;
    if (entry.organization) owner = g.node('Organization', entry.organization.name, { name: entry.organization.name, orgType: entry.organization.orgType }, src);
    if (!owner) return null;
    return g.node('Board', `${owner}/${entry.canonical}`, {
      name: entry.canonical, organization: owner, boardType: entry.boardType, ...(entry.abbreviation ? { abbreviation: entry.abbreviation } : {}),
    }, src);
  };
  const entryFor = (canonical: string) => bodyLexicon.find((e) => e.canonical === canonical) ?? bodyByName(canonical);

  // The meeting's own decision on each minutes paragraph, or on each numbered agenda item.
  const own = new Map<Item, string>();
  const ownBody = x.body ? entryFor(x.body) : null;
  // Minutes or an agenda of a body on a day are that document, whatever file or title they come in.
  if (ownBody && x.date) {
    const issuer = boardRef(ownBody, orgSource);
    if (issuer) g.fieldsOf('Document', documentName)!.body = issuer;
  }
  if (ownBody && x.date && x.date.length === 10) {
    for (const item of x.items) {
      if (item.paragraph === null && item.number === null) continue;
      const src = sourceOf({ start: item.start, end: Math.min(item.end, item.start + 200) }, item);
      const body = boardRef(ownBody, src);
      if (!body) continue;
      const which = item.paragraph !== null ? { paragraph: item.paragraph } : { item: `punkt ${item.number}` };
      const key = item.paragraph !== null ? `${body}/${x.date.slice(0, 4)}/${item.paragraph}` : `${body}/${x.date}/punkt-${item.number}`;
      own.set(item, g.node('Decision', key, { body, date: x.date, ...which, ...(item.heading ? { title: item.heading.slice(0, 200) } : {}) }, src));
    }
  }
  const citer = (item: Item | null) => (item && own.get(item)) ?? doc;

  const decisionRefs = new Map<DecisionCitation, string>();
  const decisionKeys = new Map<string, string>();
  const decisionNode = (c: DecisionCitation, src: SourceRef): string | null => {
    const body = boardRef(entryFor(c.body), src);
    if (!body) return null;
    const key = c.paragraph !== null ? `${body}/${c.date.slice(0, 4)}/${c.paragraph}` : `${body}/${c.date}`;
    const known = g.fieldsOf('Decision', key);
    if (known && known.date !== c.date) {
      const d = String(known.date);
      if (c.date.startsWith(d)) known.date = c.date; // "i maj 2020" refined by "2020-05-19"
      else if (!d.startsWith(c.date)) warnings.push(`${c.body} § ${c.paragraph} is dated both ${d} and ${c.date}; keeping ${d}`);
    }
    const ref = g.node('Decision', key, { body, date: c.date, ...(c.dateEnd ? { dateEnd: c.dateEnd } : {}), ...(c.paragraph !== null ? { paragraph: c.paragraph } : {}) }, src);
    decisionKeys.set(ref, key);
    return ref;
  };

  const decisions = x.citations.filter((c): c is DecisionCitation => c.type === 'decision');
  const decisionIndex = new Map(decisions.map((d, i) => [d, i]));
  const motionsByItem = new Map<Item, Array<{ ref: string; src: SourceRef }>>();
  const decisionStarts = decisions.map((d) => d.start);
  const caseRefs = new Map<Citation, string>();
  for (const c of x.citations) {
    const item = itemAt(x.items, c.start);
    const src = sourceOf(c, item);
    const from = citer(item);
    switch (c.type) {
      case 'decision': {
        const ref = decisionNode(c, src);
        if (!ref) break;
        decisionRefs.set(c, ref);
        const lineage = LINEAGE[c.relation];
        const earlier = lineage && c.actor === 'cited' ? previousDecision(decisions, decisionIndex.get(c)!, item, x) : undefined;
        const earlierRef = earlier && decisionRefs.get(earlier);
        if (lineage && earlierRef && earlierRef !== ref) g.relationship(lineage, ref, earlierRef, src);
        else if (lineage && from !== doc) g.relationship(lineage, from, ref, src);
        else g.relationship('CITES', from, ref, src);
        if (c.relation === 'proposes') {
          // To the body the wording names; to this meeting's decision when it names this meeting's body or none.
          const toOwn = from !== doc && c.body !== ownBody?.canonical && (c.proposedTo === null || c.proposedTo === ownBody?.canonical);
          const target = toOwn ? from : c.proposedTo ? boardRef(entryFor(c.proposedTo), src) : null;
          if (target) g.relationship('PROPOSES', ref, target, src);
        }
        break;
      }
      case 'case':
        // A diarienummer is the document's organization's; without one it identifies no case.
        if (!orgRef) break;
        caseRefs.set(c, g.node('Case', `${orgRef}/${caseKey(c.number)}`, { number: c.number, organization: orgRef }, src));
        g.relationship('CITES', from, caseRefs.get(c)!, src);
        break;
      case 'law': {
        if (!c.sfs) break;
        const designation = c.sfs.includes(' ') ? c.sfs : `SFS ${c.sfs}`;
        const known = lawBySfs.get(c.sfs);
        const lawType = c.sfs.includes(' ') ? 'föreskrift' : (known?.lawType ?? (/förordning/i.test(c.name) ? 'förordning' : 'lag'));
        const law = g.node('Law', designation, { name: lawTitle(c.sfs, c.name), designation, lawType, ...(known?.abbreviation ? { shortName: known.abbreviation } : {}) }, src);
        if (c.chapter === 0) break; // "0 kap." names no chapter
        const target = c.section === null ? law
          : g.node('Provision', `${designation}/${c.chapter ?? 0}/${c.section}`, { law, ...(c.chapter !== null ? { chapter: c.chapter } : {}), section: c.section }, src);
        g.relationship('CITES', from, target, src);
        break;
      }
      case 'document': {
        const series = c.series === 'dir.' ? 'Dir.' : c.series === 'prop.' ? 'Prop.' : c.series;
        const name = `${series} ${c.number}`;
        const ref = c.series === 'prop.'
          ? g.node('Document', name, { name, docType: 'reference' })
          // The model's designations carry no abbreviation point: "Dir 2018:27".
          : g.node('Law', name, { name, designation: c.series === 'dir.' ? `Dir ${c.number}` : name, lawType: c.series === 'JO' ? 'beslut' : 'utredning' }, src);
        g.relationship('CITES', from, ref, src);
        break;
      }
      case 'motion': {
        if (!c.title) break;
        const party = c.party ? g.node('Party', c.party, { name: PARTIES[c.party] ?? c.party, abbreviation: c.party }, src) : null;
        const person = g.node('Person', c.author, { name: c.author, ...(party ? { party } : {}) }, src);
        const title = `${c.motionType === 'motion' ? 'Motion' : 'Initiativärende'} ${c.title}`;
        // A motion is put to the assembly; an initiativärende to a board this text need not name.
        const assembly = c.motionType === 'motion' ? boardRef(entryFor('Regionfullmäktige'), src) : null;
        const motion = g.node('Motion', `${c.author}/${title}`, { title, motionType: c.motionType, author: person, ...(assembly ? { submittedTo: assembly } : {}) }, src);
        g.relationship('CITES', from, motion, src);
        if (item) pushTo(motionsByItem, item, { ref: motion, src });
        break;
      }
      case 'assignment':
        assign(c, item, src);
        break;
    }
  }

  function assign(c: AssignmentCitation, item: Item | null, src: SourceRef): void {
    const decision = assigningDecision(decisions, decisionStarts, c, item, x);
    const by = (decision && decisionRefs.get(decision)) ?? (item ? own.get(item) : undefined);
    if (!by) return;
    const office = officeName(c.to);
    const body = bodyNamed(c.to);
    let target: string | null = null;
    if (office && orgRef) target = g.node('Office', `${orgRef}/${office}`, { name: office, organization: orgRef }, src);
    else if (body) target = boardRef(body, src);
    else target = g.node('Organization', c.to, { name: capitalise(c.to), orgType: 'unit' }, src);
    if (target) g.relationship('ASSIGNS', by, target, src, { task: c.task.slice(0, 1000), ...(c.due ? { due: c.due } : {}) });
  }

  // The decision that answers a motion: one cited in a sentence saying so, else the meeting's own.
  const decisionsByItem = new Map<Item | null, DecisionCitation[]>();
  for (const d of decisions) {
    const item = itemAt(x.items, d.start);
    pushTo(decisionsByItem, item, d);
  }
  for (const [item, motions] of motionsByItem) {
    const sentenceSays = (d: DecisionCitation) => ANSWER_WORDING.test(sentenceText(x, d.start));
    const cited = decisionsByItem.get(item)?.find((d) => decisionRefs.has(d) && sentenceSays(d));
    const answer = cited ? decisionRefs.get(cited) : own.get(item) && ANSWER_WORDING.test(x.text.slice(item.start, item.end)) ? own.get(item) : undefined;
    if (answer) for (const m of motions) g.relationship('ANSWERS', answer, m.ref, m.src);
  }

  // What this meeting's own decisions propose, to a body the text names ("föreslår regionfullmäktige").
  const proposingSentences = new Set(decisions.filter((d) => d.relation === 'proposes').map((d) => x.sentenceAt(d.start)));
  for (const p of x.proposals) {
    const item = itemAt(x.items, p.start);
    const ownRef = item && own.get(item);
    if (!ownRef || p.to === ownBody?.canonical || proposingSentences.has(x.sentenceAt(p.start))) continue;
    const src = sourceOf({ start: p.start, end: p.end }, item);
    const board = boardRef(entryFor(p.to), src);
    if (board) g.relationship('PROPOSES', ownRef, board, src);
  }

  // A sentence that cites exactly one case names the case of the decisions it cites.
  const bySentence = new Map<number, Citation[]>();
  for (const c of x.citations) if (c.type === 'case' || decisionRefs.has(c as DecisionCitation)) {
    const k = x.sentenceAt(c.start);
    pushTo(bySentence, k, c);
  }
  for (const group of bySentence.values()) {
    const cases = group.filter((c) => c.type === 'case');
    if (cases.length !== 1) continue;
    for (const d of group) if (d.type === 'decision') g.fieldsOf('Decision', decisionKeys.get(decisionRefs.get(d)!)!)!.case ??= caseRefs.get(cases[0]!)!;
  }

  return { data: { version: 1, nodes: g.nodes, relationships: g.relationships }, warnings };
}

/** The decision an extension or revision refers back to: the one cited just before, in the same item. */
function previousDecision(all: DecisionCitation[], i: number, item: Item | null, x: Extraction): DecisionCitation | undefined {
  const c = all[i]!;
  for (let k = i - 1; k >= 0; k--) {
    const d = all[k]!;
    if (d.start === c.start) continue; // another paragraph of the same "§§ 213–216"
    if (itemAt(x.items, d.start) !== item || x.sentenceAt(c.start) - x.sentenceAt(d.start) > 1) return undefined;
    return d.date <= c.date ? d : undefined;
  }
  return undefined;
}

/** The decision that gives an assignment: one in the same sentence, else one in the two sentences before, in the item. */
function assigningDecision(all: DecisionCitation[], starts: number[], c: AssignmentCitation, item: Item | null, x: Extraction): DecisionCitation | undefined {
  const s = x.sentenceAt(c.start);
  let best: DecisionCitation | undefined;
  // Decisions from two sentences before the assignment to the end of its own sentence.
  for (let k = upperBound(starts, c.start) - 1; k >= 0; k--) {
    const d = all[k]!;
    const ds = x.sentenceAt(d.start);
    if (s - ds > 2 || itemAt(x.items, d.start) !== item) break;
    if (ds === s) return d;
    best ??= d;
  }
  for (let k = upperBound(starts, c.start); k < all.length && x.sentenceAt(all[k]!.start) === s; k++) return all[k];
  return best;
}
