import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { authoritiesFile, authoritiesFilePath } from '../src/import/authoritiesFile.js';
import { importInputs } from '../src/import/index.js';
import { extractText, toGraph } from '../src/import/text/index.js';
import { authorities, authorityById, authorityMentions, counties, findAuthority, keyOf, municipalities, slug, type Authority } from '../src/model/index.js';
import { freshStore } from './support/store.js';

const forms: Array<[string, string]> = [
  ['Mölndals stad', 'municipality:1481'],
  ['Mölndals kommun', 'municipality:1481'],
  ['Mölndal', 'municipality:1481'],
  ['Göteborgs Stad', 'municipality:1480'],
  ['Göteborgs kommun', 'municipality:1480'],
  ['Högsby kommun', 'municipality:0821'],
  ['Östersunds kommun', 'municipality:2380'],
  ['Falu kommun', 'municipality:2080'],
  ['Malung-Sälens kommun', 'municipality:2023'],
  ['Region Jämtland Härjedalen', 'region:region-jamtland-harjedalen'],
  ['Region Jämtland/Härjedalen', 'region:region-jamtland-harjedalen'],
  ['Västra Götalandsregionen', 'region:vastra-gotalandsregionen'],
  ['Region Västra Götaland', 'region:vastra-gotalandsregionen'],
  ['Landstinget i Kalmar län', 'region:region-kalmar-lan'],
  ['Landstinget i Östergötland', 'region:region-ostergotland'],
  ['Jämtlands läns landsting', 'region:region-jamtland-harjedalen'],
  ['Landstinget Sörmland', 'region:region-sormland'],
];

describe('findAuthority', () => {
  it.each(forms)('resolves "%s" to %s', (name, id) => {
    expect(findAuthority(name)?.id).toBe(id);
  });

  it('reads genitives, any case and text without diacritics', () => {
    expect(findAuthority('Region Skånes')?.id).toBe('region:region-skane');
    expect(findAuthority('MÖLNDALS STAD')?.id).toBe('municipality:1481');
    expect(findAuthority('Molndals stad')?.id).toBe('municipality:1481');
    expect(findAuthority('Vasterbottens lans landsting')?.id).toBe('region:region-vasterbotten');
  });

  it('tells apart Håbo and Habo, which fold to one spelling, by their diacritics', () => {
    expect(findAuthority('Håbo kommun')?.id).toBe('municipality:0305');
    expect(findAuthority('Habo kommun')?.id).toBe('municipality:0643');
  });

  it('gives Region Gotland as the region and Gotlands kommun as the municipality', () => {
    expect(findAuthority('Region Gotland')?.kind).toBe('Region');
    expect(findAuthority('Gotlands kommun')?.id).toBe('municipality:0980');
  });

  it('keeps the name a municipality that calls itself stad goes by', () => {
    expect(authorityById('municipality:1480')).toMatchObject({ name: 'Göteborg', officialName: 'Göteborgs Stad' });
    expect(authorityById('municipality:0180')).toMatchObject({ name: 'Stockholm', officialName: 'Stockholms stad' });
    expect(authorityById('municipality:0821')).toMatchObject({ officialName: 'Högsby kommun' });
  });

  it('answers nothing for names of no authority', () => {
    for (const name of ['Kommunstyrelsen', 'Sverige', 'Stockholms län', 'Vårdsamverkan Skåne', '', 'kommun']) expect(findAuthority(name), name).toBeUndefined();
  });

  it('finds every authority by its own name, and every municipality by its official name', () => {
    for (const a of authorities) expect(findAuthority(a.name)?.id, a.name).toBe(a.id);
    for (const a of authorities) if (a.kind === 'Municipality' && a.id !== 'municipality:0980') expect(findAuthority(a.officialName)?.id, a.officialName).toBe(a.id);
  });
});

describe('authorityMentions', () => {
  it('finds the authorities a text names, across line breaks and inflected, with their places in the text', () => {
    const text = 'MÖLNDALS STAD\nKommunstyrelsen\nÄrendet skickas till Göteborgs Stad och Region Västra\nGötaland. Högsby kommuns yttrande; Landstinget i Kalmar läns beslut; Region Jämtland/Härjedalen.';
    const found = authorityMentions(text);
    expect(found.map((m) => [m.text, m.authority.id])).toEqual([
      ['MÖLNDALS STAD', 'municipality:1481'],
      ['Göteborgs Stad', 'municipality:1480'],
      ['Region Västra\nGötaland', 'region:vastra-gotalandsregionen'],
      ['Högsby kommuns', 'municipality:0821'],
      ['Landstinget i Kalmar läns', 'region:region-kalmar-lan'],
      ['Region Jämtland/Härjedalen', 'region:region-jamtland-harjedalen'],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('takes a bare place name for a place, and a word that merely contains a name for no authority', () => {
    expect(authorityMentions('Mölndal är en stad i Västra Götaland. Regionalt stöd; Bollebygdskommunen.')).toEqual([]);
  });
});

describe(`the reference file ${authoritiesFilePath}`, () => {
  const text = readFileSync(authoritiesFilePath, 'utf8');
  const file = parse(text) as { nodes: Array<Record<string, unknown>>; relationships: Array<Record<string, unknown>> };

  it('is what src/model/sweden.ts implies (regenerate with npm run gen:authorities)', () => {
    expect(text).toBe(authoritiesFile());
  });

  it('holds 290 municipalities with unique SCB codes, each in a county whose code begins its own', () => {
    const kommuner = file.nodes.filter((n) => n.kind === 'Municipality');
    expect(kommuner).toHaveLength(290);
    expect(new Set(kommuner.map((m) => m.code)).size).toBe(290);
    const countyRefs = new Set(counties.map((c) => `county-${c.code}`));
    for (const m of kommuner) {
      expect(countyRefs.has(m.county as string), `${m.name}`).toBe(true);
      expect(m.county).toBe(`county-${(m.code as string).slice(0, 2)}`);
    }
    expect(municipalities).toHaveLength(290);
  });

  it('holds 21 regions, each covering one county of its own', () => {
    const regions = file.nodes.filter((n) => n.kind === 'Region');
    expect(regions).toHaveLength(21);
    expect(new Set(regions.map((r) => r.name)).size).toBe(21);
    const covers = file.relationships.filter((r) => r.type === 'COVERS');
    expect(covers).toHaveLength(21);
    expect(new Set(covers.map((r) => r.to)).size).toBe(21);
    expect(new Set(covers.map((r) => r.from)).size).toBe(21);
  });
});

describe('the bodies of every authority', () => {
  it('come into being under the authority when a document names them', async () => {
    const text = 'PROTOKOLL\nSammanträdesdatum 2022-05-10\n\n§ 87 Detaljplan\nDnr KS 2022/456\nBeslutet fattades.\n';
    // Gotland's municipality goes by "Region Gotland", which names the region: the minutes say "Gotlands kommun".
    const orgName = (a: Authority) => (a.kind === 'Region' ? a.name : a.officialName.startsWith('Region') ? `${a.name}s kommun` : a.officialName);
    const body = (a: Authority) => (a.kind === 'Municipality' ? 'Kommunstyrelsen' : 'Regionstyrelsen');
    const inputs = authorities.map((a, i) => {
      const x = extractText(text, { org: orgName(a), body: body(a), date: '2022-05-10' });
      return { name: a.id, data: toGraph(x, 'Protokoll', `${i}.txt`, `a${i}`).data };
    });
    const store = await freshStore();
    try {
      await importInputs(store, inputs);
      const ids = authorities.flatMap((a) => [a.id, `board:${keyOf(a.id)}/${slug(body(a))}`, `decision:${keyOf(a.id)}/${slug(body(a))}/2022/87`, `case:${keyOf(a.id)}/ks-2022-456`]);
      const found = await store.read({ statement: 'lookup-entities', params: { ids } });
      expect(new Set(found.map((r) => r.id)).size).toBe(ids.length);
      const kommuner = await store.read({ statement: 'lookup-entities', params: { ids: ['municipality:2380'] } });
      expect(kommuner[0]).toMatchObject({ kind: 'Municipality', name: 'Östersund' });
    } finally {
      await store.close();
    }
  });
});
