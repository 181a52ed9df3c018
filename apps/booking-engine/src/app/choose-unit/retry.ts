import { describeApiProblem } from '@pitchdesk/shared/data-access-api';

/**
 * Calls an idempotent read again after each delay while the API is unreachable (campsite
 * Wi-Fi, a deploy). A refusal (4xx) is final and rethrown at once; so is the last failure.
 */
export async function retryWhileUnreachable<T>(call: () => Promise<T>, delaysMs: readonly number[]): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const delay = delaysMs[attempt];
      if (delay === undefined || describeApiProblem(error).kind !== 'unreachable') {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
