/** Well-known laws by name and abbreviation, and words that look like law names but are not. */

export interface KnownLaw {
  sfs: string;
  name: string;
  abbreviation?: string;
  lawType: 'lag' | 'förordning';
}

export const knownLaws: KnownLaw[] = [
  { sfs: '2017:725', name: 'kommunallagen', abbreviation: 'KL', lawType: 'lag' },
  { sfs: '2017:900', name: 'förvaltningslagen', abbreviation: 'FL', lawType: 'lag' },
  { sfs: '2017:30', name: 'hälso- och sjukvårdslagen', abbreviation: 'HSL', lawType: 'lag' },
  { sfs: '2009:400', name: 'offentlighets- och sekretesslagen', abbreviation: 'OSL', lawType: 'lag' },
  { sfs: '2016:1145', name: 'lagen om offentlig upphandling', abbreviation: 'LOU', lawType: 'lag' },
  { sfs: '2008:962', name: 'lagen om valfrihetssystem', abbreviation: 'LOV', lawType: 'lag' },
  { sfs: '2017:612', name: 'lagen om samverkan vid utskrivning från sluten hälso- och sjukvård', abbreviation: 'LOSUS', lawType: 'lag' },
  { sfs: '2001:453', name: 'socialtjänstlagen', abbreviation: 'SoL', lawType: 'lag' },
  { sfs: '2010:659', name: 'patientsäkerhetslagen', abbreviation: 'PSL', lawType: 'lag' },
  { sfs: '2014:821', name: 'patientlagen', lawType: 'lag' },
  { sfs: '2004:168', name: 'smittskyddslagen', lawType: 'lag' },
  { sfs: '1977:1160', name: 'arbetsmiljölagen', abbreviation: 'AML', lawType: 'lag' },
  { sfs: '2010:1065', name: 'lagen om kollektivtrafik', lawType: 'lag' },
  { sfs: '2015:315', name: 'läkemedelslagen', lawType: 'lag' },
  { sfs: '1949:105', name: 'tryckfrihetsförordningen', abbreviation: 'TF', lawType: 'lag' },
  { sfs: '1974:152', name: 'regeringsformen', lawType: 'lag' },
  { sfs: '1960:729', name: 'upphovsrättslagen', lawType: 'lag' },
  { sfs: '2010:1369', name: 'patientsäkerhetsförordningen', lawType: 'förordning' },
  { sfs: '1992:191', name: 'avgiftsförordningen', lawType: 'förordning' },
  { sfs: '2017:583', name: 'förordningen om regionalt tillväxtarbete', lawType: 'förordning' },
  { sfs: '2009:366', name: 'lagen om handel med läkemedel', lawType: 'lag' },
  { sfs: '2009:659', name: 'förordningen om handel med läkemedel', lawType: 'förordning' },
];

/** Laws whose title in the graph is not the name the text uses ("Läkemedelslag (2015:315)"). */
const TITLES: Record<string, string> = { '2015:315': 'Läkemedelslag' };
/** Who issues each series of agency regulations. */
const ISSUERS: Record<string, string> = {
  LVFS: 'Läkemedelsverkets föreskrifter', AFS: 'Arbetsmiljöverkets föreskrifter', SOSFS: 'Socialstyrelsens föreskrifter',
};

/**
 * The law's name in the graph, as statute titles read: "Lag om kollektivtrafik", "Förordning om
 * regionalt tillväxtarbete", "Kommunallagen", "Läkemedelsverkets föreskrifter LVFS 2012:8".
 */
export function lawTitle(sfs: string, name: string): string {
  if (TITLES[sfs]) return TITLES[sfs]!;
  const series = /^([A-ZÅÄÖ-]+FS) /.exec(sfs);
  if (series) return `${ISSUERS[series[1]!] ?? 'Föreskrifter'} ${sfs}`;
  const title = name.replace(/^lagen /, 'lag ').replace(/^förordningen /, 'förordning ');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** Other names the same laws go by. */
const otherNames: Record<string, string> = {
  'lagen om utskrivning från sluten vård': '2017:612',
  'lagen om samverkan vid utskrivning från sluten vård': '2017:612',
  'lagen om valfrihet': '2008:962',
  'kollektivtrafiklagen': '2010:1065',
  'upphandlingslagen': '2016:1145',
  'sekretesslagen': '2009:400',
};

export const lawBySfs = new Map(knownLaws.map((l) => [l.sfs, l]));
export const lawByName = new Map<string, KnownLaw>([
  ...knownLaws.map((l) => [l.name, l] as const),
  ...Object.entries(otherNames).map(([n, sfs]) => [n, lawBySfs.get(sfs)!] as const),
]);
export const lawByAbbreviation = new Map(knownLaws.filter((l) => l.abbreviation).map((l) => [l.abbreviation!, l]));

/**
 * Words ending like law names ("-lagen", "-ordningen", "-balken") that name no law: documents,
 * companies, proposals. The law finder never reads these as laws, with or without a number.
 */
const STOP_ENDINGS = [
  'arbetsordningen', 'dagordningen', 'bolagsordningen', 'delegationsordningen', 'föredragningsordningen',
  'turordningen', 'rangordningen', 'ordningen',
  'bolagen', 'förslagen', 'underlagen', 'anslagen', 'upplagen', 'utslagen', 'avslagen', 'beslagen', 'påslagen',
  'inslagen', 'omslagen', 'uppslagen', 'inlagen', 'pålagen', 'tillslagen', 'utlagen',
  'bolag', 'förslag', 'underlag', 'anslag', 'upplag', 'inlag', 'pålag', 'utlag', 'avslag', 'beslag', 'påslag', 'utslag',
];

export function isStopWord(word: string): boolean {
  const w = word.toLowerCase();
  if (w.endsWith('förordningen') || w.endsWith('förordning')) return false;
  return STOP_ENDINGS.some((e) => w.endsWith(e));
}

/** A word that can name a law: "kommunallagen", "Läkemedelslag", "förordningen", "rättegångsbalken". */
export function hasLawEnding(word: string): boolean {
  return /(?:lag|lagen|förordning|förordningen|balk|balken|regeringsformen)$/i.test(word) && !isStopWord(word);
}

/** "Läkemedelslag" → "läkemedelslagen": the definite form the text uses when it names the law alone. */
export function definiteLawName(word: string): string {
  const w = word.toLowerCase();
  return /(?:lag|förordning|balk)$/.test(w) ? `${w}en` : w;
}
