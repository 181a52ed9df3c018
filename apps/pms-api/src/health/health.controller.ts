import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { HealthReport } from '@pitchdesk/contracts';
import { ShutdownState } from '../common/shutdown-state';
import { HealthService } from './health.service';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthService,
    private readonly shutdown: ShutdownState,
  ) {}

  /** Every dependency, separately; 503 when a required one is down or this instance is draining. */
  @Get()
  async report(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthReport> {
    const report = await this.health.report();
    void reply.status(report.status === 'down' || this.shutdown.draining ? 503 : 200);
    return report;
  }

  /**
   * For the load balancer: is this process able to take requests? It does not look at
   * shared dependencies, or one replica outage would pull every task out at once.
   */
  @Get('live')
  live(@Res({ passthrough: true }) reply: FastifyReply): { status: 'ok' | 'draining' } {
    void reply.status(this.shutdown.draining ? 503 : 200);
    return { status: this.shutdown.draining ? 'draining' : 'ok' };
  }
}
