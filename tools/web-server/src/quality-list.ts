export interface Weighted {
  /** Lower-cased token: `it-it`, `br`, `*`. */
  readonly value: string;
  readonly q: number;
}

/**
 * Parses an `Accept-Language` / `Accept-Encoding` style list, best first (ties keep their
 * order). `q=0` entries are kept: they say "not this one", which matters next to `*`.
 * A malformed q counts as 0, so a garbled entry never outranks a well-formed one.
 */
export function parseQualityList(header: string | undefined): Weighted[] {
  return (header ?? '')
    .split(',')
    .map((part) => {
      const [value = '', ...params] = part.trim().toLowerCase().split(';');
      const qParam = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
      const q = qParam === undefined ? 1 : Number(qParam.slice(2));
      return { value: value.trim(), q: Number.isFinite(q) && q >= 0 && q <= 1 ? q : 0 };
    })
    .filter((entry) => entry.value !== '')
    .map((entry, order) => ({ ...entry, order }))
    .sort((a, b) => b.q - a.q || a.order - b.order)
    .map(({ value, q }) => ({ value, q }));
}
