import { createHash } from 'node:crypto';
import { MigrationRunError } from './exit-codes';
import type { WriterSession } from './writer-session';

const PREFIX = 'pitchdesk.schema-migrations:';
/** MySQL refuses longer lock names (ER_USER_LOCK_WRONG_NAME). */
const MAX_LOCK_NAME = 64;

/**
 * GET_LOCK names are server-wide, so the lock names the database it guards: runs on two
 * databases of one server (test workers, tenants sharing a dev server) never wait on
 * each other, and two runs on the same database always do.
 */
export function migrationLockName(database: string): string {
  const name = `${PREFIX}${database}`;
  return name.length <= MAX_LOCK_NAME
    ? name
    : `${PREFIX}${createHash('sha256').update(database).digest('hex').slice(0, MAX_LOCK_NAME - PREFIX.length)}`;
}

export interface LockWaitOptions {
  readonly waitSeconds: number;
  readonly signal: AbortSignal | undefined;
  /** Called once when the lock is held by another run and this one starts waiting. */
  readonly onWait: (holderConnectionId: number | null) => void;
}

/** Held by another run (the holder's connection id, when the server still knows it). */
export interface LockBusy {
  readonly busy: true;
  readonly holderConnectionId: number | null;
}

/**
 * The single-flight lock of a migration run, held by a connection of its own that does
 * nothing else: a DDL's long wait or failure never touches it, and a keepalive query
 * stops the server's wait_timeout from closing it (which would free the lock silently).
 */
export class MigrationLock {
  private readonly session: WriterSession;
  readonly name: string;
  private lost: string | undefined;
  private keepalive: NodeJS.Timeout | undefined;

  private constructor(session: WriterSession, name: string) {
    this.session = session;
    this.name = name;
  }

  /** Waits up to `waitSeconds`, polling each second so that a SIGTERM is not ignored. */
  static async acquire(session: WriterSession, name: string, options: LockWaitOptions): Promise<MigrationLock | LockBusy> {
    const deadline = Date.now() + options.waitSeconds * 1000;
    let reported = false;
    for (;;) {
      const timeout = Math.max(0, Math.min(1, Math.ceil((deadline - Date.now()) / 1000)));
      const [row] = await session.rows<{ acquired: number | null }>('SELECT GET_LOCK(?, ?) AS acquired', [name, timeout]);
      if (row?.acquired === null || row?.acquired === undefined) {
        throw new MigrationRunError('FAILED', 'GET_LOCK failed (the server returned NULL)', { lock: name });
      }
      if (Number(row.acquired) === 1) {
        return new MigrationLock(session, name);
      }
      const [holder] = await session.rows<{ holder: number | null }>('SELECT IS_USED_LOCK(?) AS holder', [name]);
      const holderConnectionId = holder?.holder === null || holder?.holder === undefined ? null : Number(holder.holder);
      if (Date.now() >= deadline) {
        return { busy: true, holderConnectionId };
      }
      if (!reported) {
        reported = true;
        options.onWait(holderConnectionId);
      }
      if (options.signal?.aborted) {
        throw new MigrationRunError('INTERRUPTED', 'stop requested while waiting for the migration lock; nothing ran');
      }
    }
  }

  startKeepalive(intervalMs: number): void {
    this.keepalive = setInterval(() => {
      void this.stillHeld().then((held) => {
        if (!held) {
          this.lost ??= 'the keepalive found the lock no longer held by this run';
        }
      });
    }, intervalMs);
    this.keepalive.unref();
  }

  private async stillHeld(): Promise<boolean> {
    try {
      const [row] = await this.session.rows<{ mine: number | null }>('SELECT IS_USED_LOCK(?) = CONNECTION_ID() AS mine', [this.name]);
      return Number(row?.mine) === 1;
    } catch (error) {
      this.lost ??= `the lock connection failed: ${error instanceof Error ? error.message : String(error)}`;
      return false;
    }
  }

  /** Before every step: exclusivity is what makes running the next DDL safe. */
  async assertHeld(): Promise<void> {
    if (this.lost === undefined && !(await this.stillHeld())) {
      this.lost ??= this.session.lostBecause() ?? 'the lock is no longer held by this run';
    }
    if (this.lost !== undefined) {
      throw new MigrationRunError('FAILED', `lost the migration lock (${this.lost}): stopped before the next step; rerun to resume`, {
        lock: this.name,
      });
    }
  }

  async release(): Promise<void> {
    clearInterval(this.keepalive);
    await this.session.raw('DO RELEASE_LOCK(?)', [this.name]).catch(() => undefined);
  }
}
