import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager, QueryRunner } from 'typeorm';

/**
 * Where a read may be served from.
 * - `primary`: reads that decide a write, or follow the caller's own write.
 * - `replica`: browsing reads (search, listings, reports) that tolerate replica lag.
 */
export type ReadIntent = 'primary' | 'replica';

/**
 * The one place that picks a database server. Repositories state their intent here
 * instead of relying on TypeORM's implicit routing (finders to replicas, raw queries and
 * transactions to the primary), so a review can see which server answers what.
 */
@Injectable()
export class DatabaseSessions {
  private readonly logger = new Logger(DatabaseSessions.name);

  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` on a connection to the server `intent` asks for. */
  async read<T>(intent: ReadIntent, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = intent === 'primary' ? await this.connect('master') : await this.connectReplicaOrPrimary();
    return this.runAndRelease(runner, work);
  }

  /**
   * Runs `work` on exactly that server, with no fallback: for health checks, which must
   * tell a replica outage apart from a working read.
   */
  async onServer<T>(server: 'primary' | 'replica', work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = await this.connect(server === 'primary' ? 'master' : 'slave');
    return this.runAndRelease(runner, work);
  }

  /** Runs `work` in a transaction on the primary; every read inside it sees the primary. */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * A replica outage must not fail browsing reads: they fall back to the primary, and
   * the pool tries the replica again once mysql2's restore timeout has passed.
   */
  private async connectReplicaOrPrimary(): Promise<QueryRunner> {
    try {
      return await this.connect('slave');
    } catch (error) {
      this.logger.warn({ message: 'replica unreachable, reading from the primary', error: String(error) });
      return this.connect('master');
    }
  }

  private async runAndRelease<T>(runner: QueryRunner, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await work(runner.manager);
    } finally {
      await runner.release();
    }
  }

  private async connect(mode: 'master' | 'slave'): Promise<QueryRunner> {
    const runner = this.dataSource.createQueryRunner(mode);
    try {
      await runner.connect();
      return runner;
    } catch (error) {
      await runner.release();
      throw error;
    }
  }
}
