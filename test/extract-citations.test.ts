import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationRecords, extractText } from '../src/import/text/index.js';
import type { Citation } from '../src/import/text/index.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/minutes/${name}`, import.meta.url), 'utf8');
const minutes = extractText(fixture('rs-protokoll-2021-01-26.txt'));
const of = <T extends Citation['type']>(type: T, list = minutes.citations) => list.filter((c) => c.type === type) as Extract<Citation, { type: T }>[];
const decisions = of('decision');
const find = (text: string) => decisions.filter((d) => d.text.includes(text)).map((d) => ({ body: d.body, date: d.date, paragraph: d.paragraph }));

describe('decision citations', () => {
  it('reads "2020-12-15, §§ 213–216" as four decisions of the body named before it', () => {
    expect(find('§§ 213–216')).toEqual([213, 214, 215, 216].map((paragraph) => ({ body: 'Regionala utvecklingsnämnden', date: '2020-12-15', paragraph })));
  });
  it('reads "den 4 november 2020, § 184" with a day-precise date', () => {
    expect(find('§ 184')).toEqual([{ body: 'Regionstyrelsen', date: '2020-11-04', paragraph: 184 }]);
  });
  it('keeps "i maj 2020, § 57" at month precision', () => {
    expect(find('§ 57')).toEqual([{ body: 'Regionala utvecklingsnämnden', date: '2020-05', paragraph: 57 }]);
  });
  it('takes the year of "(§ 74/2020)" from the slash and the body from the sentence', () => {
    expect(find('§ 74/2020')).toEqual([{ body: 'Regionfullmäktige', date: '2020', paragraph: 74 }]);
  });
  it('dates a two-day meeting "2015-04-14—15 § 40" by its first day and keeps the last', () => {
    const d = decisions.find((c) => c.paragraph === 40)!;
    expect([d.body, d.date, d.dateEnd]).toEqual(['Regionfullmäktige', '2015-04-14', '2015-04-15']);
  });
  it('gives "den 13 oktober, § 133" the year before a January meeting', () => {
    expect(find('§ 133')).toEqual([{ body: 'Regionala utvecklingsnämnden', date: '2020-10-13', paragraph: 133 }]);
  });
  it('reads a decision cited by date alone ("enligt beslut i regionstyrelsen 2020-04-29")', () => {
    expect(find('2020-04-29')).toEqual([{ body: 'Regionstyrelsen', date: '2020-04-29', paragraph: null }]);
  });
  it('reads a paragraph written number first without a space ("9§")', () => {
    expect(find('9§')).toEqual([{ body: 'Regionstyrelsen', date: '2020-01-22', paragraph: 9 }]);
  });
  it('resolves abbreviations such as RF and HSN to canonical body names', () => {
    expect(find('§ 132')).toEqual([{ body: 'Regionfullmäktige', date: '2019-11-26', paragraph: 132 }]);
    expect(decisions.find((d) => d.paragraph === 8)!.body).toBe('Hälso- och sjukvårdsnämnden');
  });
  it('a paragraph cited without a body takes the body of the sentence before ("Beslutet förlängdes 2020-08-25 § 134")', () => {
    expect(find('§ 134')).toEqual([{ body: 'Regionstyrelsen', date: '2020-08-25', paragraph: 134 }]);
  });
  it('marks the wording that relates a decision to another: förlängdes, reviderade, att föreslå', () => {
    expect(decisions.find((d) => d.paragraph === 134)!.relation).toBe('extends');
    expect(decisions.find((d) => d.paragraph === 32)!.relation).toBe('amends');
    expect(decisions.find((d) => d.paragraph === 213)!.relation).toBe('proposes');
  });
  it('reads the abbreviations RS and RUN and the genitive "regionstyrelsens"', () => {
    const x = extractText('RUN beslutade 2019-12-17 § 193 om taxor. Enligt regionstyrelsens beslut 2020-09-30 ska arbetet redovisas. RS 2020-08-25 § 123 gav ett uppdrag.');
    expect(of('decision', x.citations).map((d) => [d.body, d.date, d.paragraph])).toEqual([
      ['Regionala utvecklingsnämnden', '2019-12-17', 193], ['Regionstyrelsen', '2020-09-30', null], ['Regionstyrelsen', '2020-08-25', 123],
    ]);
  });
  it('says the meeting acts on a cited decision when the wording follows it ("som nu revideras")', () => {
    const d = decisions.find((c) => c.paragraph === 184)!;
    expect([d.relation, d.actor]).toEqual(['amends', 'meeting']);
  });
  it('reads "landstingsfullmäktige", "styrelsen" and "nämnden" as the bodies they stand for', () => {
    const x = extractText('Föredragningslista Hälso- och sjukvårdsnämnden\nLandstingsfullmäktige beslutade 1997-05-20 § 12 om avgifter. Styrelsen beslutade 2018-12-11 § 200 om budget. Nämnden beslutade 2019-02-27 § 20 om en analys.');
    expect(of('decision', x.citations).map((d) => d.body)).toEqual(['Regionfullmäktige', 'Regionstyrelsen', 'Hälso- och sjukvårdsnämnden']);
  });
  it('reads a body and a bare year in a sentence that says it decided ("beslutades av landstingsfullmäktige 1997")', () => {
    const x = extractText('Avgifterna beslutades av landstingsfullmäktige 1997 (dnr CF 485/97).');
    expect(of('decision', x.citations).map((d) => [d.body, d.date, d.paragraph])).toEqual([['Regionfullmäktige', '1997', null]]);
  });
  it('a bare "nämnden" stands for the committee named just before it', () => {
    const x = extractText('Regionala utvecklingsnämnden har föreslagit en strategi. Nämnden behandlade frågan i juni 2019, § 114.');
    expect(of('decision', x.citations).map((d) => [d.body, d.date, d.paragraph])).toEqual([['Regionala utvecklingsnämnden', '2019-06', 114]]);
  });
  it('reads a date written right after the paragraph sign ("RS § 134, 2020-08-25")', () => {
    const x = extractText('Se RS § 134, 2020-08-25 och RUN § 57 den 19 maj 2020.');
    expect(of('decision', x.citations).map((d) => [d.body, d.date, d.paragraph])).toEqual([['Regionstyrelsen', '2020-08-25', 134], ['Regionala utvecklingsnämnden', '2020-05-19', 57]]);
  });
  it('does not read a deadline or a period bound as a decision date', () => {
    const x = extractText('Regionstyrelsen beslutade att uppdraget ska återredovisas senast 2021-06-15 och gälla till 2021-12-31.');
    expect(of('decision', x.citations)).toEqual([]);
  });
  it('does not read a meeting\'s own paragraph headings as citations', () => {
    expect(decisions.some((d) => d.paragraph === 1 || d.paragraph === 6)).toBe(false);
  });
});

describe('case, law and document citations', () => {
  it('reads case numbers in the slash, dnr and board-year shapes', () => {
    expect(of('case').map((c) => c.number)).toEqual(['RS/2324/2016', 'CF 485/97', '109-7-2017', 'KS 2019/0123']);
  });
  it('expands "10 kap. 2-6 §§ KL" into one citation per section of kommunallagen', () => {
    const sections = of('law').filter((l) => l.chapter === 10).map((l) => [l.sfs, l.section]);
    expect(sections).toEqual(['2', '3', '4', '5', '6'].map((s) => ['2017:725', s]));
  });
  it('reads chapter and section before a law named with its number or its abbreviation', () => {
    const provisions = of('law').filter((l) => l.section !== null).map((l) => `${l.sfs} ${l.chapter}:${l.section}`);
    expect(provisions).toEqual(expect.arrayContaining(['2017:725 6:1', '2017:725 6:9', '2017:725 9:37', '1949:105 2:15', '1949:105 2:16', '2017:725 6:25']));
  });
  it('reads laws and regulations cited by name and number, SFS number or agency series', () => {
    const laws = of('law').filter((l) => l.section === null).map((l) => `${l.sfs}|${l.name}`);
    expect(laws).toEqual([
      '2010:1065|lagen om kollektivtrafik', '2010:1065|lagen om kollektivtrafik',
      '2017:583|förordningen om regionalt tillväxtarbete', '2015:315|läkemedelslagen',
      'LVFS 2012:8|LVFS 2012:8', 'HSLF-FS 2017:37|HSLF-FS 2017:37', 'AFS 2005:5|AFS 2005:5',
    ]);
  });
  it('resolves a bare law name to the number the document gave it earlier', () => {
    const x = extractText('Enligt gränsdragningslagen (2099:12) gäller detta. Senare ändrades gränsdragningslagen igen.');
    expect(of('law', x.citations).map((l) => l.sfs)).toEqual(['2099:12', '2099:12']);
  });
  it('never reads arbetsordningen, dagordningen or bolagen as laws', () => {
    const x = extractText('Arbetsordningen (2019:3), dagordningen och bolagen följer bolagsordningen.');
    expect(of('law', x.citations)).toEqual([]);
  });
  it('reads SOU, JO, prop., Ds and dir. references', () => {
    expect(of('document').map((d) => `${d.series} ${d.number}`)).toEqual(['SOU 2020:82', 'JO 1989/90 s. 392', 'prop. 2019/20:1', 'Ds 2019:12', 'dir. 2020:15']);
  });
});

describe('motions and assignments', () => {
  it('reads motions and initiativärenden with author and party', () => {
    expect(of('motion').map((m) => [m.motionType, m.author, m.party, m.title])).toEqual([
      ['motion', 'Elin Hoffner', 'V', 'om långvarig smärta'],
      ['initiativärende', 'Bengt Bergqvist', 'S', 'om lokalerna för Odensala HC'],
    ]);
  });
  it('reads an assignment with its receiver, task and report-back date from the next sentence', () => {
    expect(of('assignment').map((a) => [a.to, a.due])).toEqual([['regiondirektören', '2021-06-15'], ['hälso- och sjukvårdsdirektören', '2021-03-30']]);
    expect(of('assignment')[0]!.task).toBe('redovisa de investeringar som gjorts under delegationen');
  });
  it('reads "uppdrog till X att" with the receiver after the verb', () => {
    const x = extractText('SVOM uppdrog till förhandlingsgruppen att utarbeta en bilaga.');
    expect(of('assignment', x.citations).map((a) => [a.to, a.task])).toEqual([['förhandlingsgruppen', 'utarbeta en bilaga']]);
  });
});

describe('the --citations records', () => {
  it('carry exactly the fields of their type with offsets that point at the quoted text', () => {
    const records = citationRecords(minutes.citations);
    for (const r of records) expect(minutes.text.slice(r.start as number, r.end as number)).toBe(r.text);
    expect(Object.keys(records.find((r) => r.type === 'decision')!)).toEqual(['type', 'body', 'date', 'paragraph', 'start', 'end', 'text']);
    expect(Object.keys(records.find((r) => r.type === 'law')!)).toEqual(['type', 'sfs', 'name', 'chapter', 'section', 'start', 'end', 'text']);
  });
  it('come in document order', () => {
    const starts = minutes.citations.map((c) => c.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});
