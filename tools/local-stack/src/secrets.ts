import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import type { StackSecrets } from './env-file.ts';

// Hex keeps passwords safe inside URLs and env files without escaping.
const token = (bytes: number): string => randomBytes(bytes).toString('hex');

export function generateSecrets(): StackSecrets {
  return {
    dbAppPassword: token(18),
    dbReplicationPassword: token(18),
    hubPublisherKey: token(32),
    hubSubscriberKey: token(32),
    manageTokenKey: token(32),
  };
}

function isSecrets(value: unknown): value is StackSecrets {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const record = value as Record<string, unknown>;
  return (['dbAppPassword', 'dbReplicationPassword', 'hubPublisherKey', 'hubSubscriberKey'] as const).every(
    (key) => typeof record[key] === 'string' && /^[0-9a-f]{16,}$/.test(record[key]),
  );
}

/** Secrets belong to a data folder: the databases hold the passwords, so they must not change. */
export async function loadOrCreateSecrets(file: string): Promise<StackSecrets> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (!isSecrets(parsed)) {
      throw new Error(`${file} is malformed; run \`reset\` to start from a fresh data folder`);
    }
    if (!parsed.manageTokenKey) {
      // A data folder from before this key existed: add it, keep the database passwords.
      const upgraded = { ...parsed, manageTokenKey: token(32) };
      await writeFile(file, `${JSON.stringify(upgraded, null, 2)}\n`, { mode: 0o600 });
      return upgraded;
    }
    return parsed;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw error;
    }
  }
  const secrets = generateSecrets();
  await writeFile(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return secrets;
}

/** For stop and status, which must not create files: the secrets only matter to a launch. */
export async function readSecretsIfAny(file: string): Promise<StackSecrets> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (isSecrets(parsed)) {
      return parsed;
    }
  } catch {
    // No data folder yet: nothing runs, so nothing needs a secret.
  }
  return { dbAppPassword: '', dbReplicationPassword: '', hubPublisherKey: '', hubSubscriberKey: '', manageTokenKey: '' };
}
