/**
 * The renderer's Content-Security-Policy, injected into index.html at build time. No
 * unsafe-eval, no remote origins; inline styles only because React Flow positions nodes with
 * them. Workers (the file parser) come only from the app's own files, never from blob: URLs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
