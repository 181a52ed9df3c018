import { ReservationsError, ReservationsErrorCode } from './reservations.errors';
import { MYSQL_DEADLOCK, MYSQL_LOCK_WAIT_TIMEOUT, mysqlErrno } from './mysql-errors';

const ATTEMPTS = 3;

/**
 * InnoDB may pick a transaction as a deadlock victim when many guests race for the same
 * nights; that transaction did nothing, so it is safe to run again. After a few tries
 * the guest gets a clear "busy, try again" (409), never a 500.
 */
export async function withDeadlockRetry<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      const errno = mysqlErrno(error);
      const retryable = errno === MYSQL_DEADLOCK || errno === MYSQL_LOCK_WAIT_TIMEOUT;
      if (!retryable) {
        throw error;
      }
      if (attempt >= ATTEMPTS) {
        throw new ReservationsError(ReservationsErrorCode.BUSY, 'Many guests are booking these nights right now; please try again.');
      }
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}
