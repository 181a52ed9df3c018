import { Route } from 'uri-template-router';

/**
 * Topic selectors as the Mercure spec defines them: `*` matches every topic, a
 * selector equal to the topic matches it, and a selector that is an RFC 6570 URI
 * template matches every topic the template can expand to.
 *
 * Why uri-template-router: it matches by RFC 6570's expansion rules, so
 * `/books/{id}` does not match `/books/1/secret` (a simple expression never expands to
 * a `/`), as the official hub's Go matcher behaves. `uri-templates` matches that topic,
 * which would leak private updates granted by a `mercure.subscribe` template.
 */
export type TopicMatcher = (topic: string) => boolean;

// Compiling a template builds a state machine (a few ms for a typical one), so each
// distinct selector is compiled once; the cap bounds memory if clients send junk.
const MAX_CACHED = 1_000;
const cache = new Map<string, TopicMatcher>();

export function compileSelector(selector: string): TopicMatcher {
  const cached = cache.get(selector);
  if (cached) {
    return cached;
  }
  const matcher = buildMatcher(selector);
  if (cache.size >= MAX_CACHED) {
    cache.clear();
  }
  cache.set(selector, matcher);
  return matcher;
}

/** True when any of the topics matches any of the selectors. */
export function matchesAny(
  topics: readonly string[],
  matchers: readonly TopicMatcher[],
): boolean {
  return topics.some((topic) => matchers.some((matches) => matches(topic)));
}

function buildMatcher(selector: string): TopicMatcher {
  if (selector === '*') {
    return () => true;
  }
  const template = selector.includes('{') ? parseTemplate(selector) : undefined;
  if (!template) {
    return (topic) => topic === selector;
  }
  return (topic) =>
    topic === selector || template.resolveURI(topic) !== undefined;
}

// A selector that is not a valid template is still a valid exact-match selector.
function parseTemplate(selector: string): Route | undefined {
  try {
    return new Route(selector);
  } catch {
    return undefined;
  }
}
