/** The finder's questions as the page asks them (Bokmål; the finder pages are in Bokmål). */
import type { Question } from '../../lib/finder';

/** Each question's heading, hint, and the error shown when «Vis virkemidlene» is pressed without an answer. */
export const QUESTION_TEXT: Record<Question, { heading: string; hint: string; error: string }> = {
  situasjon: {
    heading: 'Skal dere ansette, eller jobber personen hos dere allerede?',
    hint: 'Noen virkemidler gjelder bare når dere ansetter noen nye.',
    error: 'Velg om dere skal ansette, eller om personen jobber hos dere allerede',
  },
  malgruppe: {
    heading: 'Hva beskriver situasjonen til personen best?',
    hint: 'Velg det som passer best. Dere trenger ikke vite om diagnoser.',
    error: 'Velg hva som beskriver situasjonen til personen best',
  },
  behov: {
    heading: 'Hva trenger dere mest hjelp til?',
    hint: 'Velg det viktigste. Resultatet viser også andre virkemidler som kan passe.',
    error: 'Velg hva dere trenger mest hjelp til',
  },
};
