/**
 * The little of jsdom (the unit tests' DOM, a dev dependency without types of its own) that
 * tests running in Node use directly, to read HTML and SVG the build writes.
 */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: { contentType?: string })
    readonly window: Window & typeof globalThis
  }
}
