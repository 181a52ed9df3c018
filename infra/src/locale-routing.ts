/**
 * Code injected at the start of a site's CloudFront viewer-request function (runtime
 * cloudfront-js-2.0). The Angular builds are one folder per locale with their own
 * index.html, and SST's site router only knows a single root error page, so:
 * - `/` redirects to the visitor's language (Accept-Language), else the default locale;
 * - a client-side route such as `/it/search` is served `/it/index.html`;
 * - anything with a file extension (`/it/main-X.js`, `/config.json`) passes through.
 * Mirrors tools/web-server's locale handling for local runs.
 */
export function localeRoutingInjection(locales: readonly string[], fallback: string): string {
  if (!locales.includes(fallback)) {
    throw new Error(`fallback locale ${fallback} is not one of ${locales.join(', ')}`);
  }
  return `
  const pdLocales = ${JSON.stringify(locales)};
  const pdUri = event.request.uri;
  if (pdUri === "/" || pdUri === "") {
    const pdHeader = event.request.headers["accept-language"];
    const pdWanted = (pdHeader ? pdHeader.value : "")
      .split(",")
      .map((part) => {
        const [tag, ...params] = part.trim().toLowerCase().split(";");
        const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
        return { tag: tag.split("-")[0], q: q ? parseFloat(q.slice(2)) : 1 };
      })
      .filter((entry) => entry.q > 0)
      .sort((a, b) => b.q - a.q)
      .map((entry) => entry.tag)
      .find((tag) => pdLocales.includes(tag));
    return { statusCode: 302, statusDescription: "Found", headers: { location: { value: "/" + (pdWanted || ${JSON.stringify(fallback)}) + "/" }, "cache-control": { value: "no-store" }, vary: { value: "accept-language" } } };
  }
  const pdSegments = pdUri.split("/");
  const pdLast = pdSegments[pdSegments.length - 1];
  if (pdLocales.includes(pdSegments[1]) && !pdLast.includes(".")) {
    event.request.uri = "/" + pdSegments[1] + "/index.html";
  }
`;
}
