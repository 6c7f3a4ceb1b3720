import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CloseGuard } from '../../../electron/node/closeGuard';
import { journeyPathsFromArgv, launchFolder } from '../../../electron/node/launchArgs';
import { OpenRequestQueue } from '../../../electron/node/openRequests';

describe('journeyPathsFromArgv', () => {
  const cwd = resolve('/home/ana/maps');

  it('finds .journey files among Electron’s own arguments and makes them absolute', () => {
    const argv = ['/opt/electron', '.', '--no-sandbox', 'hotel.journey', join(cwd, 'sub', 'B.JOURNEY'), 'notes.txt'];
    expect(journeyPathsFromArgv(argv, cwd)).toEqual([join(cwd, 'hotel.journey'), join(cwd, 'sub', 'B.JOURNEY')]);
  });

  it('skips flags that merely end in .journey, and repeats', () => {
    expect(journeyPathsFromArgv(['--open=x.journey', 'a.journey', 'a.journey'], cwd)).toEqual([join(cwd, 'a.journey')]);
  });

  it('resolves `npm start -- my.journey` against the folder the user typed it in', () => {
    const env = { INIT_CWD: '/home/ana/maps' };
    expect(launchFolder({ isPackaged: false, env, cwd: '/repo' })).toBe('/home/ana/maps');
    expect(launchFolder({ isPackaged: true, env, cwd: '/somewhere' })).toBe('/somewhere');
    expect(launchFolder({ isPackaged: false, env: {}, cwd: '/repo' })).toBe('/repo');
  });
});

describe('CloseGuard', () => {
  it('lets a clean window close at once', () => {
    expect(new CloseGuard().onCloseAttempt(true)).toBe('close');
  });

  it('asks the renderer once when there are unsaved changes, and closes only on yes', () => {
    const guard = new CloseGuard();
    guard.setDirty(true);
    expect(guard.onCloseAttempt(true)).toBe('ask');
    expect(guard.onCloseAttempt(true)).toBe('wait');
    expect(guard.onAnswer(false)).toBe('stay');
    expect(guard.onCloseAttempt(true)).toBe('ask');
    expect(guard.onAnswer(true)).toBe('close');
    expect(guard.onCloseAttempt(true)).toBe('close');
  });

  it('quits after the answer when the close came from Quit, and forgets the quit on Cancel', () => {
    const guard = new CloseGuard();
    guard.setDirty(true);
    guard.quitRequested();
    guard.onCloseAttempt(true);
    expect(guard.onAnswer(false)).toBe('stay');
    guard.onCloseAttempt(true);
    expect(guard.onAnswer(true)).toBe('close');
    const quitting = new CloseGuard();
    quitting.setDirty(true);
    quitting.quitRequested();
    quitting.onCloseAttempt(true);
    expect(quitting.onAnswer(true)).toBe('quit');
  });

  it('does not hold a window whose page crashed (its drafts are on disk)', () => {
    const guard = new CloseGuard();
    guard.setDirty(true);
    expect(guard.onCloseAttempt(false)).toBe('close');
  });

  it('ignores an answer nobody asked for, and a reload cancels the question', () => {
    const guard = new CloseGuard();
    guard.setDirty(true);
    expect(guard.onAnswer(true)).toBe('stay');
    guard.onCloseAttempt(true);
    guard.reset();
    expect(guard.onAnswer(true)).toBe('stay');
    expect(guard.onCloseAttempt(true)).toBe('close');
  });
});

describe('OpenRequestQueue', () => {
  it('holds files until the renderer listens, then delivers them in order, and again after a reload', () => {
    const delivered: string[] = [];
    const queue = new OpenRequestQueue((p) => delivered.push(p));
    queue.add(['/a.journey', '/b.journey', '/a.journey']);
    expect(delivered).toEqual([]);
    queue.rendererReady();
    expect(delivered).toEqual(['/a.journey', '/b.journey']);
    queue.add(['/c.journey']);
    queue.rendererGone();
    queue.add(['/d.journey']);
    expect(delivered).toEqual(['/a.journey', '/b.journey', '/c.journey']);
    queue.rendererReady();
    expect(delivered.at(-1)).toBe('/d.journey');
  });
});
