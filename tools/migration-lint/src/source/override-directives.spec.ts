import { describe, expect, it } from 'vitest';
import { parseDirective, readOverrideDirectives } from './override-directives.ts';

const RULES = { known: new Set(['PD030', 'PD050', 'PD092']), notOverridable: new Set(['PD092']) };

describe('parseDirective', () => {
  it('reads rule ids, reason and reviewer', () => {
    expect(parseDirective('migration-lint-disable PD030, PD050: units is tiny (40 rows) (reviewed-by: Ada Lovelace)', RULES)).toEqual({
      ruleIds: ['PD030', 'PD050'],
      reason: 'units is tiny (40 rows)',
      reviewer: 'Ada Lovelace',
      problems: [],
    });
  });

  it('ignores comments that are not directives', () => {
    expect(parseDirective('Lets a sweep find lapsed holds: expand', RULES)).toBeUndefined();
  });
});

describe('readOverrideDirectives', () => {
  const source = [
    'export class M {',
    '  // migration-lint-disable PD050: the whole class is reviewed here (reviewed-by: Ada)',
    '  async up(runner: { query(sql: string): Promise<unknown> }): Promise<void> {',
    '    // migration-lint-disable PD030: only the statement below (reviewed-by: Ada)',
    "    await runner.query('a');",
    "    await runner.query('b');",
    '  }',
    '}',
    '// migration-lint-disable PD030: after everything, covers nothing (reviewed-by: Ada)',
    '',
  ].join('\n');

  it('gives each directive the lines of the code it precedes', () => {
    const directives = readOverrideDirectives('m.ts', source, RULES);
    expect(directives.map((directive) => [directive.line, directive.from, directive.to])).toEqual([
      [2, 3, 7],
      [4, 5, 5],
      [9, 0, -1],
    ]);
  });

  it('ignores the marker inside strings', () => {
    const text = "export const s = '// migration-lint-disable PD030: not a comment (reviewed-by: Ada)';\n";
    expect(readOverrideDirectives('s.ts', text, RULES)).toEqual([]);
  });
});
