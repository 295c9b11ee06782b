/**
 * Turns one document's extraction into import-format data (`version: 1`): the document, its
 * organization and bodies, the decisions, cases, laws, motions and assignments it cites, and the
 * relations its wording states, every one sourced to a place in the document.
 */
import { bodyLexicon, bodyByName, type BodyEntry } from './bodies.js';
import { GraphBuilder, type SourceRef } from './graphNodes.js';
import { itemAt } from './items.js';
import { lawBySfs } from './lawNames.js';
import type { AssignmentCitation, Citation, DecisionCitation, Extraction, Item, RelationWord } from './types.js';
import type { RelationshipType } from '../../model/relationships.js';

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

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function orgKind(name: string): { kind: string; fields: Record<string, unknown> } {
  if (/^region\b|regionen$/i.test(name)) return { kind: 'Region', fields: { name } };
  if (/kommun$/i.test(name)) return { kind: 'Municipality', fields: { name } };
  return { kind: 'Organization', fields: { name, orgType: /landsting/i.test(name) ? 'landsting' : 'other' } };
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
    ...(x.date ? { date: x.date } : {}), ...(x.org ? { publisher: x.org } : {}),
  });
  const sourceOf = (c: { start: number; end: number; text?: string }, item: Item | null = itemAt(x.items, c.start)): SourceRef => {
    const where = item?.heading ? ` · ${item.heading.slice(0, 200)}` : item?.number != null ? ` · punkt ${item.number}` : '';
    const quote = (c.text ?? x.text.slice(c.start, c.end)).replace(/\s+/g, ' ').trim().slice(0, QUOTE_MAX);
    return { document: doc, locator: `chars ${c.start}-${c.end}${where}`, ...(quote ? { quote } : {}) };
  };

  const at = x.org ? x.text.indexOf(x.org) : -1;
  const orgSource: SourceRef = at >= 0 ? sourceOf({ start: at, end: at + x.org!.length }) : { document: doc, locator: `chars 0-${x.text.length}` };
  const orgRef = x.org ? (() => { const o = orgKind(x.org!); return g.node(o.kind, x.org!, o.fields, orgSource); })() : null;
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

  // The meeting's own decision on each minutes paragraph.
  const own = new Map<Item, string>();
  const ownBody = x.body ? entryFor(x.body) : null;
  if (ownBody && x.date && x.date.length === 10) {
    for (const item of x.items) {
      if (item.paragraph === null) continue;
      const src = sourceOf({ start: item.start, end: Math.min(item.end, item.start + 200) }, item);
      const body = boardRef(ownBody, src);
      if (!body) continue;
      own.set(item, g.node('Decision', `${body}/${x.date.slice(0, 4)}/${item.paragraph}`, {
        body, date: x.date, paragraph: item.paragraph, ...(item.heading ? { title: item.heading.slice(0, 200) } : {}),
      }, src));
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

  const bySentence = (c: Citation) => x.sentenceAt(c.start);
  const decisions = x.citations.filter((c): c is DecisionCitation => c.type === 'decision');
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
        const earlier = lineage ? previousDecision(decisions, c, item, x) : undefined;
        const earlierRef = earlier && decisionRefs.get(earlier);
        if (lineage && earlierRef && earlierRef !== ref) g.relationship(lineage, ref, earlierRef, src);
        else if (c.relation === 'proposes' && from !== doc) g.relationship('PROPOSES', ref, from, src);
        else if (lineage && from !== doc) g.relationship(lineage, from, ref, src);
        else g.relationship('CITES', from, ref, src);
        break;
      }
      case 'case': {
        const ref = g.node('Case', c.number, { number: c.number }, src);
        g.relationship('CITES', from, ref, src);
        const sameSentence = decisions.filter((d) => bySentence(d) === bySentence(c) && decisionRefs.has(d));
        const cases = x.citations.filter((o) => o.type === 'case' && bySentence(o) === bySentence(c));
        if (cases.length === 1) for (const d of sameSentence) g.fieldsOf('Decision', decisionKeys.get(decisionRefs.get(d)!)!)!.case ??= ref;
        break;
      }
      case 'law': {
        if (!c.sfs) break;
        const designation = c.sfs.includes(' ') ? c.sfs : `SFS ${c.sfs}`;
        const known = lawBySfs.get(c.sfs);
        const lawType = c.sfs.includes(' ') ? 'föreskrift' : (known?.lawType ?? (/förordning/i.test(c.name) ? 'förordning' : 'lag'));
        const law = g.node('Law', designation, { name: capitalise(c.name), designation, lawType, ...(known?.abbreviation ? { shortName: known.abbreviation } : {}) }, src);
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
        const motion = g.node('Motion', `${c.author}/${title}`, { title, motionType: c.motionType, author: person }, src);
        const answered = from !== doc && item && /besvarad|bifall|avslå|avslag/i.test(x.text.slice(item.start, item.end));
        g.relationship(answered ? 'ANSWERS' : 'CITES', from, motion, src);
        break;
      }
      case 'assignment':
        assign(c, item, src);
        break;
    }
  }

  function assign(c: AssignmentCitation, item: Item | null, src: SourceRef): void {
    const decision = assigningDecision(decisions, c, item, x);
    const by = (decision && decisionRefs.get(decision)) ?? (item ? own.get(item) : undefined);
    if (!by) return;
    const office = officeName(c.to);
    const body = bodyLexicon.find((e) => e.forms.some((f) => new RegExp(`^(?:${f})$`, 'iu').test(c.to)) || e.abbreviations?.includes(c.to));
    let target: string | null = null;
    if (office && orgRef) target = g.node('Office', `${orgRef}/${office}`, { name: office, organization: orgRef }, src);
    else if (body) target = boardRef(body, src);
    else target = g.node('Organization', c.to, { name: capitalise(c.to), orgType: 'unit' }, src);
    if (target) g.relationship('ASSIGNS', by, target, src, { task: c.task.slice(0, 1000), ...(c.due ? { due: c.due } : {}) });
  }

  return { data: { version: 1, nodes: g.nodes, relationships: g.relationships }, warnings };
}

/** The decision an extension or revision refers back to: the one cited just before, in the same item. */
function previousDecision(all: DecisionCitation[], c: DecisionCitation, item: Item | null, x: Extraction): DecisionCitation | undefined {
  const i = all.indexOf(c);
  for (let k = i - 1; k >= 0; k--) {
    const d = all[k]!;
    if (d.start === c.start) continue; // another paragraph of the same "§§ 213–216"
    if (itemAt(x.items, d.start) !== item || x.sentenceAt(c.start) - x.sentenceAt(d.start) > 1) return undefined;
    return d.date <= c.date ? d : undefined;
  }
  return undefined;
}

/** The decision that gives an assignment: one in the same sentence, else the one just before in the item. */
function assigningDecision(all: DecisionCitation[], c: AssignmentCitation, item: Item | null, x: Extraction): DecisionCitation | undefined {
  const s = x.sentenceAt(c.start);
  const same = all.find((d) => x.sentenceAt(d.start) === s);
  if (same) return same;
  const before = [...all].reverse().find((d) => d.start < c.start && itemAt(x.items, d.start) === item && s - x.sentenceAt(d.start) <= 2);
  return before;
}
