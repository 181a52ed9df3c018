/**
 * What the guest reads, per language, as the templates (English source) and
 * apps/booking-engine/src/locale/*.it.json say it. Tests find controls by these visible
 * names and labels, as a guest or a screen reader would, never by CSS classes.
 */
export interface BookingTexts {
  readonly searchTitle: string;
  readonly arrival: string;
  readonly departure: string;
  readonly adults: string;
  readonly children: string;
  readonly childAge: (index: number) => string;
  readonly search: string;
  readonly resultsHeading: string;
  readonly choose: (typeName: string) => RegExp;
  readonly chooseUnitTitle: (typeName: string) => string;
  readonly live: string;
  readonly connecting: string;
  readonly yourChoice: (code: string) => string;
  readonly continue: string;
  readonly takenByHold: (code: string) => string;
  readonly alternativesIntro: string;
  readonly anyFreePlace: string;
  readonly extrasTitle: string;
  readonly heldFor: (code: string) => string;
  readonly continueToDetails: string;
  readonly detailsTitle: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly phone: string;
  readonly country: string;
  readonly continueToReview: string;
  readonly reviewTitle: string;
  readonly confirmBooking: string;
  readonly confirmationTitle: string;
  readonly confirmationMailSubject: string;
  readonly typeNames: Readonly<Record<string, string>>;
  readonly extraNames: Readonly<Record<string, string>>;
}

/**
 * A result's link: the visible verb, then ": {type}" for screen readers. Chromium puts a
 * space between the two spans (the hidden one is absolutely positioned): tolerated here,
 * reported as a wart.
 */
function chooseLink(verb: string, typeName: string): RegExp {
  return new RegExp(`^${escapeRegExp(verb)} ${escapeRegExp(typeName)}$`);
}

const it: BookingTexts = {
  searchTitle: 'Trova il tuo posto in campeggio',
  arrival: 'Arrivo',
  departure: 'Partenza',
  adults: 'Adulti',
  children: 'Bambini (0-17)',
  childAge: (index) => `Bambino ${index}`,
  search: 'Cerca',
  resultsHeading: 'Il tuo soggiorno',
  choose: (typeName) => chooseLink('Scegli', typeName),
  chooseUnitTitle: (typeName) => `Scegli il tuo posto: ${typeName}`,
  live: 'In tempo reale: i posti si aggiornano mentre altri ospiti prenotano',
  connecting: 'Connessione agli aggiornamenti in tempo reale…',
  yourChoice: (code) => `La tua scelta: ${code}`,
  continue: 'Continua',
  takenByHold: (code) => `${code} è stato preso da un altro ospite un attimo fa.`,
  alternativesIntro: 'Questi posti vicini sono ancora liberi:',
  anyFreePlace: 'Un posto libero qualsiasi di questa tipologia',
  extrasTitle: 'Aggiungi extra',
  heldFor: (code) => `Teniamo ${code} per te.`,
  continueToDetails: 'Continua con i tuoi dati',
  detailsTitle: 'I tuoi dati',
  firstName: 'Nome',
  lastName: 'Cognome',
  email: 'Indirizzo e-mail',
  phone: 'Numero di telefono (facoltativo)',
  country: 'Paese di residenza',
  continueToReview: 'Continua al riepilogo',
  reviewTitle: 'Riepilogo e conferma',
  confirmBooking: 'Conferma prenotazione',
  confirmationTitle: 'La tua prenotazione è confermata',
  confirmationMailSubject: 'Prenotazione confermata',
  typeNames: { 'pitch-standard': 'Piazzola standard', 'pitch-comfort': 'Piazzola comfort', 'pitch-lake': 'Piazzola vista lago' },
  extraNames: { bbq: 'Barbecue', breakfast: 'Colazione' },
};

const en: BookingTexts = {
  searchTitle: 'Find your place at the campsite',
  arrival: 'Arrival',
  departure: 'Departure',
  adults: 'Adults',
  children: 'Children (0-17)',
  childAge: (index) => `Child ${index}`,
  search: 'Search',
  resultsHeading: 'Your stay',
  choose: (typeName) => chooseLink('Choose', typeName),
  chooseUnitTitle: (typeName) => `Choose your place: ${typeName}`,
  live: 'Live: places update as other guests book',
  connecting: 'Connecting to live updates…',
  yourChoice: (code) => `Your choice: ${code}`,
  continue: 'Continue',
  takenByHold: (code) => `${code} was taken by another guest a moment ago.`,
  alternativesIntro: 'These places nearby are still free:',
  anyFreePlace: 'Any free place of this type',
  extrasTitle: 'Add extras',
  heldFor: (code) => `${code} is held for you.`,
  continueToDetails: 'Continue to your details',
  detailsTitle: 'Your details',
  firstName: 'First name',
  lastName: 'Last name',
  email: 'E-mail address',
  phone: 'Phone number (optional)',
  country: 'Country of residence',
  continueToReview: 'Continue to review',
  reviewTitle: 'Review and confirm',
  confirmBooking: 'Confirm booking',
  confirmationTitle: 'Your booking is confirmed',
  confirmationMailSubject: 'Booking confirmed',
  typeNames: { 'pitch-standard': 'Standard pitch', 'pitch-comfort': 'Comfort pitch', 'pitch-lake': 'Lakeside pitch' },
  extraNames: { bbq: 'BBQ', breakfast: 'Breakfast' },
};

export const TEXTS = { it, en } as const;
export type TestedLocale = keyof typeof TEXTS;

/** A day as the date field's hint asks for it: day first, `/` in Italian and English. */
export function typedDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
