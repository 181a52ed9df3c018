import { InjectionToken } from '@angular/core';

/** The page's waits, as a token so that tests run them at once instead of in real seconds. */
export interface ChooseUnitTiming {
  /** Waits between retries of a read while the API is unreachable. */
  readonly retryDelaysMs: readonly number[];
  /** After a hub change, when to ask the API again (its answers are cached for up to 1 s). */
  readonly refreshAfterChangeMs: number;
  /**
   * How old an API answer may be (answer cache 1 s, taken-units cache 1 s, CDN 1 s, replica
   * lag): an answer asked for sooner after a hub report of a hold may not have seen it.
   */
  readonly answerStaleMs: number;
}

export const CHOOSE_UNIT_TIMING = new InjectionToken<ChooseUnitTiming>('CHOOSE_UNIT_TIMING', {
  factory: () => ({ retryDelaysMs: [500, 1_500, 4_000], refreshAfterChangeMs: 1_200, answerStaleMs: 5_000 }),
});
