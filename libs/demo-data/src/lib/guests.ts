import type { Rng } from './prng';

/** A booking's lead guest. */
export interface DemoGuest {
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
}

// Where a Lake Garda campsite's guests come from, roughly, with names to match.
const COUNTRIES: readonly (readonly [
  string,
  number,
  readonly string[],
  readonly string[],
])[] = [
  [
    'IT',
    30,
    [
      'Giulia',
      'Marco',
      'Francesca',
      'Luca',
      'Chiara',
      'Matteo',
      'Sara',
      'Davide',
    ],
    [
      'Rossi',
      'Bianchi',
      'Ferrari',
      'Esposito',
      'Colombo',
      'Ricci',
      'Marino',
      'Greco',
    ],
  ],
  [
    'DE',
    28,
    [
      'Anna',
      'Lukas',
      'Lena',
      'Jonas',
      'Sophie',
      'Felix',
      'Marie',
      'Maximilian',
    ],
    [
      'Müller',
      'Schmidt',
      'Schneider',
      'Fischer',
      'Weber',
      'Meyer',
      'Wagner',
      'Becker',
    ],
  ],
  [
    'NL',
    16,
    ['Emma', 'Daan', 'Julia', 'Sem', 'Tess', 'Lucas', 'Sanne', 'Bram'],
    [
      'de Jong',
      'Jansen',
      'de Vries',
      'van den Berg',
      'Bakker',
      'Visser',
      'Smit',
      'Mulder',
    ],
  ],
  [
    'AT',
    8,
    [
      'Laura',
      'Tobias',
      'Hannah',
      'David',
      'Katharina',
      'Florian',
      'Lisa',
      'Stefan',
    ],
    [
      'Gruber',
      'Huber',
      'Bauer',
      'Wagner',
      'Pichler',
      'Steiner',
      'Moser',
      'Hofer',
    ],
  ],
  [
    'CH',
    6,
    ['Mia', 'Noah', 'Lea', 'Luca', 'Nina', 'Elias', 'Alina', 'Nico'],
    [
      'Meier',
      'Keller',
      'Brunner',
      'Baumann',
      'Zimmermann',
      'Frei',
      'Graf',
      'Huber',
    ],
  ],
  [
    'DK',
    4,
    ['Ida', 'William', 'Freja', 'Oscar', 'Clara', 'Emil', 'Alma', 'Magnus'],
    [
      'Nielsen',
      'Jensen',
      'Hansen',
      'Pedersen',
      'Andersen',
      'Larsen',
      'Sørensen',
      'Madsen',
    ],
  ],
  [
    'GB',
    4,
    ['Olivia', 'Jack', 'Amelia', 'Harry', 'Isla', 'George', 'Ava', 'Oliver'],
    [
      'Smith',
      'Jones',
      'Taylor',
      'Brown',
      'Williams',
      'Wilson',
      'Davies',
      'Evans',
    ],
  ],
  [
    'FR',
    4,
    ['Camille', 'Louis', 'Léa', 'Gabriel', 'Manon', 'Hugo', 'Chloé', 'Jules'],
    [
      'Martin',
      'Bernard',
      'Dubois',
      'Thomas',
      'Robert',
      'Richard',
      'Petit',
      'Durand',
    ],
  ],
];

// ASCII local part: "Sørensen" -> "sorensen", "de Jong" -> "dejong".
function emailPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/g, 'o')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** A plausible guest; `index` keeps every e-mail address unique. Uses only example.com. */
export function demoGuest(rng: Rng, index: number): DemoGuest {
  const [country, , firstNames, lastNames] = rng.weighted(
    COUNTRIES.map((c) => [c, c[1]] as const),
  );
  const firstName = rng.pick(firstNames);
  const lastName = rng.pick(lastNames);
  return {
    firstName,
    lastName,
    email: `${emailPart(firstName)}.${emailPart(lastName)}.${index + 1}@example.com`,
    country,
  };
}
