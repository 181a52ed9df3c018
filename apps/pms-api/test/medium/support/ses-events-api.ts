import { Test } from '@nestjs/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from '../../../src/app.module';
import type { AppConfig } from '../../../src/config/app-config';
import { createHttpApp } from '../../../src/http-app';
import { SNS_SIGNING_CERTIFICATES } from '../../../src/mail/sns-signing-certificates';
import type { SnsTestSigner } from './ses-events-sns-signer';

export interface SesEventsApi {
  readonly app: NestFastifyApplication;
  /** POSTs `body` to /api/mail/ses-events as SNS does (text/plain) unless told otherwise. */
  post(body: string, contentType?: string): Promise<{ status: number; body: { result?: string; code?: string; message?: string } }>;
  close(): Promise<void>;
}

/**
 * The real HTTP app on a loopback port, with one provider swapped: SNS's certificate
 * download is the test signer's, so messages it signs under an SNS certificate URL verify.
 * Everything else (host rule, signature check, database) is the production path.
 */
export async function startSesEventsApi(config: AppConfig, signer: SnsTestSigner): Promise<SesEventsApi> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] })
    .overrideProvider(SNS_SIGNING_CERTIFICATES)
    .useValue(signer.certificates)
    .compile();
  const app = await createHttpApp(config, (adapter, options) => moduleRef.createNestApplication<NestFastifyApplication>(adapter, options));
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    async post(body, contentType = 'text/plain; charset=UTF-8') {
      const response = await fetch(`${baseUrl}/api/mail/ses-events`, { method: 'POST', headers: { 'content-type': contentType }, body });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as { result?: string }) : {} };
    },
    close: () => app.close(),
  };
}
