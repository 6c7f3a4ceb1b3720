/**
 * `.journey` files imported as text with Vite's `?raw` suffix. vite/client declares the
 * general `*?raw` form, but shared/ is typechecked without it (tsconfig.shared.json).
 */
declare module '*.journey?raw' {
  const text: string;
  export default text;
}
