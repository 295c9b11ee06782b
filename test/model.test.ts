import { describe, expect, it } from 'vitest';
import { caseKey, datePrecision, kinds, kindOfId, partialDate, relationships, relationshipTypes, slug } from '../src/model/index.js';

describe('the model', () => {
  it('slugs fold Swedish letters and punctuation the same way every time', () => {
    expect(slug('Hälso- och sjukvårdsnämnden')).toBe('halso-och-sjukvardsnamnden');
    expect(slug('Region Jämtland Härjedalen')).toBe('region-jamtland-harjedalen');
    expect(slug('  Östra Göinge ')).toBe('ostra-goinge');
  });

  it('a decision is identified by body, year and paragraph, so month and day citations meet', () => {
    const body = 'board:region-jamtland-harjedalen/regionala-utvecklingsnamnden';
    const byMonth = kinds.Decision.key({ body, date: '2020-05', paragraph: 57 });
    const byDay = kinds.Decision.key({ body, date: '2020-05-19', paragraph: 57 });
    expect(byMonth).toBe(byDay);
    expect(byMonth).toBe('region-jamtland-harjedalen/regionala-utvecklingsnamnden/2020/57');
  });

  it('a decision cited without a paragraph is identified by its body and date', () => {
    expect(kinds.Decision.key({ body: 'board:r/rs', date: '2020-04-29' })).toBe('r/rs/2020-04-29');
  });

  it('case numbers written differently name the same case', () => {
    expect(caseKey('RS/2485/2017')).toBe(caseKey('rs 2485/2017'));
    expect(caseKey('dnr CF 485/97')).toBe('cf-485-97');
  });

  it('dates keep the precision the source gives and reject invented ones', () => {
    expect(partialDate.parse('2020-05')).toBe('2020-05');
    expect(datePrecision('2020')).toBe('year');
    expect(datePrecision('2020-05')).toBe('month');
    expect(datePrecision('2020-05-19')).toBe('day');
    expect(partialDate.safeParse('2020-02-30').success).toBe(false);
    expect(['2020-02-29', '2000-02-29', '2021-04-30', '2021-12-31'].map((d) => partialDate.safeParse(d).success)).toEqual([true, true, true, true]);
    expect(['2021-02-29', '1900-02-29', '2021-04-31', '2021-06-31'].map((d) => partialDate.safeParse(d).success)).toEqual([false, false, false, false]);
    expect(partialDate.safeParse('maj 2020').success).toBe(false);
  });

  it('each kind rejects values of the wrong type and unknown fields', () => {
    expect(kinds.County.properties.safeParse({ name: 'Jämtlands län', code: '23', iso: 'SE-Z' }).success).toBe(true);
    expect(kinds.County.properties.safeParse({ name: 'Jämtlands län', code: 23, iso: 'SE-Z' }).success).toBe(false);
    expect(kinds.Decision.properties.safeParse({ body: 'board:x/y', date: '2020-01-01', paragraph: -1 }).success).toBe(false);
    expect(kinds.Region.properties.safeParse({ name: 'Region Skåne', colour: 'blue' }).success).toBe(false);
  });

  it('ids name their kind by prefix', () => {
    expect(kindOfId('decision:a/b/2020/1')).toBe('Decision');
    expect(kindOfId('org:kommuninvest')).toBe('Organization');
    expect(kindOfId('nothing')).toBeUndefined();
  });

  it('every relationship type is defined with endpoint kinds that exist', () => {
    for (const type of relationshipTypes) {
      const def = relationships[type];
      expect(def.type).toBe(type);
      for (const k of [...def.from, ...def.to]) expect(kinds).toHaveProperty(k);
    }
  });

  it('every reference field of a kind names a relationship that allows it', () => {
    for (const def of Object.values(kinds)) {
      for (const [field, ref] of Object.entries(def.references as Record<string, { kinds: string[]; relationship: keyof typeof relationships; direction: string }>)) {
        const rel = relationships[ref.relationship];
        const [self, other] = ref.direction === 'out' ? [rel.from, rel.to] : [rel.to, rel.from];
        expect(self, `${def.name}.${field}`).toContain(def.name);
        for (const k of ref.kinds) expect(other, `${def.name}.${field}`).toContain(k);
      }
    }
  });
});
