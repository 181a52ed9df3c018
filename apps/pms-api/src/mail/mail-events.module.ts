import { Module } from '@nestjs/common';
import { MailDeliveryRepository } from './mail-delivery.repository';
import { SesEventsController } from './ses-events.controller';
import { SesEventsService } from './ses-events.service';
import { SnsSignatureVerifier } from './sns-signature-verifier';
import { SNS_SIGNING_CERTIFICATES, fetchedSigningCertificates } from './sns-signing-certificates';

/** SES delivery events arriving over SNS; imported by the HTTP app only. */
@Module({
  controllers: [SesEventsController],
  providers: [
    { provide: SNS_SIGNING_CERTIFICATES, useFactory: fetchedSigningCertificates },
    SnsSignatureVerifier,
    SesEventsService,
    MailDeliveryRepository,
  ],
})
export class MailEventsModule {}
