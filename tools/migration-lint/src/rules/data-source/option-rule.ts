import type { Finding } from '../../findings.ts';
import { readGuardedOptions } from '../../source/data-source-options.ts';
import type { GuardedOption, OptionAssignment } from '../../source/data-source-options.ts';
import type { Rule } from '../rule.ts';

/** A project rule over one DataSource option: `refusal` says what is wrong with a value, or undefined. */
export function dataSourceOptionRule(
  id: string,
  title: string,
  option: GuardedOption,
  refusal: (assignment: OptionAssignment) => string | undefined,
): Rule {
  return {
    id,
    title,
    scope: 'project',
    check({ dataSource }) {
      if (!dataSource) {
        return [];
      }
      return readGuardedOptions(dataSource.file, dataSource.source)
        .filter((assignment) => assignment.name === option)
        .flatMap((assignment): Finding[] => {
          const message = refusal(assignment);
          return message === undefined ? [] : [{ file: dataSource.file, line: assignment.line, ruleId: id, message }];
        });
    },
  };
}

export function shown(value: OptionAssignment['value']): string {
  return value === 'not-a-literal' ? 'computed at run time' : JSON.stringify(value);
}
