import type { SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/app-config';
import { MailOutboxDrainer } from './mail-outbox-drainer';
import type { ClaimedMail, MailClaim, MailOutboxRepository } from './mail-outbox.repository';

const env = {
  PD_DB_PRIMARY_URL: 'mysql://app:secret@127.0.0.1:28113/pitchdesk',
  PD_DB_REPLICA_URL: 'mysql://app:secret@127.0.0.1:28114/pitchdesk',
  PD_MEMCACHED_SERVERS: '127.0.0.1:28112',
  PD_HUB_URL: 'http://127.0.0.1:28110/.well-known/mercure',
  PD_HUB_PUBLISHER_KEY: 'k'.repeat(32),
  PD_HUB_SUBSCRIBER_KEY: 's'.repeat(32),
  PD_AWS_REGION: 'eu-south-1',
  PD_MANAGE_TOKEN_KEY: 'm'.repeat(32),
};

const mail: ClaimedMail = {
  id: '7',
  key: 'booking-confirmed:AB12CD34',
  to: 'guest@example.com',
  subject: 'Prenotazione confermata',
  text: 'Gentile ospite',
  html: '<p>Gentile ospite</p>',
  attempt: 1,
};

/** Records what the drainer hands SES and answers like SES does on acceptance. */
class RecordingSes {
  readonly sent: SendEmailCommand[] = [];

  send(command: SendEmailCommand): Promise<{ MessageId: string }> {
    this.sent.push(command);
    return Promise.resolve({ MessageId: `ses-${this.sent.length}` });
  }
}

/** An outbox with one due mail that accepts the drainer's updates. */
function outboxWithOneMail(): MailOutboxRepository {
  let claimed = false;
  const fake = {
    claimDue: (): Promise<MailClaim> => {
      const mails = claimed ? [] : [mail];
      claimed = true;
      return Promise.resolve({ token: 'token-1', mails });
    },
    markSent: () => Promise.resolve(true),
  };
  return fake as unknown as MailOutboxRepository;
}

async function commandSentWith(overrides: Record<string, string>): Promise<SendEmailCommand> {
  const ses = new RecordingSes();
  const drainer = new MailOutboxDrainer(loadConfig({ ...env, ...overrides }), ses as unknown as SESv2Client, outboxWithOneMail());
  const report = await drainer.drainOnce();
  expect(report.sent).toBe(1);
  const [command] = ses.sent;
  if (!command) {
    throw new Error('nothing was sent');
  }
  return command;
}

describe('MailOutboxDrainer send command', () => {
  it('names the configured SES configuration set, so SES publishes the mail’s events', async () => {
    const command = await commandSentWith({ PD_SES_CONFIGURATION_SET: 'pitchdesk-mail' });
    expect(command.input.ConfigurationSetName).toBe('pitchdesk-mail');
  });

  it('names no configuration set when none is configured (local SES)', async () => {
    const command = await commandSentWith({});
    expect(command.input).not.toHaveProperty('ConfigurationSetName');
  });

  it('tags the mail with its outbox key in the characters SES allows', async () => {
    const command = await commandSentWith({});
    expect(command.input.EmailTags).toEqual([{ Name: 'outbox-key', Value: 'booking-confirmed_AB12CD34' }]);
  });
});
