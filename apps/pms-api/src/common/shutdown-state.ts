import { Injectable } from '@nestjs/common';

/** Set when this instance has been told to stop: it then reports unhealthy while it drains. */
@Injectable()
export class ShutdownState {
  private drainingSince: Date | null = null;

  startDraining(): void {
    this.drainingSince ??= new Date();
  }

  get draining(): boolean {
    return this.drainingSince !== null;
  }
}
