import { SESv2Client } from '@aws-sdk/client-sesv2';
import type { AppConfig } from '../config/app-config';

export const SES_CLIENT = Symbol('SES_CLIENT');

export function createSesClient(config: AppConfig): SESv2Client {
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
