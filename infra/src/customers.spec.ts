import { describe, expect, it } from 'vitest';
import { registryProblems } from './customer-config.ts';
import type { CustomerConfig } from './customer-config.ts';
import { CUSTOMERS, allStages, stageConfig } from './customers.ts';

describe('the customer registry', () => {
  it('is valid', () => {
    expect(registryProblems(CUSTOMERS)).toEqual([]);
  });

  it('gives every customer a staging and a prod stage named <id>-<environment>', () => {
    expect(allStages().map((config) => config.stage)).toEqual(CUSTOMERS.flatMap((customer) => [`${customer.id}-staging`, `${customer.id}-prod`]));
  });

  it('resolves a stage to its customer and environment settings', () => {
    const config = stageConfig('duinzicht-prod');
    expect(config).toMatchObject({ environment: 'prod', customer: { id: 'duinzicht', region: 'eu-west-1' }, domain: 'duinzicht.example' });
  });

  it('names the known stages when asked for an unknown one', () => {
    expect(() => stageConfig('acme-prod')).toThrow('Unknown stage "acme-prod"; the customer registry has: lagoverde-staging, lagoverde-prod, duinzicht-staging, duinzicht-prod');
  });

  it('reports every problem of a bad entry, naming the customer and the field', () => {
    const [first] = CUSTOMERS as [CustomerConfig];
    const bad: CustomerConfig = {
      ...first,
      id: 'Bad Id',
      region: 'europe',
      mailFrom: 'nobody',
      environments: {
        ...first.environments,
        prod: { ...first.environments.prod, database: { ...first.environments.prod.database, instanceClass: 'db.serverless', readers: { min: 0, max: 2 } }, egressIpAllocationIds: ['eipalloc-1'] },
      },
    };
    expect(registryProblems([bad, bad])).toEqual(
      expect.arrayContaining([
        'customer "Bad Id": id must be 2-21 lower-case letters or digits, starting with a letter',
        'customer "Bad Id": id is used twice',
        'customer "Bad Id": region "europe" is not an AWS region',
        'customer "Bad Id": mailFrom must be an e-mail address',
        'customer "Bad Id" prod: database.readers must satisfy 1 <= min <= max <= 15',
        'customer "Bad Id" prod: database.instanceClass must be a provisioned class (readers scale by count)',
        'customer "Bad Id" prod: egressIpAllocationIds needs one allocation per availability zone (2)',
      ]),
    );
    expect(() => stageConfig('lagoverde-prod', [bad])).toThrow(/The customer registry is invalid/);
  });
});
