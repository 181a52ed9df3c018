import ts from 'typescript';
import { lineOf, parseTypeScript } from './source-locator.ts';

// The data source options are code (they spread shared objects and read config), so
// they are read from the TypeScript syntax tree: every object-literal property with one
// of these names, wherever it sits, and its value when it is a plain literal.

export const GUARDED_OPTIONS = ['synchronize', 'migrationsRun', 'dropSchema', 'migrationsTransactionMode'] as const;
export type GuardedOption = (typeof GUARDED_OPTIONS)[number];

export interface OptionAssignment {
  readonly name: GuardedOption;
  readonly line: number;
  /** The literal value, or 'not-a-literal' when it is computed (a variable, a condition). */
  readonly value: boolean | string | 'not-a-literal';
}

function unwrap(expression: ts.Expression): ts.Expression {
  let current = expression;
  while (
    ts.isParenthesizedExpression(current) ||
    ts.isAsExpression(current) ||
    ts.isSatisfiesExpression(current) ||
    ts.isNonNullExpression(current)
  ) {
    current = current.expression;
  }
  return current;
}

function literalValue(expression: ts.Expression): boolean | string | 'not-a-literal' {
  const value = unwrap(expression);
  if (value.kind === ts.SyntaxKind.TrueKeyword) {
    return true;
  }
  if (value.kind === ts.SyntaxKind.FalseKeyword) {
    return false;
  }
  if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) {
    return value.text;
  }
  return 'not-a-literal';
}

const isGuarded = (name: string): name is GuardedOption => (GUARDED_OPTIONS as readonly string[]).includes(name);

export function readGuardedOptions(fileName: string, source: string): OptionAssignment[] {
  const file = parseTypeScript(fileName, source);
  const found: OptionAssignment[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) && isGuarded(node.name.text)) {
      found.push({ name: node.name.text, line: lineOf(file, node), value: literalValue(node.initializer) });
    } else if (ts.isShorthandPropertyAssignment(node) && isGuarded(node.name.text)) {
      found.push({ name: node.name.text, line: lineOf(file, node), value: 'not-a-literal' });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
