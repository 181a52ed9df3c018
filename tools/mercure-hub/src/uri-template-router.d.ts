// The package ships no type declarations; only the part the hub uses is declared.
declare module 'uri-template-router' {
  export interface RouteResult {
    readonly params: Record<string, unknown> | undefined;
  }

  export class Route {
    constructor(uriTemplate: string);
    /** Returns undefined when the URI does not match the whole template. */
    resolveURI(uri: string): RouteResult | undefined;
  }
}
