import type { UnitAttributes } from '@pitchdesk/domain';
import type { UnitState } from './unit-view';

const numberFormats = new Map<string, Intl.NumberFormat>();

function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** Feature codes the demo properties use; an unknown code is shown as written, dashes as spaces. */
const FEATURE_NAMES: Readonly<Record<string, () => string>> = {
  'lake-view': () => $localize`:@@choose-unit.feature.lake-view:lake view`,
  'beach-access': () => $localize`:@@choose-unit.feature.beach-access:beach access`,
  'near-toilets': () => $localize`:@@choose-unit.feature.near-toilets:near the toilets`,
  'near-playground': () => $localize`:@@choose-unit.feature.near-playground:near the playground`,
  'air-conditioning': () => $localize`:@@choose-unit.feature.air-conditioning:air conditioning`,
  veranda: () => $localize`:@@choose-unit.feature.veranda:veranda`,
  dishwasher: () => $localize`:@@choose-unit.feature.dishwasher:dishwasher`,
  'tv-hookup': () => $localize`:@@choose-unit.feature.tv-hookup:TV hook-up`,
  'private-bathroom': () => $localize`:@@choose-unit.feature.private-bathroom:private bathroom`,
};

export function featureName(code: string): string {
  return FEATURE_NAMES[code]?.() ?? code.replace(/-/g, ' ');
}

/** The attributes a guest chooses a unit by, short and in their language, most decisive first. */
export function unitFacts(attributes: UnitAttributes, locale: string): string[] {
  const size = formatNumber(attributes.sizeM2, locale);
  const facts = [$localize`:@@choose-unit.fact.size:${size}:size: m²`];
  const amps = attributes.electricityAmps;
  facts.push(
    amps === null
      ? $localize`:@@choose-unit.fact.no-electricity:no electricity`
      : $localize`:@@choose-unit.fact.electricity:electricity ${formatNumber(amps, locale)}:amps: A`,
  );
  facts.push(shadeFact(attributes.shade));
  facts.push(
    attributes.petsAllowed ? $localize`:@@choose-unit.fact.pets:pets welcome` : $localize`:@@choose-unit.fact.no-pets:no pets`,
  );
  const vehicle = attributes.maxVehicleLengthM;
  facts.push(
    vehicle === null
      ? $localize`:@@choose-unit.fact.no-vehicle:no vehicle space`
      : $localize`:@@choose-unit.fact.vehicle:vehicles up to ${formatNumber(vehicle, locale)}:length: m`,
  );
  facts.push($localize`:@@choose-unit.fact.guests:up to ${attributes.maxGuests}:guests: guests`);
  if (attributes.accessible) {
    facts.push($localize`:@@choose-unit.fact.accessible:wheelchair accessible`);
  }
  return [...facts, ...attributes.features.map(featureName)];
}

function shadeFact(shade: UnitAttributes['shade']): string {
  switch (shade) {
    case 'none':
      return $localize`:@@choose-unit.fact.shade-none:no shade`;
    case 'partial':
      return $localize`:@@choose-unit.fact.shade-partial:partial shade`;
    case 'full':
      return $localize`:@@choose-unit.fact.shade-full:full shade`;
  }
}

export function stateName(state: UnitState): string {
  switch (state) {
    case 'free':
      return $localize`:@@choose-unit.state.free:free`;
    case 'unavailable':
      return $localize`:@@choose-unit.state.unavailable:not available`;
  }
}

/** `A12, 80 m², electricity 10 A, …, free`: the code first, so a guest (and a test) finds a unit by it. */
export function unitLabel(code: string, facts: readonly string[], state: UnitState): string {
  return [code, ...facts, stateName(state)].join(', ');
}
