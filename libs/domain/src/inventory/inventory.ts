/** The languages guests book in. */
export type Locale = 'it' | 'en' | 'de' | 'nl';

/** A text in every guest language. */
export type LocalizedText = Readonly<Record<Locale, string>>;

export type UnitKind = 'pitch' | 'mobile-home' | 'glamping-tent' | 'bungalow';

export type Shade = 'none' | 'partial' | 'full';

/** What makes a unit unique; guests filter and choose by these. */
export interface UnitAttributes {
  readonly sizeM2: number;
  readonly maxGuests: number;
  readonly petsAllowed: boolean;
  /** Electricity hook-up in amperes, or null when there is none. */
  readonly electricityAmps: number | null;
  readonly water: boolean;
  readonly drainage: boolean;
  readonly shade: Shade;
  /** Longest vehicle/caravan the unit takes, in metres; null when no vehicle fits on it. */
  readonly maxVehicleLengthM: number | null;
  readonly accessible: boolean;
  /** Free-form feature codes such as `lake-view`, `near-toilets`, `air-conditioning`. */
  readonly features: readonly string[];
}

/** A rectangle on the site map, in metres from the map's top-left corner, rotated about its centre. */
export interface MapShape {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly rotationDeg: number;
}

export interface UnitType {
  readonly id: string;
  /** Stable code used by rate cards and rules, e.g. `pitch-comfort`, `mobile-home-6`. */
  readonly code: string;
  readonly kind: UnitKind;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  /** The most guests any unit of this type takes (each unit may take fewer). */
  readonly maxGuests: number;
}

export interface Unit {
  readonly id: string;
  readonly unitTypeId: string;
  /** What staff and guests call it: `A12`, `MH-07`. */
  readonly code: string;
  readonly attributes: UnitAttributes;
  readonly map: MapShape;
}

/** Who is staying. Children are given by age on arrival: age bands decide what they pay. */
export interface Party {
  readonly adults: number;
  readonly childrenAges: readonly number[];
  readonly pets: number;
  readonly vehicles: number;
}
