import { Global, Inject, Module } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';

export const SES_CLIENT = Symbol('SES_CLIENT');

function createSesClient(config: AppConfig): SESv2Client {
  if (!config.PD_SES_ENDPOINT) {
    // Production: regional endpoint, credentials from the task role.
    return new SESv2Client({ region: config.PD_AWS_REGION });
  }
  return new SESv2Client({
    region: config.PD_AWS_REGION,
    endpoint: config.PD_SES_ENDPOINT,
    // The local SES endpoint accepts any credentials; the SDK still insists on some.
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
}

@Global()
@Module({
  providers: [{ provide: SES_CLIENT, inject: [APP_CONFIG], useFactory: createSesClient }],
  exports: [SES_CLIENT],
})
export class MailModule implements OnApplicationShutdown {
  constructor(@Inject(SES_CLIENT) private readonly ses: SESv2Client) {}

  onApplicationShutdown(): void {
    this.ses.destroy();
  }
}
