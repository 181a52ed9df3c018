import ts from 'typescript';

// Lines of declarations in a migration file, read with the TypeScript compiler's parser
// (not patterns over the text), so a finding about `phase` or `down()` points at it.

export interface SourceLocator {
  /** Line of `class <name>`, or of the first class when the name is unknown; 1 if none. */
  classLine(className: string | undefined): number;
  /** Line of a property or method of that class, if it is declared there. */
  memberLine(className: string | undefined, member: string): number | undefined;
}

export function parseTypeScript(fileName: string, source: string): ts.SourceFile {
  return ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

export function lineOf(file: ts.SourceFile, node: ts.Node): number {
  return file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
}

export function locateDeclarations(fileName: string, source: string): SourceLocator {
  const file = parseTypeScript(fileName, source);
  const classes = file.statements.filter(ts.isClassDeclaration);
  const find = (className: string | undefined): ts.ClassDeclaration | undefined =>
    classes.find((declaration) => className === undefined || declaration.name?.text === className) ?? classes[0];
  return {
    classLine(className) {
      const declaration = find(className);
      return declaration ? lineOf(file, declaration.name ?? declaration) : 1;
    },
    memberLine(className, member) {
      const declaration = find(className);
      const found = declaration?.members.find(
        (candidate) => candidate.name !== undefined && ts.isIdentifier(candidate.name) && candidate.name.text === member,
      );
      return found ? lineOf(file, found) : undefined;
    },
  };
}

/** Lines of the elements of `const <name> = [ ... ]` (the MIGRATIONS list of index.ts). */
export function arrayElementLines(fileName: string, source: string, variable: string): number[] {
  const file = parseTypeScript(fileName, source);
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) {
      continue;
    }
    for (const declaration of statement.declarationList.declarations) {
      if (
        ts.isIdentifier(declaration.name) &&
        declaration.name.text === variable &&
        declaration.initializer &&
        ts.isArrayLiteralExpression(declaration.initializer)
      ) {
        return declaration.initializer.elements.map((element) => lineOf(file, element));
      }
    }
  }
  return [];
}
