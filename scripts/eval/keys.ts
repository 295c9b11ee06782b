/**
 * Normalised keys that say which thing a citation names, so that gold and extractor output meet
 * whatever inflection, spelling or abbreviation each uses: bodies folded to their stem
 * ("Socialnämnden Hisingen" = "Socialnämnd Hisingen", "kommunstyrelsens" = "Kommunstyrelsen"),
 * organisations to kind + name ("Göteborgs Stad" = "Göteborg stad", never a region of the same name),
 * case numbers without "dnr" and spaces.
 */

export type CitationKind = 'decision' | 'law' | 'provision' | 'case' | 'motion' | 'assignment' | 'document';
export const KINDS: CitationKind[] = ['decision', 'law', 'provision', 'case', 'motion', 'assignment', 'document'];

/** Lower case, no diacritics (å → a), single spaces. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s\u00ad]+/gu, ' ').trim();
}

/** Abbreviations common across organisations, folded. */
const BODY_ABBREVIATIONS: Record<string, string> = {
  kf: 'kommunfullmaktige', ks: 'kommunstyrelsen', ksau: 'kommunstyrelsens arbetsutskott', rf: 'regionfullmaktige',
  rs: 'regionstyrelsen', bun: 'barn- och utbildningsnamnden', von: 'vard- och omsorgsnamnden', hsn: 'halso- och sjukvardsnamnden',
};

/** A body's name without inflection: "Kommunstyrelsens arbetsutskott" → "kommunstyrelse arbetsutskott". */
export function bodyKey(name: string): string {
  let s = fold(name).replace(/^(?:davarande|tidigare|nuvarande) /u, '');
  s = BODY_ABBREVIATIONS[s] ?? s;
  return s
    .replace(/-(?= och )/gu, '')
    .replace(/(namnd|styrelse|fullmaktige|utskott|beredning|direktion|presidi)(?:ens|ets|en|et|ns|um|s|n)?(?![\p{L}])/gu, '$1');
}

const ORG_ALIASES: Record<string, string> = {
  gr: 'goteborgsregionens kommunalforbund', vgr: 'vastra gotalandsregionen', rsg: 'raddningstjanstforbundet storgoteborg',
};

/**
 * An organisation as kind and name: "Göteborgs Stad" → "municipality:goteborg", "Region Jönköpings län"
 * → "region:jonkoping", "Västra Götalandsregionen" → "region:vastra gotaland".
 */
export function orgKey(name: string | null | undefined): string | null {
  if (!name) return null;
  let s = fold(name);
  s = ORG_ALIASES[s] ?? s;
  const words = s.split(/[\s,()]+/u).filter(Boolean);
  const kind = words.some((w) => /^kommunalforbund/u.test(w)) ? 'federation'
    : words.some((w) => /^(?:region|regionen|landsting|landstinget)$/u.test(w) || /.regionen$/u.test(w)) ? 'region'
      : words.some((w) => /^(?:kommun|kommuns|stad|stads|staden)$/u.test(w)) ? 'municipality' : 'other';
  if (kind === 'federation' || kind === 'other') return `${kind}:${words.filter((w) => w !== 'ab').join(' ')}`;
  const core = words
    .filter((w) => !/^(?:region|regionen|landsting|landstinget|kommun|kommuns|stad|stads|staden|lan|lans)$/u.test(w))
    .map((w) => w.replace(/regionen$/u, ''))
    .filter(Boolean);
  const last = core.length - 1;
  if (last >= 0 && core[last]!.length > 3) core[last] = core[last]!.replace(/s$/u, '');
  return `${kind}:${core.join(' ')}`;
}

/** A case number as written, without "dnr"/"diarienummer" and spaces: "SLK dnr 0571/23" → "SLK0571/23". */
export function caseKey(number: string): string {
  return number.replace(/\b(?:dnr|diarienummer)\b[.:]?/giu, '').replace(/\s+/gu, '').toUpperCase();
}

export function sectionKey(section: string | null | undefined): string {
  return section == null ? '' : fold(String(section)).replace(/[\s§]/gu, '');
}

/** Whether a law citation names a provision (chapter or section) or the law as a whole. */
export function lawKind(c: { chapter?: unknown; section?: unknown }): 'law' | 'provision' {
  return c.chapter != null || (c.section != null && c.section !== '') ? 'provision' : 'law';
}
