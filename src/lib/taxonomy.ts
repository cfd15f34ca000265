/**
 * Fixed vocabularies used in frontmatter, filters, search facets and the measure finder.
 * Frontmatter uses the ids (ASCII, URL-safe); pages show the labels.
 */

/** A vocabulary term: a stable id used in frontmatter and URLs, and labels for display. */
export interface Term<Id extends string = string> {
  readonly id: Id;
  /** Label in Bokmål. */
  readonly nb: string;
  /** Label in Nynorsk. */
  readonly nn: string;
  /**
   * Other words people search with for this term, in both written standards (an industry's
   * trades and workplaces, a county's part of the country). Indexed with the stories that have
   * the term, never shown.
   */
  readonly searchWords?: readonly string[];
}

/** Norway's 15 counties (fylker) as of 1 January 2024. */
export const COUNTIES = [
  { id: 'agder', nb: 'Agder', nn: 'Agder', searchWords: ['Sørlandet'] },
  { id: 'akershus', nb: 'Akershus', nn: 'Akershus', searchWords: ['Østlandet'] },
  { id: 'buskerud', nb: 'Buskerud', nn: 'Buskerud', searchWords: ['Østlandet'] },
  { id: 'finnmark', nb: 'Finnmark', nn: 'Finnmark', searchWords: ['Nord-Norge', 'Nord-Noreg'] },
  { id: 'innlandet', nb: 'Innlandet', nn: 'Innlandet', searchWords: ['Østlandet'] },
  { id: 'more-og-romsdal', nb: 'Møre og Romsdal', nn: 'Møre og Romsdal', searchWords: ['Vestlandet'] },
  { id: 'nordland', nb: 'Nordland', nn: 'Nordland', searchWords: ['Nord-Norge', 'Nord-Noreg'] },
  { id: 'oslo', nb: 'Oslo', nn: 'Oslo', searchWords: ['Østlandet'] },
  { id: 'rogaland', nb: 'Rogaland', nn: 'Rogaland', searchWords: ['Vestlandet'] },
  { id: 'telemark', nb: 'Telemark', nn: 'Telemark', searchWords: ['Østlandet'] },
  { id: 'troms', nb: 'Troms', nn: 'Troms', searchWords: ['Nord-Norge', 'Nord-Noreg'] },
  { id: 'trondelag', nb: 'Trøndelag', nn: 'Trøndelag', searchWords: ['Midt-Norge', 'Midt-Noreg'] },
  { id: 'vestfold', nb: 'Vestfold', nn: 'Vestfold', searchWords: ['Østlandet'] },
  { id: 'vestland', nb: 'Vestland', nn: 'Vestland', searchWords: ['Vestlandet'] },
  { id: 'ostfold', nb: 'Østfold', nn: 'Østfold', searchWords: ['Østlandet'] },
] as const satisfies readonly Term[];

/** Industries (bransjer) used to group stories. */
export const INDUSTRIES = [
  { id: 'bygg-og-anlegg', nb: 'Bygg og anlegg', nn: 'Bygg og anlegg', searchWords: ['byggebransjen', 'håndverk', 'håndverker', 'entreprenør', 'snekker', 'rørlegger', 'elektriker'] },
  { id: 'handel', nb: 'Handel', nn: 'Handel', searchWords: ['butikk', 'varehandel', 'detaljhandel', 'dagligvare', 'salg', 'sal'] },
  { id: 'helse-og-omsorg', nb: 'Helse og omsorg', nn: 'Helse og omsorg', searchWords: ['sykehus', 'sjukehus', 'sykehjem', 'sjukeheim', 'eldreomsorg', 'pleie', 'helsevesen'] },
  { id: 'hotell-og-restaurant', nb: 'Hotell og restaurant', nn: 'Hotell og restaurant', searchWords: ['reiseliv', 'servering', 'kafé', 'kafe', 'kjøkken', 'overnatting'] },
  { id: 'industri', nb: 'Industri', nn: 'Industri', searchWords: ['produksjon', 'fabrikk', 'verksted', 'verkstad'] },
  { id: 'it-og-teknologi', nb: 'IT og teknologi', nn: 'IT og teknologi', searchWords: ['teknologibransjen', 'programvare', 'utvikler', 'digitalisering'] },
  { id: 'kultur-og-idrett', nb: 'Kultur og idrett', nn: 'Kultur og idrett', searchWords: ['kultursektoren', 'museum', 'sport', 'frivillighet', 'frivilligheit'] },
  { id: 'landbruk-og-fiske', nb: 'Landbruk og fiske', nn: 'Landbruk og fiske', searchWords: ['havbruk', 'oppdrett', 'fiskeoppdrett', 'akvakultur', 'sjømat', 'fiskeri', 'jordbruk', 'gårdsbruk'] },
  { id: 'mat-og-drikke', nb: 'Mat og drikke', nn: 'Mat og drikke', searchWords: ['næringsmiddel', 'matproduksjon', 'bakeri', 'bryggeri'] },
  { id: 'offentlig-sektor', nb: 'Offentlig sektor', nn: 'Offentleg sektor', searchWords: ['kommune', 'kommunal', 'statlig', 'statleg', 'etat', 'forvaltning'] },
  { id: 'renhold-og-eiendom', nb: 'Renhold og eiendom', nn: 'Reinhald og eigedom', searchWords: ['rengjøring', 'reingjering', 'vaktmester', 'vaktmeister', 'eiendomsdrift', 'eigedomsdrift'] },
  { id: 'transport-og-logistikk', nb: 'Transport og logistikk', nn: 'Transport og logistikk', searchWords: ['lager', 'lagerarbeid', 'sjåfør', 'frakt', 'spedisjon'] },
  { id: 'undervisning', nb: 'Undervisning', nn: 'Undervisning', searchWords: ['skole', 'skule', 'barnehage', 'utdanning', 'opplæring'] },
] as const satisfies readonly Term[];

/** Company sizes by number of employees. */
export const COMPANY_SIZES = [
  { id: 'liten', nb: 'Liten (under 20 ansatte)', nn: 'Liten (under 20 tilsette)' },
  { id: 'mellomstor', nb: 'Mellomstor (20–99 ansatte)', nn: 'Mellomstor (20–99 tilsette)' },
  { id: 'stor', nb: 'Stor (100 ansatte eller flere)', nn: 'Stor (100 tilsette eller fleire)' },
] as const satisfies readonly Term[];

/** The campaign's target groups: the candidate's situation. */
export const TARGET_GROUPS = [
  { id: 'nedsatt-funksjonsevne', nb: 'Nedsatt funksjonsevne', nn: 'Nedsett funksjonsevne' },
  { id: 'psykisk-helse', nb: 'Psykiske helseplager', nn: 'Psykiske helseplager' },
  { id: 'hull-i-cv', nb: 'Hull i CV-en', nn: 'Hol i CV-en' },
  { id: 'unge', nb: 'Unge utenfor arbeid og skole', nn: 'Unge utanfor arbeid og skule' },
  { id: 'mangler-kompetanse', nb: 'Mangler formell kompetanse', nn: 'Manglar formell kompetanse' },
] as const satisfies readonly Term[];

/** What an employer needs help with (the measure finder's second question). */
export const EMPLOYER_NEEDS = [
  { id: 'rekruttere', nb: 'Finne den rette kandidaten', nn: 'Finne den rette kandidaten' },
  { id: 'lavere-kostnad', nb: 'Lavere kostnad eller risiko', nn: 'Lågare kostnad eller risiko' },
  { id: 'opplaering', nb: 'Opplæring', nn: 'Opplæring' },
  { id: 'oppfolging', nb: 'Oppfølging', nn: 'Oppfølging' },
  { id: 'tilrettelegging', nb: 'Tilrettelegging av arbeidsplassen', nn: 'Tilrettelegging av arbeidsplassen' },
] as const satisfies readonly Term[];

/** Whether the person is a new hire or already employed. */
export const EMPLOYMENT = [
  { id: 'ny', nb: 'Vi vil ansette noen', nn: 'Vi vil tilsetje nokon' },
  { id: 'ansatt', nb: 'Personen jobber allerede hos oss', nn: 'Personen jobbar allereie hos oss' },
] as const satisfies readonly Term[];

/** Kinds of partner organisations. */
export const PARTNER_KINDS = [
  { id: 'departement', nb: 'Departement', nn: 'Departement' },
  { id: 'direktorat', nb: 'Direktorat og etat', nn: 'Direktorat og etat' },
  { id: 'partene', nb: 'Partene i arbeidslivet', nn: 'Partane i arbeidslivet' },
  { id: 'brukerorganisasjon', nb: 'Brukerorganisasjon', nn: 'Brukarorganisasjon' },
  { id: 'tiltaksarrangor', nb: 'Tiltaksarrangør', nn: 'Tiltaksarrangør' },
  { id: 'sosial-entreprenor', nb: 'Sosial entreprenør', nn: 'Sosial entreprenør' },
] as const satisfies readonly Term[];

/** Kinds of articles. */
export const ARTICLE_KINDS = [
  { id: 'nyhet', nb: 'Nyhet', nn: 'Nyheit' },
  { id: 'brev', nb: 'Brev', nn: 'Brev' },
  { id: 'rapport', nb: 'Rapport', nn: 'Rapport' },
] as const satisfies readonly Term[];

export type TargetGroupId = (typeof TARGET_GROUPS)[number]['id'];
export type EmployerNeedId = (typeof EMPLOYER_NEEDS)[number]['id'];
export type EmploymentId = (typeof EMPLOYMENT)[number]['id'];

/** The ids of a vocabulary, as a non-empty tuple for `z.enum`. */
export function ids<const T extends readonly Term[]>(terms: T): [T[number]['id'], ...T[number]['id'][]] {
  const all = terms.map((t) => t.id) as T[number]['id'][];
  const [first, ...rest] = all;
  if (first === undefined) throw new Error('A vocabulary needs at least one term');
  return [first, ...rest];
}

/**
 * The label of a term in the given language.
 * @throws if the id is not in the vocabulary (content is validated, so this is a code bug).
 */
export function label(terms: readonly Term[], id: string, lang: 'nb' | 'nn' = 'nb'): string {
  const term = terms.find((t) => t.id === id);
  if (!term) throw new Error(`Unknown term "${id}"`);
  return term[lang];
}
