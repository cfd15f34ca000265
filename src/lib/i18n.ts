/** Interface words in Bokmål and Nynorsk. Content carries its own language; this is the chrome. */
import type { Lang } from './dates';

const WORDS = {
  skipToContent: { nb: 'Hopp til hovedinnholdet', nn: 'Hopp til hovudinnhaldet' },
  mainNav: { nb: 'Hovedmeny', nn: 'Hovudmeny' },
  navMeasures: { nb: 'Virkemidler', nn: 'Verkemiddel' },
  navFocusAreas: { nb: 'Innsatsområder', nn: 'Innsatsområde' },
  navFinder: { nb: 'Veiviser', nn: 'Vegvisar' },
  measure: { nb: 'Virkemiddel', nn: 'Verkemiddel' },
  askWhatCombines: { nb: 'Spør NAV om hva som kan kombineres i ditt tilfelle.', nn: 'Spør NAV om kva som kan kombinerast i ditt tilfelle.' },
  usedWithInStories: {
    nb: 'I historiene er det brukt før, etter eller sammen med virkemidlene under. Det betyr ikke at de kan kombineres i ditt tilfelle, så spør NAV.',
    nn: 'I historiene er det brukt før, etter eller saman med verkemidla under. Det tyder ikkje at dei kan kombinerast i ditt tilfelle, så spør NAV.',
  },
  articleMeasures: { nb: 'Virkemidler i artikkelen', nn: 'Verkemiddel i artikkelen' },
  storyFacts: { nb: 'Fakta om historien', nn: 'Fakta om historia' },
  figuresChange: { nb: 'Tall og satser kan endre seg: sjekk alltid nav.no.', nn: 'Tal og satsar kan endre seg: sjekk alltid nav.no.' },
  publisherFrom: { nb: 'Fra', nn: 'Frå' },
  publisherCampaign: { nb: 'en kampanje i inkluderingsdugnaden', nn: 'ein kampanje i inkluderingsdugnaden' },
  published: { nb: 'Publisert', nn: 'Publisert' },
  publishedHere: { nb: 'Publisert på #Semuligheter', nn: 'Publisert på #Semuligheter' },
  updated: { nb: 'Oppdatert', nn: 'Oppdatert' },
  checked: { nb: 'Kontrollert', nn: 'Kontrollert' },
  sources: { nb: 'Kilder', nn: 'Kjelder' },
  measuresUsed: { nb: 'Virkemidler som ble brukt', nn: 'Verkemiddel som vart brukte' },
  focusArea: { nb: 'Innsatsområde', nn: 'Innsatsområde' },
  industry: { nb: 'Bransje', nn: 'Bransje' },
  county: { nb: 'Fylke', nn: 'Fylke' },
  companySize: { nb: 'Størrelse', nn: 'Storleik' },
  targetGroups: { nb: 'Målgruppe', nn: 'Målgruppe' },
  result: { nb: 'Resultat', nn: 'Resultat' },
  getStarted: { nb: 'Slik kommer dere i gang', nn: 'Slik kjem de i gang' },
  illustrativeNote: {
    nb: 'Dette er et eksempel skrevet for kampanjen, ikke en virkelig person eller bedrift. Det viser hvordan virkemidlene kan brukes.',
    nn: 'Dette er eit døme skrive for kampanjen, ikkje ein verkeleg person eller bedrift. Det viser korleis verkemidla kan brukast.',
  },
  illustrativeLabel: { nb: 'Eksempel', nn: 'Døme' },
  summary: { nb: 'Kort om', nn: 'Kort om' },
  forWhom: { nb: 'Hvem passer det for', nn: 'Kven passar det for' },
  employerGets: { nb: 'Hva får arbeidsgiveren', nn: 'Kva får arbeidsgivaren' },
  duration: { nb: 'Varighet', nn: 'Varigheit' },
  combinesWith: { nb: 'Kan kombineres med', nn: 'Kan kombinerast med' },
  howTo: { nb: 'Slik går du fram', nn: 'Slik går du fram' },
  contact: { nb: 'Kontakt', nn: 'Kontakt' },
  phone: { nb: 'Telefon', nn: 'Telefon' },
  readMore: { nb: 'Les mer', nn: 'Les meir' },
  // The stories are examples written for the campaign, so the heading does not call them cases.
  storiesUsing: { nb: 'Eksempler på bruk', nn: 'Døme på bruk' },
  noneYet: { nb: 'Ingen ennå.', nn: 'Ingen enno.' },
  source: { nb: 'Kilde', nn: 'Kjelde' },
  onThisPage: { nb: 'På denne siden', nn: 'På denne sida' },
  breadcrumb: { nb: 'Brødsmulesti', nn: 'Brødsmulesti' },
  home: { nb: 'Forside', nn: 'Framside' },
  searchLabel: { nb: 'Søk på nettstedet', nn: 'Søk på nettstaden' },
  searchButton: { nb: 'Søk', nn: 'Søk' },
  // Short enough to show whole in the header on a 320 px phone.
  searchPlaceholder: { nb: 'Søk på nettstedet', nn: 'Søk på nettstaden' },
  // Related content at the end of stories, measures and focus areas.
  related: { nb: 'Les også', nn: 'Les òg' },
  relatedKindStory: { nb: 'Historie', nn: 'Historie' },
  relatedKindMeasure: { nb: 'Virkemiddel', nn: 'Verkemiddel' },
  // Share cards, the «Del siden» block and fact sheets.
  kindHome: { nb: 'Kampanjen', nn: 'Kampanjen' },
  kindList: { nb: 'Oversikt', nn: 'Oversikt' },
  kindStory: { nb: 'Historie', nn: 'Historie' },
  kindMeasure: { nb: 'Virkemiddel', nn: 'Verkemiddel' },
  kindFactSheet: { nb: 'Faktaark', nn: 'Faktaark' },
  kindPage: { nb: '#Semuligheter', nn: '#Semuligheter' },
  shareHeading: { nb: 'Del siden', nn: 'Del sida' },
  shareLinkLabel: { nb: 'Lenke til denne siden', nn: 'Lenkje til denne sida' },
  shareCopy: { nb: 'Kopier lenken', nn: 'Kopier lenkja' },
  shareCopied: { nb: 'Lenken er kopiert.', nn: 'Lenkja er kopiert.' },
  shareCopyFailed: { nb: 'Kunne ikke kopiere. Merk lenken og kopier den selv.', nn: 'Kunne ikkje kopiere. Merk lenkja og kopier ho sjølv.' },
  shareEmail: { nb: 'E-post', nn: 'E-post' },
  shareNative: { nb: 'Del med en app', nn: 'Del med ein app' },
  shareOn: { nb: 'Del på', nn: 'Del på' },
  feedSite: { nb: 'Nytt fra #Semuligheter', nn: 'Nytt frå #Semuligheter' },
  feedFollow: { nb: 'Følg innsatsområdet med RSS', nn: 'Følg innsatsområdet med RSS' },
  factSheet: { nb: 'Faktaark', nn: 'Faktaark' },
  printFactSheet: { nb: 'Skriv ut faktaarket', nn: 'Skriv ut faktaarket' },
  factSheetLink: { nb: 'Faktaark på én side, til utskrift', nn: 'Faktaark på éi side, til utskrift' },
  fullPage: { nb: 'Hele siden om virkemiddelet', nn: 'Heile sida om verkemiddelet' },
} as const satisfies Record<string, Record<Lang, string>>;

export type WordKey = keyof typeof WORDS;

/** The interface word for `key` in the page's language. */
export function t(lang: Lang, key: WordKey): string {
  return WORDS[key][lang];
}

/**
 * The language to mark on a link or name from another entry: its own when it differs from the
 * page's, so a screen reader reads a Bokmål title on a Nynorsk page as Bokmål. Undefined when they match.
 */
export function otherLang(entryLang: Lang, pageLang: Lang): Lang | undefined {
  return entryLang === pageLang ? undefined : entryLang;
}
