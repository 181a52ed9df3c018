import { expect } from '@playwright/test';

/** A message as the local SES v2 endpoint (aws-ses-v2-local) keeps it in its store. */
export interface StoredMail {
  readonly subject: string;
  readonly destination: { readonly to: readonly string[] };
  readonly body: { readonly text?: string; readonly html?: string };
}

function sesEndpoint(): string {
  const endpoint = process.env['PD_SES_ENDPOINT'];
  if (!endpoint) {
    throw new Error('PD_SES_ENDPOINT is not set: run the e2e suites through `npm test` (it exports the local stack variables)');
  }
  return endpoint;
}

export async function mailsTo(recipient: string): Promise<StoredMail[]> {
  const response = await fetch(`${sesEndpoint()}/store`);
  const store = (await response.json()) as { emails: StoredMail[] };
  return store.emails.filter((mail) => mail.destination.to.includes(recipient));
}

/**
 * The one mail to `recipient` whose subject contains `subjectPart`, once the API's outbox
 * drainer has delivered it (it runs every few seconds in the background).
 */
export async function expectMail(recipient: string, subjectPart: string): Promise<StoredMail> {
  let found: StoredMail[] = [];
  await expect
    .poll(
      async () => {
        found = (await mailsTo(recipient)).filter((mail) => mail.subject.includes(subjectPart));
        return found.length;
      },
      { message: `a mail to ${recipient} about ${subjectPart}`, timeout: 20_000 },
    )
    .toBe(1);
  return found[0] as StoredMail;
}
