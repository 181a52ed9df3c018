/** Problem text for a value that must be a whole number of at least `min`. */
export function intProblem(value: number, what: string, min = 0): string[] {
  return Number.isSafeInteger(value) && value >= min
    ? []
    : [`${what} must be an integer >= ${min}, got ${value}`];
}

/** Problem text for each code listed more than once. */
export function duplicates(codes: readonly string[], what: string): string[] {
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const code of codes) {
    if (seen.has(code)) {
      reported.add(code);
    }
    seen.add(code);
  }
  return [...reported].map(
    (code) => `${what} "${code}" is listed more than once`,
  );
}

/** Problem text for each code not in `known`. */
export function unknown(
  codes: readonly string[],
  known: ReadonlySet<string>,
  what: string,
): string[] {
  return codes
    .filter((code) => !known.has(code))
    .map((code) => `${what}: unknown "${code}"`);
}

/** Problem text for a rate outside 0..10000 basis points. */
export function basisPointsProblem(value: number, what: string): string[] {
  return Number.isSafeInteger(value) && value >= 0 && value <= 10_000
    ? []
    : [`${what} must be 0..10000 basis points, got ${value}`];
}
