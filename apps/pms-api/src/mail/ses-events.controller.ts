import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { SesEventsAnswer } from './ses-events-answer';
import { SesEventsService } from './ses-events.service';

/** The SNS HTTPS subscription of the SES configuration set's event topic (infra/src/email.ts). */
@Controller('mail')
export class SesEventsController {
  constructor(private readonly events: SesEventsService) {}

  /** No session: SNS cannot sign in. Every message is checked against SNS's signature instead. */
  @Post('ses-events')
  @HttpCode(200)
  receive(@Body() body: unknown): Promise<SesEventsAnswer> {
    return this.events.receive(body);
  }
}
