import type { Shade, Unit, UnitAttributes, UnitType } from '@pitchdesk/domain';
import type { Rng } from './prng';
import { demoUuid, rngFor } from './prng';
import type { DemoTypeCode } from './unit-types';

/** The site map is 600 x 400 m; every unit lies inside it and no two overlap. */
export const MAP_WIDTH_M = 600;
export const MAP_HEIGHT_M = 400;

/** A block of identical plots in rows, e.g. pitches A01..A60 in three rows of 20. */
interface Block {
  readonly type: DemoTypeCode;
  readonly count: number;
  readonly code: (n: number) => string;
  readonly x: number;
  readonly y: number;
  readonly perRow: number;
  readonly width: number;
  readonly height: number;
  /** Distance between plot origins; larger than the plot, which leaves lanes between rows. */
  readonly stepX: number;
  readonly stepY: number;
}

const two = (n: number) => String(n).padStart(2, '0');
// The lake lies along the top edge; roads run between the blocks below it.
const BLOCKS: readonly Block[] = [
  {
    type: 'pitch-lake',
    count: 30,
    code: (n) => `L${two(n)}`,
    x: 30,
    y: 25,
    perRow: 30,
    width: 12,
    height: 10,
    stepX: 15,
    stepY: 0,
  },
  {
    type: 'pitch-standard',
    count: 60,
    code: (n) => `A${two(n)}`,
    x: 30,
    y: 70,
    perRow: 20,
    width: 10,
    height: 8,
    stepX: 12,
    stepY: 14,
  },
  {
    type: 'pitch-standard',
    count: 60,
    code: (n) => `B${two(n)}`,
    x: 30,
    y: 130,
    perRow: 20,
    width: 10,
    height: 8,
    stepX: 12,
    stepY: 14,
  },
  {
    type: 'pitch-comfort',
    count: 60,
    code: (n) => `C${two(n)}`,
    x: 320,
    y: 70,
    perRow: 20,
    width: 10,
    height: 10,
    stepX: 12,
    stepY: 16,
  },
  {
    type: 'pitch-comfort',
    count: 10,
    code: (n) => `D${two(n)}`,
    x: 320,
    y: 130,
    perRow: 20,
    width: 10,
    height: 10,
    stepX: 12,
    stepY: 16,
  },
  {
    type: 'mobile-home-4',
    count: 35,
    code: (n) => `MH-${two(n)}`,
    x: 30,
    y: 220,
    perRow: 12,
    width: 12,
    height: 8,
    stepX: 16,
    stepY: 18,
  },
  {
    type: 'mobile-home-6',
    count: 30,
    code: (n) => `MH-${two(n + 35)}`,
    x: 250,
    y: 220,
    perRow: 10,
    width: 13,
    height: 9,
    stepX: 17,
    stepY: 18,
  },
  {
    type: 'safari-tent',
    count: 15,
    code: (n) => `SF-${two(n)}`,
    x: 460,
    y: 220,
    perRow: 5,
    width: 8,
    height: 8,
    stepX: 14,
    stepY: 16,
  },
];

const SHADES: readonly (readonly [Shade, number])[] = [
  ['none', 2],
  ['partial', 5],
  ['full', 3],
];

function features(
  rng: Rng,
  options: readonly (readonly [string, number])[],
): string[] {
  return options.filter(([, p]) => rng.chance(p)).map(([code]) => code);
}

/** Attributes by type, varied by the PRNG so that each unit is a little different. */
function attributesFor(
  type: DemoTypeCode,
  rng: Rng,
  width: number,
  height: number,
): UnitAttributes {
  const shade = rng.weighted(SHADES);
  switch (type) {
    case 'pitch-standard':
      return {
        sizeM2: width * height,
        maxGuests: 6,
        petsAllowed: rng.chance(0.7),
        electricityAmps: rng.pick([6, 6, 10]),
        water: rng.chance(0.3),
        drainage: false,
        shade,
        maxVehicleLengthM: rng.pick([6, 7, 8]),
        accessible: rng.chance(0.05),
        features: features(rng, [
          ['near-toilets', 0.2],
          ['near-playground', 0.1],
        ]),
      };
    case 'pitch-comfort':
      return {
        sizeM2: width * height,
        maxGuests: 6,
        petsAllowed: rng.chance(0.6),
        electricityAmps: rng.pick([10, 16]),
        water: true,
        drainage: true,
        shade,
        maxVehicleLengthM: rng.pick([7, 8, 9]),
        accessible: rng.chance(0.1),
        features: features(rng, [
          ['near-toilets', 0.3],
          ['tv-hookup', 0.5],
        ]),
      };
    case 'pitch-lake':
      return {
        sizeM2: width * height,
        maxGuests: 6,
        petsAllowed: rng.chance(0.5),
        electricityAmps: 10,
        water: true,
        drainage: rng.chance(0.5),
        shade: rng.pick<Shade>(['none', 'partial']),
        maxVehicleLengthM: rng.pick([7, 8]),
        accessible: rng.chance(0.1),
        features: ['lake-view', ...features(rng, [['beach-access', 0.4]])],
      };
    case 'mobile-home-4':
      return {
        sizeM2: 28,
        maxGuests: 4,
        petsAllowed: rng.chance(0.3),
        electricityAmps: 16,
        water: true,
        drainage: true,
        shade,
        maxVehicleLengthM: 5,
        accessible: rng.chance(0.1),
        features: features(rng, [
          ['air-conditioning', 0.6],
          ['veranda', 0.8],
          ['dishwasher', 0.2],
        ]),
      };
    case 'mobile-home-6':
      return {
        sizeM2: 36,
        maxGuests: rng.chance(0.1) ? 5 : 6,
        petsAllowed: rng.chance(0.3),
        electricityAmps: 16,
        water: true,
        drainage: true,
        shade,
        maxVehicleLengthM: 5,
        accessible: rng.chance(0.1),
        features: [
          'air-conditioning',
          ...features(rng, [
            ['veranda', 0.9],
            ['dishwasher', 0.5],
            ['lake-view', 0.1],
          ]),
        ],
      };
    case 'safari-tent':
      return {
        sizeM2: 25,
        maxGuests: rng.chance(0.3) ? 4 : 5,
        petsAllowed: false,
        electricityAmps: 6,
        water: false,
        drainage: false,
        shade: rng.pick<Shade>(['partial', 'full']),
        maxVehicleLengthM: null,
        accessible: false,
        features: features(rng, [
          ['private-bathroom', 0.5],
          ['lake-view', 0.2],
        ]),
      };
  }
}

/** The ~300 demo units, block by block, with ids derived from the seed. */
export function demoUnits(
  seed: number,
  unitTypes: readonly UnitType[],
): Unit[] {
  const rng = rngFor(seed, 'units');
  let index = 0;
  return BLOCKS.flatMap((block) => {
    const type = unitTypes.find((t) => t.code === block.type);
    if (!type) {
      throw new Error(`no unit type ${block.type}`);
    }
    return Array.from(
      { length: block.count },
      (_, i): Unit => ({
        id: demoUuid(seed, 'unit', index++),
        unitTypeId: type.id,
        code: block.code(i + 1),
        attributes: attributesFor(block.type, rng, block.width, block.height),
        map: {
          x: block.x + (i % block.perRow) * block.stepX,
          y: block.y + Math.floor(i / block.perRow) * block.stepY,
          width: block.width,
          height: block.height,
          rotationDeg: 0,
        },
      }),
    );
  });
}
