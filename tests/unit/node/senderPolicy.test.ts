import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../electron/node/senderPolicy';

const where = { fileUrl: 'file:///opt/journey/resources/app/out/renderer/index.html' };

describe('isTrustedSender', () => {
  it('trusts our packaged page, with or without a hash or query', () => {
    expect(isTrustedSender('file:///opt/journey/resources/app/out/renderer/index.html', where)).toBe(true);
    expect(isTrustedSender('file:///opt/journey/resources/app/out/renderer/index.html#x', where)).toBe(true);
  });

  it('refuses other files, remote pages, blank and missing senders', () => {
    expect(isTrustedSender('file:///tmp/evil.html', where)).toBe(false);
    expect(isTrustedSender('https://example.com/', where)).toBe(false);
    expect(isTrustedSender('about:blank', where)).toBe(false);
    expect(isTrustedSender(undefined, where)).toBe(false);
    expect(isTrustedSender('not a url', where)).toBe(false);
  });

  it('trusts the dev server origin only in development', () => {
    expect(isTrustedSender('http://localhost:5173/', { ...where, devServerUrl: 'http://localhost:5173' })).toBe(true);
    expect(isTrustedSender('http://localhost:5173/', where)).toBe(false);
    expect(isTrustedSender('http://localhost:6666/', { ...where, devServerUrl: 'http://localhost:5173' })).toBe(false);
  });
});
