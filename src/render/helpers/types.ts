/** The shape every helper has: Handlebars passes its options object last. */
export type HelperFn = (...args: unknown[]) => unknown;
