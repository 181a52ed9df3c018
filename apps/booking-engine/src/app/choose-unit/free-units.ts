import type { AvailabilityChange } from '@pitchdesk/contracts';
import { overlapsStay } from '@pitchdesk/shared/data-access-api';

/**
 * Which units of the type are free, from two sources: the API's last answer, and the hub's
 * news of units held or booked since. The hub is faster than the API (whose answers may be
 * a few seconds old: its caches, a CDN, replica lag), so a unit the hub reported taken stays
 * taken until an answer young enough to have seen that hold says otherwise.
 */
export interface FreeUnitsState {
  /** Free units of the type in the last API answer. */
  readonly answered: ReadonlySet<string>;
  /** Units reported taken (by the hub or a refused hold), with when we learnt it (ms). */
  readonly takenSince: ReadonlyMap<string, number>;
}

export const NO_FREE_UNITS: FreeUnitsState = { answered: new Set(), takenSince: new Map() };

export function freeUnitIds(state: FreeUnitsState): ReadonlySet<string> {
  if (state.takenSince.size === 0) {
    return state.answered;
  }
  return new Set([...state.answered].filter((id) => !state.takenSince.has(id)));
}

/** Marks units taken from now on (a hub change, or a hold refused with UNIT_TAKEN). */
export function markTaken(state: FreeUnitsState, unitIds: readonly string[], now: number): FreeUnitsState {
  const takenSince = new Map(state.takenSince);
  for (const id of unitIds) {
    takenSince.set(id, now);
  }
  return { ...state, takenSince };
}

/**
 * Applies the hub's changes that touch the stay: held/booked units are taken at once,
 * released ones are left to the next answer (a release is not proof the unit is free:
 * another guest may hold it for other overlapping nights). `touched` says a refetch is due.
 */
export function applyLiveChanges(
  state: FreeUnitsState,
  changes: readonly AvailabilityChange[],
  stay: { readonly arrival: string; readonly departure: string },
  now: number,
): { readonly state: FreeUnitsState; readonly touched: boolean } {
  const relevant = changes.filter((change) => overlapsStay(change, stay.arrival, stay.departure));
  const taken = relevant.filter((change) => change.state !== 'released').flatMap((change) => change.unitIds);
  const released = new Set(relevant.filter((change) => change.state === 'released').flatMap((change) => change.unitIds));
  const takenSince = new Map([...state.takenSince].filter(([id]) => !released.has(id)));
  const next = markTaken({ ...state, takenSince }, taken, now);
  return { state: next, touched: relevant.length > 0 };
}

/**
 * Takes an API answer requested at `requestedAt`. A unit reported taken is forgotten once
 * the API agrees (not free), or once an answer requested `staleMs` after the report still
 * calls it free (the hold ended and its release was missed); until then the report wins.
 */
export function applyAnswer(state: FreeUnitsState, freeIds: readonly string[], requestedAt: number, staleMs: number): FreeUnitsState {
  const answered = new Set(freeIds);
  const takenSince = new Map([...state.takenSince].filter(([id, since]) => answered.has(id) && requestedAt < since + staleMs));
  return { answered, takenSince };
}

/** When an answer fresh enough to settle the remaining reports can be asked for, or null. */
export function settleDelay(state: FreeUnitsState, now: number, staleMs: number): number | null {
  if (state.takenSince.size === 0) {
    return null;
  }
  const oldest = Math.min(...state.takenSince.values());
  return Math.max(0, oldest + staleMs - now);
}
