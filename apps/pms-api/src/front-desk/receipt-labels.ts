import type { FolioGroup, PaymentMethod } from '@pitchdesk/contracts';

/** The receipt's languages: Italian, and English for everyone else. */
export type ReceiptLanguage = 'it' | 'en';

export interface ReceiptLabels {
  readonly locale: string;
  readonly receipt: string;
  readonly reference: string;
  readonly guest: string;
  readonly unit: string;
  readonly stay: string;
  readonly nights: (count: number) => string;
  readonly groups: Readonly<Record<FolioGroup, string>>;
  readonly methods: Readonly<Record<PaymentMethod, string>>;
  readonly charges: string;
  readonly payments: string;
  readonly noPayments: string;
  readonly total: string;
  readonly paid: string;
  readonly balance: string;
  readonly issued: string;
  /** Said on every receipt: it is not the fiscal document Italian law asks for (scontrino/fattura). */
  readonly notFiscal: string;
}

const LABELS: Readonly<Record<ReceiptLanguage, ReceiptLabels>> = {
  en: {
    locale: 'en-GB',
    receipt: 'Receipt',
    reference: 'Booking reference',
    guest: 'Guest',
    unit: 'Unit',
    stay: 'Stay',
    nights: (count) => (count === 1 ? '1 night' : `${count} nights`),
    groups: {
      nights: 'Nights',
      persons: 'Persons',
      pets: 'Pets',
      vehicles: 'Vehicles',
      extras: 'Extras',
      'tourist-tax': 'Tourist tax',
      discounts: 'Discounts',
      adjustments: 'Adjustments',
      fees: 'Fees',
    },
    methods: { cash: 'Cash', card: 'Card', 'bank-transfer': 'Bank transfer', 'online-deposit': 'Online deposit' },
    charges: 'Charges',
    payments: 'Payments',
    noPayments: 'No payments yet',
    total: 'Total',
    paid: 'Paid',
    balance: 'Balance',
    issued: 'Issued',
    notFiscal: 'This receipt is not a tax invoice.',
  },
  it: {
    locale: 'it-IT',
    receipt: 'Ricevuta',
    reference: 'Codice prenotazione',
    guest: 'Ospite',
    unit: 'Unità',
    stay: 'Soggiorno',
    nights: (count) => (count === 1 ? '1 notte' : `${count} notti`),
    groups: {
      nights: 'Pernottamenti',
      persons: 'Persone',
      pets: 'Animali',
      vehicles: 'Veicoli',
      extras: 'Servizi extra',
      'tourist-tax': 'Imposta di soggiorno',
      discounts: 'Sconti',
      adjustments: 'Rettifiche',
      fees: 'Penali',
    },
    methods: { cash: 'Contanti', card: 'Carta', 'bank-transfer': 'Bonifico', 'online-deposit': 'Acconto online' },
    charges: 'Addebiti',
    payments: 'Pagamenti',
    noPayments: 'Nessun pagamento',
    total: 'Totale',
    paid: 'Pagato',
    balance: 'Saldo',
    issued: 'Emessa il',
    notFiscal: 'Documento non valido ai fini fiscali.',
  },
};

export function receiptLabels(language: ReceiptLanguage): ReceiptLabels {
  return LABELS[language];
}

/** The asked language, else the booking's: Italian for Italian bookings, English for the rest. */
export function receiptLanguage(asked: ReceiptLanguage | undefined, bookingLocale: string): ReceiptLanguage {
  return asked ?? (bookingLocale === 'it' ? 'it' : 'en');
}
