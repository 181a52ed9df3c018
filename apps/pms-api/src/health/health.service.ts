import { Inject, Injectable } from '@nestjs/common';
import { REQUIRED_DEPENDENCIES } from '@pitchdesk/contracts';
import type { DependencyCheck, DependencyName, HealthReport } from '@pitchdesk/contracts';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { DependencyProbes } from './dependency-probes';
import { HealthRepository } from './health.repository';
import { overallStatus, withTimeout } from './health-status';

const REPLICA_POLL_MS = 20;

class ReplicaTooFarBehind extends Error {
  constructor(
    readonly lagSeconds: number,
    maxSeconds: number,
  ) {
    super(`replica is ${lagSeconds.toFixed(1)} s behind (max ${maxSeconds} s)`);
  }
}

@Injectable()
export class HealthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly heartbeats: HealthRepository,
    private readonly probes: DependencyProbes,
  ) {}

  async report(): Promise<HealthReport> {
    const [databases, memcached, hub, mail] = await Promise.all([
      this.checkDatabases(),
      this.check('memcached', () => this.probes.memcached()),
      this.check('hub', () => this.probes.hub()),
      this.check('mail', () => this.probes.mail()),
    ]);
    const checks = { ...databases, memcached, hub, mail };
    return { status: overallStatus(checks), version: this.config.PD_RELEASE, checkedAt: new Date().toISOString(), checks };
  }

  /** The replica check follows the heartbeat the primary check writes, so they run in sequence. */
  private async checkDatabases(): Promise<Record<'primary' | 'replica', DependencyCheck>> {
    let token: string | undefined;
    const primary = await this.check('primary', async () => {
      token = await this.heartbeats.beatOnPrimary();
    });
    const replica = await this.check('replica', () => this.replicaLag(token));
    return { primary, replica };
  }

  /**
   * Waits briefly for the heartbeat just written on the primary to show on the replica;
   * the wait is the lag. If it does not show in time, the age of the replica's newest beat is.
   */
  private async replicaLag(primaryToken: string | undefined): Promise<number | null> {
    const startedAt = performance.now();
    const maxWaitMs = Math.min(1_000, this.config.PD_DEPENDENCY_TIMEOUT_MS / 2);
    for (;;) {
      const beat = await this.heartbeats.heartbeatOnReplica();
      const waitedMs = performance.now() - startedAt;
      if (primaryToken !== undefined && beat?.token === primaryToken) {
        return this.judgeLag(waitedMs / 1000);
      }
      if (primaryToken === undefined || waitedMs >= maxWaitMs) {
        return beat ? this.judgeLag(beat.ageSeconds) : null;
      }
      await new Promise((resolve) => setTimeout(resolve, REPLICA_POLL_MS));
    }
  }

  private judgeLag(lagSeconds: number): number {
    const rounded = Math.round(lagSeconds * 1000) / 1000;
    if (rounded > this.config.PD_DB_REPLICA_MAX_LAG_SECONDS) {
      throw new ReplicaTooFarBehind(rounded, this.config.PD_DB_REPLICA_MAX_LAG_SECONDS);
    }
    return rounded;
  }

  /** Runs one probe under the dependency timeout; a probe that resolves a number reports it as lag. */
  private async check(name: DependencyName, probe: () => Promise<number | null | void>): Promise<DependencyCheck> {
    const required = REQUIRED_DEPENDENCIES.includes(name);
    const startedAt = performance.now();
    const latencyMs = (): number => Math.round(performance.now() - startedAt);
    try {
      const lag = await withTimeout(probe(), this.config.PD_DEPENDENCY_TIMEOUT_MS);
      return { status: 'up', required, latencyMs: latencyMs(), ...(lag !== undefined && { lagSeconds: lag }) };
    } catch (error) {
      return {
        status: 'down',
        required,
        latencyMs: latencyMs(),
        error: error instanceof Error ? error.message : String(error),
        ...(error instanceof ReplicaTooFarBehind && { lagSeconds: error.lagSeconds }),
      };
    }
  }
}
