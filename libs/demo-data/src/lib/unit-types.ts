import type { LocalizedText, UnitKind, UnitType } from '@pitchdesk/domain';
import { demoUuid } from './prng';

/** The six unit type codes of the demo campsite. */
export const DEMO_TYPE_CODES = [
  'pitch-standard',
  'pitch-comfort',
  'pitch-lake',
  'mobile-home-4',
  'mobile-home-6',
  'safari-tent',
] as const;
export type DemoTypeCode = (typeof DEMO_TYPE_CODES)[number];

interface TypeSpec {
  readonly kind: UnitKind;
  readonly maxGuests: number;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
}

const SPECS: Readonly<Record<DemoTypeCode, TypeSpec>> = {
  'pitch-standard': {
    kind: 'pitch',
    maxGuests: 6,
    name: {
      it: 'Piazzola standard',
      en: 'Standard pitch',
      de: 'Standardstellplatz',
      nl: 'Standaardplaats',
    },
    description: {
      it: 'Piazzola di circa 80 m² con allaccio elettrico.',
      en: 'About 80 m² with an electric hook-up.',
      de: 'Etwa 80 m² mit Stromanschluss.',
      nl: 'Ongeveer 80 m² met stroomaansluiting.',
    },
  },
  'pitch-comfort': {
    kind: 'pitch',
    maxGuests: 6,
    name: {
      it: 'Piazzola comfort',
      en: 'Comfort pitch',
      de: 'Komfortstellplatz',
      nl: 'Comfortplaats',
    },
    description: {
      it: '100 m² con corrente, acqua e scarico.',
      en: '100 m² with electricity, water and drainage.',
      de: '100 m² mit Strom, Wasser und Abwasser.',
      nl: '100 m² met stroom, water en afvoer.',
    },
  },
  'pitch-lake': {
    kind: 'pitch',
    maxGuests: 6,
    name: {
      it: 'Piazzola vista lago',
      en: 'Lakeside pitch',
      de: 'Stellplatz am See',
      nl: 'Plaats aan het meer',
    },
    description: {
      it: 'In prima fila sul lago, 120 m².',
      en: 'Front row on the lake, 120 m².',
      de: 'In erster Reihe am See, 120 m².',
      nl: 'Eerste rij aan het meer, 120 m².',
    },
  },
  'mobile-home-4': {
    kind: 'mobile-home',
    maxGuests: 4,
    name: {
      it: 'Casa mobile 4 posti',
      en: 'Mobile home for 4',
      de: 'Mobilheim für 4',
      nl: 'Stacaravan voor 4',
    },
    description: {
      it: 'Due camere, bagno, veranda coperta.',
      en: 'Two bedrooms, bathroom, covered veranda.',
      de: 'Zwei Schlafzimmer, Bad, überdachte Veranda.',
      nl: 'Twee slaapkamers, badkamer, overdekte veranda.',
    },
  },
  'mobile-home-6': {
    kind: 'mobile-home',
    maxGuests: 6,
    name: {
      it: 'Casa mobile 6 posti',
      en: 'Mobile home for 6',
      de: 'Mobilheim für 6',
      nl: 'Stacaravan voor 6',
    },
    description: {
      it: 'Tre camere, due bagni, aria condizionata.',
      en: 'Three bedrooms, two bathrooms, air conditioning.',
      de: 'Drei Schlafzimmer, zwei Bäder, Klimaanlage.',
      nl: 'Drie slaapkamers, twee badkamers, airconditioning.',
    },
  },
  'safari-tent': {
    kind: 'glamping-tent',
    maxGuests: 5,
    name: {
      it: 'Tenda safari',
      en: 'Safari tent',
      de: 'Safarizelt',
      nl: 'Safaritent',
    },
    description: {
      it: 'Glamping su pedana di legno, letti veri.',
      en: 'Glamping on a wooden deck, real beds.',
      de: 'Glamping auf Holzplattform, echte Betten.',
      nl: 'Glamping op een houten vlonder, echte bedden.',
    },
  },
};

/** The demo unit types, ids derived from the seed. */
export function demoUnitTypes(seed: number): UnitType[] {
  return DEMO_TYPE_CODES.map((code, index) => ({
    id: demoUuid(seed, 'unit-type', index),
    code,
    ...SPECS[code],
  }));
}
