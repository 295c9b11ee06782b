/** The words a synthetic corpus is made of: laws, matters, bodies, parties and names. */

export interface LawData {
  designation: string;
  name: string;
  shortName?: string;
  lawType: 'lag' | 'förordning' | 'föreskrift';
  /** Sections per chapter; `[n]` alone for a law without chapters. */
  chapters: readonly number[];
  hasChapters: boolean;
}

const law = (designation: string, name: string, shortName: string | undefined, lawType: LawData['lawType'], chapters: number[], hasChapters = true): LawData =>
  ({ designation, name, ...(shortName ? { shortName } : {}), lawType, chapters, hasChapters });

/** Laws that decisions of regions and municipalities cite, most cited first. */
export const laws: readonly LawData[] = [
  law('SFS 2017:725', 'Kommunallag (2017:725)', 'KL', 'lag', [6, 5, 12, 8, 12, 16, 4, 5, 38, 8, 4, 18, 10]),
  law('SFS 2017:30', 'Hälso- och sjukvårdslag (2017:30)', 'HSL', 'lag', [4, 4, 12, 6, 8, 9, 7, 10]),
  law('SFS 2001:453', 'Socialtjänstlag (2001:453)', 'SoL', 'lag', [3, 6, 10, 6, 14]),
  law('SFS 2009:400', 'Offentlighets- och sekretesslag (2009:400)', 'OSL', 'lag', [4, 2, 3, 4, 5, 6]),
  law('SFS 2016:1145', 'Lag (2016:1145) om offentlig upphandling', 'LOU', 'lag', [8, 3, 4, 6, 3]),
  law('SFS 2017:900', 'Förvaltningslag (2017:900)', 'FL', 'lag', [12], false),
  law('SFS 2010:800', 'Skollag (2010:800)', undefined, 'lag', [3, 6, 4, 5, 3]),
  law('SFS 2010:900', 'Plan- och bygglag (2010:900)', 'PBL', 'lag', [4, 3, 6, 5, 4]),
  law('SFS 1998:808', 'Miljöbalk (1998:808)', 'MB', 'lag', [3, 5, 4, 4]),
  law('SFS 2010:1065', 'Lag (2010:1065) om kollektivtrafik', undefined, 'lag', [5, 4, 3]),
  law('SFS 2017:583', 'Förordning (2017:583) om regionalt tillväxtarbete', undefined, 'förordning', [12], false),
  law('SFS 2010:659', 'Patientsäkerhetslag (2010:659)', undefined, 'lag', [4, 3, 8]),
  law('SFS 2014:821', 'Patientlag (2014:821)', undefined, 'lag', [3, 2, 4]),
  law('SFS 2017:612', 'Lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård', undefined, 'lag', [4, 3, 5]),
  law('SFS 2006:544', 'Lag (2006:544) om kommuners och regioners åtgärder inför och vid extraordinära händelser i fredstid och höjd beredskap', 'LEH', 'lag', [3, 6, 3]),
  law('SFS 2018:597', 'Lag (2018:597) om kommunal bokföring och redovisning', 'LKBR', 'lag', [4, 3, 6]),
  law('SFS 2015:315', 'Läkemedelslag (2015:315)', undefined, 'lag', [3, 4]),
  law('SFS 2009:366', 'Lag (2009:366) om handel med läkemedel', undefined, 'lag', [3, 4]),
  law('SFS 2004:168', 'Smittskyddslag (2004:168)', undefined, 'lag', [3, 4, 2]),
  law('SFS 1993:387', 'Lag (1993:387) om stöd och service till vissa funktionshindrade', 'LSS', 'lag', [30], false),
  law('SFS 2008:962', 'Lag (2008:962) om valfrihetssystem', 'LOV', 'lag', [3, 4]),
  law('SFS 2008:567', 'Diskrimineringslag (2008:567)', undefined, 'lag', [3, 3]),
  law('SFS 1977:1160', 'Arbetsmiljölag (1977:1160)', undefined, 'lag', [2, 3, 2]),
  law('SFS 1985:125', 'Tandvårdslag (1985:125)', undefined, 'lag', [10], false),
  law('SFS 2010:1622', 'Alkohollag (2010:1622)', undefined, 'lag', [2, 3]),
  law('SFS 2013:801', 'Bibliotekslag (2013:801)', undefined, 'lag', [8], false),
  law('SFS 2006:412', 'Lag (2006:412) om allmänna vattentjänster', undefined, 'lag', [12], false),
  law('SFS 2003:778', 'Lag (2003:778) om skydd mot olyckor', undefined, 'lag', [3, 2, 2]),
  law('SFS 2000:1383', 'Lag (2000:1383) om kommunernas bostadsförsörjningsansvar', undefined, 'lag', [4], false),
  law('SFS 2018:222', 'Lag (2018:222) om bostadsanpassningsbidrag', undefined, 'lag', [10], false),
  law('SFS 1991:1128', 'Lag (1991:1128) om psykiatrisk tvångsvård', 'LPT', 'lag', [12], false),
  law('SFS 1990:52', 'Lag (1990:52) med särskilda bestämmelser om vård av unga', 'LVU', 'lag', [8], false),
  law('SFS 1988:870', 'Lag (1988:870) om vård av missbrukare i vissa fall', 'LVM', 'lag', [6], false),
  law('SFS 2005:837', 'Vallag (2005:837)', undefined, 'lag', [2, 2, 2]),
  law('SFS 2010:1369', 'Patientsäkerhetsförordning (2010:1369)', undefined, 'förordning', [3, 2]),
  law('SFS 1992:191', 'Avgiftsförordning (1992:191)', undefined, 'förordning', [6], false),
  law('SFS 1949:105', 'Tryckfrihetsförordning (1949:105)', 'TF', 'lag', [2, 16]),
  law('SFS 1974:152', 'Regeringsform (1974:152)', 'RF', 'lag', [2, 2, 2]),
  law('HSLF-FS 2017:37', 'Socialstyrelsens föreskrifter och allmänna råd om ordination och hantering av läkemedel i hälso- och sjukvården', undefined, 'föreskrift', [3, 4]),
  law('SOSFS 2011:9', 'Socialstyrelsens föreskrifter och allmänna råd om ledningssystem för systematiskt kvalitetsarbete', undefined, 'föreskrift', [3, 3]),
  law('AFS 2005:5', 'Arbetsmiljöverkets föreskrifter om cytostatika och andra läkemedel med bestående toxisk effekt', undefined, 'föreskrift', [6], false),
  law('LVFS 2012:8', 'Läkemedelsverkets föreskrifter om handel med läkemedel', undefined, 'föreskrift', [2, 3]),
];

/** Matters that decisions are about. */
export const matters: readonly string[] = [
  'budget och verksamhetsplan', 'årsredovisning', 'delårsrapport', 'internkontrollplan', 'attestreglemente',
  'riktlinjer för investeringar', 'lokalförsörjningsplan', 'upphandling av ambulanstransporter',
  'tillfälliga moduler vid hälsocentral', 'kollektivtrafikens trafikförsörjningsprogram', 'regional utvecklingsstrategi',
  'energi- och klimatstrategi', 'folkhälsoprogram', 'handlingsplan mot våld i nära relationer', 'digital signering av handlingar',
  'avgifter för kopior av allmänna handlingar', 'delegationsordning', 'krisberedskap och civilt försvar',
  'läkemedelsförsörjning', 'oberoende av inhyrd personal', 'nära vård', 'psykiatrisk heldygnsvård',
  'tandvårdstaxa', 'patientavgifter', 'bostadsförsörjningsprogram', 'detaljplan för bostäder', 'översiktsplan',
  'skolans lokaler', 'förskoleplatser', 'äldreomsorgens bemanning', 'LSS-boende', 'vatten- och avloppstaxa',
  'avfallsplan', 'bredbandsutbyggnad', 'kulturstrategi', 'biblioteksplan', 'friskvårdsbidrag', 'arbetsmiljöpolicy',
  'bolagsordning och ägardirektiv', 'borgensåtagande', 'lån hos Kommuninvest', 'försäljning av fastighet',
  'markanvisning', 'näringslivsstrategi', 'samverkan med kommunerna om hemsjukvård', 'screening för tjocktarmscancer',
  'mobilt närsjukvårdsteam', 'återinskrivningar inom 30 dagar', 'rehabiliteringsgarantin', 'smart specialisering',
];

export const outcomes: readonly string[] = ['bifall', 'fastställd', 'antagen', 'godkänd', 'avslag', 'lagd till handlingarna', 'återremiss'];

export interface BoardTemplate {
  name: string;
  abbreviation: string;
  boardType: 'assembly' | 'executive' | 'committee' | 'subcommittee' | 'presidium' | 'auditors';
}

const board = (name: string, abbreviation: string, boardType: BoardTemplate['boardType']): BoardTemplate => ({ name, abbreviation, boardType });

/** A region's bodies; the assembly first, the executive board second. */
export const regionBoards: readonly BoardTemplate[] = [
  board('Regionfullmäktige', 'RF', 'assembly'),
  board('Regionstyrelsen', 'RS', 'executive'),
  board('Hälso- och sjukvårdsnämnden', 'HSN', 'committee'),
  board('Regionala utvecklingsnämnden', 'RUN', 'committee'),
  board('Kulturnämnden', 'KN', 'committee'),
  board('Kollektivtrafiknämnden', 'KTN', 'committee'),
  board('Tandvårdsnämnden', 'TN', 'committee'),
  board('Patientnämnden', 'PN', 'committee'),
  board('Krisledningsnämnden', 'KLN', 'committee'),
  board('Regionstyrelsens arbetsutskott', 'RSAU', 'subcommittee'),
  board('Fullmäktiges presidium', 'FP', 'presidium'),
  board('Revisorerna', 'REV', 'auditors'),
];

/** A municipality's bodies; the assembly first, the executive board second. */
export const municipalityBoards: readonly BoardTemplate[] = [
  board('Kommunfullmäktige', 'KF', 'assembly'),
  board('Kommunstyrelsen', 'KS', 'executive'),
  board('Barn- och utbildningsnämnden', 'BUN', 'committee'),
  board('Socialnämnden', 'SN', 'committee'),
  board('Bygg- och miljönämnden', 'BMN', 'committee'),
  board('Kultur- och fritidsnämnden', 'KFN', 'committee'),
  board('Tekniska nämnden', 'TEN', 'committee'),
  board('Valnämnden', 'VN', 'committee'),
  board('Överförmyndarnämnden', 'ÖFN', 'committee'),
  board('Kommunstyrelsens arbetsutskott', 'KSAU', 'subcommittee'),
  board('Fullmäktiges presidium', 'FP', 'presidium'),
  board('Revisorerna', 'REV', 'auditors'),
];

export const parties: ReadonlyArray<{ name: string; abbreviation: string }> = [
  { name: 'Socialdemokraterna', abbreviation: 'S' }, { name: 'Moderaterna', abbreviation: 'M' },
  { name: 'Sverigedemokraterna', abbreviation: 'SD' }, { name: 'Centerpartiet', abbreviation: 'C' },
  { name: 'Vänsterpartiet', abbreviation: 'V' }, { name: 'Kristdemokraterna', abbreviation: 'KD' },
  { name: 'Liberalerna', abbreviation: 'L' }, { name: 'Miljöpartiet de gröna', abbreviation: 'MP' },
];

export const firstNames: readonly string[] = [
  'Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Anders', 'Eva', 'Johan', 'Kristina', 'Per', 'Lena', 'Mikael',
  'Sara', 'Karl', 'Emma', 'Jan', 'Ingrid', 'Peter', 'Elin', 'Thomas', 'Sofia', 'Daniel', 'Linnea', 'Fredrik',
  'Malin', 'Magnus', 'Helena', 'Stefan', 'Jenny', 'Mats', 'Annika', 'Björn', 'Ulrika', 'Henrik', 'Camilla',
  'Ola', 'Marie', 'Christer', 'Åsa', 'Bengt',
];

export const lastNames: readonly string[] = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
  'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Lindberg', 'Jakobsson',
  'Magnusson', 'Lindström', 'Olofsson', 'Lindqvist', 'Lindgren', 'Berg', 'Axelsson', 'Bergström', 'Lundberg',
  'Lind', 'Lundgren', 'Lundqvist', 'Mattsson', 'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg',
  'Sjöberg', 'Wallin', 'Engström', 'Eklund', 'Danielsson', 'Lundin', 'Håkansson', 'Björk', 'Bergman', 'Gunnarsson',
  'Holm', 'Nyström', 'Wikström', 'Samuelsson', 'Isaksson',
];
