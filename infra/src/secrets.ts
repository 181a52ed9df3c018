/**
 * Secrets live in Secrets Manager and reach containers only as ECS `secrets`
 * (`valueFrom`), never as plaintext environment: SST's `ssm` option maps to that and grants
 * the execution role read access.
 */
export interface StoredSecret {
  readonly arn: $util.Output<string>;
  readonly value: $util.Output<string>;
}

/** A random secret (password, signing key) generated once per stage and kept in state. */
export function generatedSecret(name: string, description: string, length = 48): StoredSecret {
  // No special characters: the values are embedded in URLs and shell-rendered config files.
  const password = new random.RandomPassword(`${name}Value`, { length, special: false });
  return storedSecret(name, description, password.result);
}

/** A secret whose value is composed from other values (e.g. a connection URL with a password). */
export function storedSecret(name: string, description: string, value: $util.Input<string>): StoredSecret {
  const secret = new aws.secretsmanager.Secret(name, { description, recoveryWindowInDays: 7 });
  new aws.secretsmanager.SecretVersion(`${name}Version`, { secretId: secret.id, secretString: value });
  return { arn: secret.arn, value: $util.secret($output(value)) };
}
