import type { RelationshipType } from '../model/index.js';
import type { Citables } from './references.js';
import { type Random, ZipfSampler } from './random.js';
import { addMonths } from './schedule.js';
import type { Authority, Body } from './structure.js';
import { matters, outcomes } from './vocabulary.js';
import type { ImportFileWriter, NodeRecord } from './writer.js';

/** A decision another one can build on later, with the matter it was about. */
interface Earlier {
  id: string;
  matter: number;
  caseId: string | undefined;
  /** The meeting serial of its body when it was taken: follow-ups wait a meeting or more. */
  meeting: number;
}

/** Bounded queue: old entries fall out, so memory stays flat however long the corpus. */
class Backlog<T> {
  private items: T[] = [];
  constructor(private readonly capacity: number) {}
  push(item: T): void {
    this.items.push(item);
    if (this.items.length > this.capacity) this.items.shift();
  }
  /** Takes the oldest entry that `ready` accepts. */
  take(ready: (item: T) => boolean = () => true): T | undefined {
    const i = this.items.findIndex(ready);
    return i < 0 ? undefined : this.items.splice(i, 1)[0];
  }
  get size(): number {
    return this.items.length;
  }
}

interface BodyState {
  paragraphYear: number;
  paragraph: number;
  meetings: number;
  recent: Earlier[];
  assignments: Backlog<Earlier>;
}

interface AuthorityState {
  toExecutive: Backlog<Earlier>;
  toAssembly: Backlog<Earlier>;
  prepared: Backlog<Earlier>;
  motions: Backlog<Earlier & { body: string }>;
  caseSeq: number;
  motionSeq: number;
}

const RECENT = 16;
const LINEAGE: ReadonlyArray<[RelationshipType, number, string]> = [
  ['EXTENDS', 0.04, 'Förlängning av beslut om'],
  ['AMENDS', 0.05, 'Revidering av'],
  ['SUPERSEDES', 0.01, 'Nytt beslut om'],
  ['REPEALS', 0.005, 'Upphävande av beslut om'],
];
const VERBS = ['Beslut om', 'Yttrande över remiss om', 'Riktlinjer för', 'Uppföljning av', 'Information om'];

/**
 * Writes decisions meeting by meeting, with the patterns of real minutes: committees propose to the
 * executive board, which proposes to the assembly; decisions extend, amend, supersede and repeal
 * earlier ones; motions are answered; assignments are reported back; laws are cited with Zipf-like
 * popularity.
 */
export class DecisionWriter {
  private readonly bodies = new Map<string, BodyState>();
  private readonly authorities = new Map<string, AuthorityState>();
  private readonly legal: ZipfSampler;
  written = 0;

  constructor(
    private readonly out: ImportFileWriter, private readonly random: Random, private readonly cites: Citables,
    private readonly documentId: string, private readonly onDecision: () => void,
  ) {
    this.legal = new ZipfSampler(cites.legal.length);
  }

  private bodyState(body: Body): BodyState {
    let s = this.bodies.get(body.id);
    if (!s) this.bodies.set(body.id, (s = { paragraphYear: 0, paragraph: 0, meetings: 0, recent: [], assignments: new Backlog(32) }));
    return s;
  }

  private authorityState(a: Authority): AuthorityState {
    let s = this.authorities.get(a.id);
    if (!s) {
      s = { toExecutive: new Backlog(64), toAssembly: new Backlog(64), prepared: new Backlog(32), motions: new Backlog(64), caseSeq: 0, motionSeq: 0 };
      this.authorities.set(a.id, s);
    }
    return s;
  }

  /** Writes one meeting of `body` on `date` with up to `count` decisions; returns how many it wrote. */
  meeting(body: Body, date: string, count: number): number {
    const state = this.bodyState(body);
    const year = Number(date.slice(0, 4));
    if (state.paragraphYear !== year) Object.assign(state, { paragraphYear: year, paragraph: 0 });
    state.meetings++;
    this.out.node({ kind: 'Meeting', body: body.id, date });
    for (let i = 0; i < count; i++) this.decision(body, state, date);
    return count;
  }

  private newCase(a: Authority, body: Body, date: string, matter: number): string {
    const s = this.authorityState(a);
    s.caseSeq++;
    return this.out.node({ kind: 'Case', number: `${body.template.abbreviation}/${s.caseSeq}/${date.slice(0, 4)}`, organization: a.id, title: matters[matter]! });
  }

  private decision(body: Body, state: BodyState, date: string): void {
    const a = body.authority;
    const auth = this.authorityState(a);
    const r = this.random;
    const type = body.template.boardType;
    // Links to earlier decisions, as [type, earlier id, direction]: `up` when the earlier one points at this one.
    const rels: Array<[RelationshipType, string, 'up' | 'down']> = [];
    let matter = r.below(matters.length);
    let title = `${r.pick(VERBS)} ${matters[matter]}`;
    let outcome = r.pick(outcomes);
    let caseId: string | undefined;
    let inherited: Earlier | undefined;

    // A matter sent up from below: the committee's or the executive board's proposal.
    const fromBelow = type === 'executive' ? auth.toExecutive : type === 'assembly' ? auth.toAssembly : undefined;
    if (fromBelow && r.chance(0.5)) inherited = fromBelow.take();
    if (inherited) {
      rels.push(['PROPOSES', inherited.id, 'up']);
      if (type === 'executive' && auth.prepared.size > 0 && r.chance(0.5)) {
        const prep = auth.prepared.take();
        if (prep) rels.push(['PREPARES', prep.id, 'up']);
      }
    } else {
      const answered = (type === 'assembly' || type === 'executive') && r.chance(0.25)
        ? auth.motions.take((m) => m.body === body.id && m.meeting < state.meetings) : undefined;
      const reported = !answered && r.chance(0.2) ? state.assignments.take((x) => x.meeting < state.meetings) : undefined;
      const lineage = !answered && !reported ? this.pickLineage(state) : undefined;
      if (answered) {
        inherited = answered;
        rels.push(['ANSWERS', answered.id, 'down']);
        title = `Svar på motion om ${matters[answered.matter]}`;
        outcome = r.pick(['anses besvarad', 'bifall', 'avslag']);
      } else if (reported) {
        inherited = reported;
        rels.push(['REPORTS_BACK_ON', reported.id, 'down']);
        title = `Återredovisning av uppdrag om ${matters[reported.matter]}`;
        outcome = 'lagd till handlingarna';
      } else if (lineage) {
        inherited = lineage.target;
        rels.push([lineage.type, lineage.target.id, 'down']);
        title = `${lineage.verb} ${matters[lineage.target.matter]}`;
      }
    }
    if (inherited) {
      matter = inherited.matter;
      if (!title.includes(matters[matter]!)) title = `Beslut om ${matters[matter]}`;
      caseId = inherited.caseId;
    }
    if (!caseId && r.chance(0.75)) caseId = this.newCase(a, body, date, matter);

    state.paragraph++;
    const n = ++this.written;
    const record: NodeRecord = {
      kind: 'Decision', body: body.id, date, paragraph: state.paragraph, title, outcome,
      ...(caseId ? { case: caseId } : {}),
      ...(r.chance(0.25) ? { summary: `Ärendet gäller ${matters[matter]}. ${body.template.name} beslutar: ${outcome}.` } : {}),
      sources: [{ document: this.documentId, locator: `synthetic record ${n}` }],
    };
    const id = this.out.node(record);
    for (const [relType, other, dir] of rels) this.out.relationship({ type: relType, from: dir === 'up' ? other : id, to: dir === 'up' ? id : other });
    this.cite(id);
    const me: Earlier = { id, matter, caseId, meeting: state.meetings };
    this.followUps(body, state, auth, me, date);
    state.recent.push(me);
    if (state.recent.length > RECENT) state.recent.shift();
    this.onDecision();
  }

  private pickLineage(state: BodyState): { type: RelationshipType; verb: string; target: Earlier } | undefined {
    if (state.recent.length === 0) return undefined;
    let u = this.random.next();
    for (const [type, p, verb] of LINEAGE) {
      if (u < p) return { type, verb, target: this.random.pick(state.recent) };
      u -= p;
    }
    return undefined;
  }

  /** Citations: 0–3 laws or provisions by popularity, now and then an agreement or a programme. */
  private cite(id: string): void {
    const r = this.random;
    const u = r.next();
    const n = u < 0.35 ? 0 : u < 0.7 ? 1 : u < 0.9 ? 2 : 3;
    const seen = new Set<string>();
    for (let i = 0; i < n; i++) seen.add(this.cites.legal[this.legal.sample(r)]!);
    if (r.chance(0.03)) seen.add(r.pick(this.cites.agreements));
    if (r.chance(0.03)) seen.add(r.pick(this.cites.programmes));
    for (const to of seen) this.out.relationship({ type: 'CITES', from: id, to });
  }

  /** What this decision starts: a proposal upwards, an assignment, a motion to answer later. */
  private followUps(body: Body, state: BodyState, auth: AuthorityState, me: Earlier, date: string): void {
    const r = this.random;
    const a = body.authority;
    const type = body.template.boardType;
    if (type === 'committee' && r.chance(0.15)) auth.toExecutive.push(me);
    else if (type === 'executive' && r.chance(0.3)) auth.toAssembly.push(me);
    else if (type === 'subcommittee' && r.chance(0.5)) auth.prepared.push(me);
    if ((type === 'executive' || type === 'committee') && r.chance(0.05)) {
      const to = type === 'executive' && r.chance(0.5) ? r.pick(a.committees).id : a.director;
      this.out.relationship({ type: 'ASSIGNS', from: me.id, to, task: `utreda ${matters[me.matter]}`, due: addMonths(date, r.between(2, 9)) });
      state.assignments.push(me);
    }
    if ((type === 'assembly' || type === 'executive') && r.chance(0.06)) {
      auth.motionSeq++;
      const motionType = type === 'assembly' ? 'motion' : 'initiativärende';
      const motion = this.out.node({
        kind: 'Motion', title: `${motionType === 'motion' ? 'Motion' : 'Initiativärende'} ${auth.motionSeq}/${date.slice(0, 4)} om ${matters[me.matter]}`,
        motionType, author: r.pick(a.politicians), submitted: date, submittedTo: body.id,
      });
      auth.motions.push({ id: motion, matter: me.matter, caseId: me.caseId, meeting: state.meetings, body: body.id });
    }
  }
}
