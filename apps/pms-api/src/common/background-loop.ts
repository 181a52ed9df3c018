import { Logger } from '@nestjs/common';

/**
 * Runs `work` every `intervalMs` in this instance, never two passes at once, and waits
 * for a pass in progress when stopped (before pools close). Safe to run on every
 * instance only for work that claims rows with SKIP LOCKED or is otherwise idempotent.
 */
export class BackgroundLoop {
  private readonly logger: Logger;
  private timer: NodeJS.Timeout | undefined;
  private pass: Promise<void> | undefined;

  constructor(
    name: string,
    private readonly intervalMs: number,
    private readonly work: () => Promise<unknown>,
  ) {
    this.logger = new Logger(name);
  }

  start(): void {
    this.timer = setInterval(() => this.tick(), this.intervalMs);
    // Never the reason the process stays alive.
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.pass;
  }

  private tick(): void {
    if (this.pass) {
      return;
    }
    this.pass = this.work()
      .then(() => undefined)
      .catch((error: unknown) => {
        this.logger.warn({ message: 'background pass failed', error: String(error) });
      })
      .finally(() => {
        this.pass = undefined;
      });
  }
}
