/** The finder's questions as the page asks them (Bokmål; the finder pages are in Bokmål). */
import type { Question } from '../../lib/finder';

export const QUESTION_TEXT: Record<Question, { heading: string; hint: string }> = {
  situasjon: {
    heading: 'Skal dere ansette, eller jobber personen hos dere allerede?',
    hint: 'Noen virkemidler gjelder bare når dere ansetter noen nye.',
  },
  malgruppe: {
    heading: 'Hva beskriver situasjonen til personen best?',
    hint: 'Velg det som passer best. Dere trenger ikke vite om diagnoser.',
  },
  behov: {
    heading: 'Hva trenger dere mest hjelp til?',
    hint: 'Velg det viktigste. Resultatet viser også andre virkemidler som kan passe.',
  },
};
