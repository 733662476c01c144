/**
 * Imported before anything else: the benchmark measures the API as deployed, with
 * NODE_ENV=production (graphql-js skips its development-only checks, e.g. a costly `instanceOf`).
 */
process.env.NODE_ENV ??= "production";
