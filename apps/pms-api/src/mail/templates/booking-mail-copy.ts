import type { MailLocale } from './booking-mail-data';

/** The words of the booking mails in one language; values are plain text, never HTML. */
export interface BookingMailCopy {
  readonly confirmedSubject: (reference: string, property: string) => string;
  readonly cancelledSubject: (reference: string, property: string) => string;
  readonly greeting: (guest: string) => string;
  readonly confirmedIntro: (property: string) => string;
  readonly cancelledIntro: (property: string) => string;
  readonly reference: string;
  readonly arrival: string;
  readonly departure: string;
  readonly total: string;
  readonly cancellationFee: string;
  readonly manage: string;
  readonly confirmedClosing: string;
  readonly cancelledClosing: string;
}

export const BOOKING_MAIL_COPY: Record<MailLocale, BookingMailCopy> = {
  it: {
    confirmedSubject: (reference, property) => `Prenotazione confermata ${reference} – ${property}`,
    cancelledSubject: (reference, property) => `Prenotazione annullata ${reference} – ${property}`,
    greeting: (guest) => `Gentile ${guest},`,
    confirmedIntro: (property) => `grazie per aver prenotato presso ${property}. Ecco i dettagli del soggiorno:`,
    cancelledIntro: (property) => `la tua prenotazione presso ${property} è stata annullata.`,
    reference: 'Codice prenotazione',
    arrival: 'Arrivo',
    departure: 'Partenza',
    total: 'Totale',
    cancellationFee: 'Penale di cancellazione',
    manage: 'Visualizza o gestisci la tua prenotazione',
    confirmedClosing: 'Ti aspettiamo!',
    cancelledClosing: "Speriamo di accoglierti in un'altra occasione.",
  },
  en: {
    confirmedSubject: (reference, property) => `Booking confirmed ${reference} – ${property}`,
    cancelledSubject: (reference, property) => `Booking cancelled ${reference} – ${property}`,
    greeting: (guest) => `Dear ${guest},`,
    confirmedIntro: (property) => `thank you for booking at ${property}. Here are the details of your stay:`,
    cancelledIntro: (property) => `your booking at ${property} has been cancelled.`,
    reference: 'Booking reference',
    arrival: 'Arrival',
    departure: 'Departure',
    total: 'Total',
    cancellationFee: 'Cancellation fee',
    manage: 'View or manage your booking',
    confirmedClosing: 'We look forward to welcoming you!',
    cancelledClosing: 'We hope to welcome you another time.',
  },
  de: {
    confirmedSubject: (reference, property) => `Buchung bestätigt ${reference} – ${property}`,
    cancelledSubject: (reference, property) => `Buchung storniert ${reference} – ${property}`,
    greeting: (guest) => `Guten Tag ${guest},`,
    confirmedIntro: (property) => `vielen Dank für Ihre Buchung bei ${property}. Hier sind die Details Ihres Aufenthalts:`,
    cancelledIntro: (property) => `Ihre Buchung bei ${property} wurde storniert.`,
    reference: 'Buchungsnummer',
    arrival: 'Anreise',
    departure: 'Abreise',
    total: 'Gesamtbetrag',
    cancellationFee: 'Stornogebühr',
    manage: 'Buchung ansehen oder verwalten',
    confirmedClosing: 'Wir freuen uns auf Ihren Besuch!',
    cancelledClosing: 'Wir hoffen, Sie ein anderes Mal bei uns begrüßen zu dürfen.',
  },
  nl: {
    confirmedSubject: (reference, property) => `Boeking bevestigd ${reference} – ${property}`,
    cancelledSubject: (reference, property) => `Boeking geannuleerd ${reference} – ${property}`,
    greeting: (guest) => `Beste ${guest},`,
    confirmedIntro: (property) => `bedankt voor je boeking bij ${property}. Hier zijn de gegevens van je verblijf:`,
    cancelledIntro: (property) => `je boeking bij ${property} is geannuleerd.`,
    reference: 'Boekingsnummer',
    arrival: 'Aankomst',
    departure: 'Vertrek',
    total: 'Totaal',
    cancellationFee: 'Annuleringskosten',
    manage: 'Bekijk of beheer je boeking',
    confirmedClosing: 'We kijken ernaar uit je te verwelkomen!',
    cancelledClosing: 'We hopen je een andere keer te mogen verwelkomen.',
  },
};
