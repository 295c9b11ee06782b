/** Swedish names for what the API calls by English identifiers; unknown ones are shown as they are. */

const kindNames = {
  region: ['Region', 'Regioner'],
  county: ['Län', 'Län'],
  municipality: ['Kommun', 'Kommuner'],
  organization: ['Organisation', 'Organisationer'],
  board: ['Organ', 'Organ'],
  person: ['Person', 'Personer'],
  party: ['Parti', 'Partier'],
  office: ['Befattning', 'Befattningar'],
  meeting: ['Sammanträde', 'Sammanträden'],
  decision: ['Beslut', 'Beslut'],
  case: ['Ärende', 'Ärenden'],
  motion: ['Motion', 'Motioner'],
  programme: ['Program', 'Program'],
  agreement: ['Överenskommelse', 'Överenskommelser'],
  audit: ['Granskning', 'Granskningar'],
  law: ['Lag eller föreskrift', 'Lagar och föreskrifter'],
  provision: ['Bestämmelse', 'Bestämmelser'],
  document: ['Dokument', 'Dokument'],
};

export function kindLabel(kind, plural = false) {
  const names = kindNames[String(kind).toLowerCase()];
  return names ? names[plural ? 1 : 0] : String(kind);
}

const relationNames = {
  PART_OF: 'del av', DECIDED_BY: 'beslutat av', AT_MEETING: 'vid sammanträde', HELD_BY: 'hållet av',
  IN_CASE: 'i ärende', PROPOSES: 'föreslår', PREPARES: 'bereder', EXTENDS: 'förlänger', AMENDS: 'ändrar',
  SUPERSEDES: 'ersätter', REPEALS: 'upphäver', ANSWERS: 'besvarar', REPORTS_BACK_ON: 'återredovisar',
  ASSIGNS: 'ger uppdrag till', CITES: 'hänvisar till', ACCOUNTABLE_TO: 'ansvarar inför',
  SUPERVISES: 'har uppsikt över', AUDITS: 'granskar', DELEGATES_TO: 'delegerar till',
  SUBSTITUTED_BY: 'ersätts av', OWNS: 'äger', PARTY_TO: 'part i', FUNDS: 'finansierar',
  SUPPLEMENTS: 'kompletterar', COVERS: 'omfattar', IN_COUNTY: 'i län', PARTICIPATES_IN: 'deltar i',
  SUCCEEDS: 'efterträder', MEMBER_OF: 'medlem i', AUTHORED: 'skrev', SUBMITTED_TO: 'inlämnad till',
  EXAMINES: 'granskar', CONDUCTED_BY: 'utförd av', REGISTERED_BY: 'diariefört hos', ISSUED_BY: 'upprättat av',
};

/** An edge label: the relation in Swedish, since the graph is read by Swedish speakers. */
export function relationLabel(relation) {
  return relationNames[String(relation).toUpperCase()] ?? String(relation).toLowerCase().replaceAll('_', ' ');
}

const fieldNames = {
  id: 'Id', kind: 'Typ', name: 'Namn', date: 'Datum', dateEnd: 'Slutdatum', datePrecision: 'Datumprecision',
  paragraph: 'Paragraf', title: 'Rubrik', summary: 'Sammanfattning', outcome: 'Utfall', number: 'Diarienummer',
  shortName: 'Kortnamn', orgNumber: 'Organisationsnummer', formed: 'Bildad', code: 'Kod', iso: 'ISO-kod',
  orgType: 'Organisationstyp', country: 'Land', description: 'Beskrivning', boardType: 'Organtyp',
  abbreviation: 'Förkortning', aliases: 'Andra namn', established: 'Inrättad', dissolved: 'Upplöst',
  role: 'Roll', motionType: 'Motionstyp', submitted: 'Inlämnad', programmeType: 'Programtyp', start: 'Start',
  end: 'Slut', agreementType: 'Avtalstyp', amountSek: 'Belopp (kr)', answerDue: 'Svar senast',
  recommendations: 'Rekommendationer', designation: 'Beteckning', lawType: 'Författningstyp', chapter: 'Kapitel',
  section: 'Paragraf', docType: 'Dokumenttyp', publisher: 'Utgivare', file: 'Fil',
  body: 'Beslutande organ', case: 'Ärende', meeting: 'Sammanträde', decisions: 'Beslut', cites: 'Hänvisar till',
  citedBy: 'Hänvisas till av', proposes: 'Föreslår', proposedBy: 'Föreslaget av', prepares: 'Bereder',
  preparedBy: 'Beretts av', extends: 'Förlänger', extendedBy: 'Förlängt av', amends: 'Ändrar',
  amendedBy: 'Ändrat av', supersedes: 'Ersätter', supersededBy: 'Ersatt av', repeals: 'Upphäver',
  repealedBy: 'Upphävt av', answers: 'Besvarar', answeredBy: 'Besvarad av', reportsBackOn: 'Återredovisar',
  reportedBackBy: 'Återredovisat av', assigns: 'Ger uppdrag', assignedBy: 'Uppdrag från',
  supervises: 'Har uppsikt över', supervisedBy: 'Under uppsikt av', accountableTo: 'Ansvarar inför',
  accountable: 'Ansvariga inför', audits: 'Granskar', auditedBy: 'Granskas av', delegatesTo: 'Delegerar till',
  delegatedBy: 'Delegerad från', substitutedBy: 'Ersätts av', substitutes: 'Ersätter vid förfall', owns: 'Äger',
  ownedBy: 'Ägs av', parties: 'Parter', partyTo: 'Part i', funds: 'Finansierar', fundedBy: 'Finansieras av',
  supplements: 'Kompletterar', supplementedBy: 'Kompletteras av', covers: 'Omfattar', coveredBy: 'Omfattas av',
  county: 'Län', municipalities: 'Kommuner', programmes: 'Program', participants: 'Deltagare',
  participatesIn: 'Deltar i', agreements: 'Överenskommelser', succeeds: 'Efterträder', succeededBy: 'Efterträds av',
  members: 'Medlemmar', memberOf: 'Medlem i', party: 'Parti', motions: 'Motioner', author: 'Författare',
  authored: 'Skrev', submittedTo: 'Inlämnad till', examines: 'Granskar', conductedBy: 'Utförd av',
  provisions: 'Bestämmelser', law: 'Lag', organization: 'Organisation', parent: 'Överordnad', partOf: 'Del av',
  parts: 'Delar', boards: 'Organ', offices: 'Befattningar', units: 'Enheter', meetings: 'Sammanträden',
  heldBy: 'Hålls av', basis: 'Grund', matters: 'Ärendetyper', since: 'Sedan', task: 'Uppdrag', due: 'Senast',
  sharePercent: 'Andel (%)', asOf: 'Per', when: 'När', year: 'År', from: 'Från', to: 'Till', subject: 'Granskat område', auditor: 'Granskare', audit: 'Granskning',
};

/** A field's heading: Swedish where known, else the identifier split into words. */
export function fieldLabel(field) {
  return fieldNames[field] ?? field.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

const viewNames = {
  lineage: 'Beslutskedja', supervision: 'Tillsynskedja', delegation: 'Delegationskedja', neighbourhood: 'Grannskap',
};

export function viewLabel(view) {
  return viewNames[view] ?? view;
}
