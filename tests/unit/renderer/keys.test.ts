import { describe, expect, it } from 'vitest';
import { keyName } from '../../../renderer/commands/keys';
import { COMMANDS } from '../../../renderer/commands/registry';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('keyName', () => {
  it('maps Ctrl on Windows/Linux and Cmd on macOS to mod', () => {
    expect(keyName(key('s', { ctrlKey: true }), false)).toBe('mod+s');
    expect(keyName(key('s', { metaKey: true }), true)).toBe('mod+s');
    expect(keyName(key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('mod+shift+z');
    expect(keyName(key('Delete'), false)).toBe('delete');
  });

  it('binds no key to two commands', () => {
    const seen = new Map<string, string>();
    for (const c of COMMANDS) {
      for (const k of c.keys ?? []) {
        expect(seen.get(k), `${k} bound twice`).toBeUndefined();
        seen.set(k, c.id);
      }
    }
  });
});
