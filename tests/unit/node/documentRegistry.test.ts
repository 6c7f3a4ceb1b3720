import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translate';
import { createJourney, serializeJourney } from '../../../shared/model';
import { DocumentRegistry } from '../../../electron/node/documentRegistry';
import { VALID_SAMPLE } from '../../helpers/fixtures';

const dir = () => mkdtempSync(join(tmpdir(), 'js-docs-'));

describe('DocumentRegistry', () => {
  it('opens a file under an opaque ref and saves back to the same path', async () => {
    const path = join(dir(), 'map.journey');
    writeFileSync(path, readFileSync(VALID_SAMPLE));
    const docs = new DocumentRegistry();
    const opened = await docs.open(path);
    if (opened.status !== 'opened') throw new Error('should open');
    expect(opened.file.ref).toMatch(/^file-\d+$/);
    expect(opened.file.name).toBe('map.journey');
    const changed = { ...opened.journey, title: 'Changed' };
    const saved = await docs.save(opened.file.ref!, serializeJourney(changed));
    expect(saved).toEqual({ status: 'saved', file: opened.file });
    expect(JSON.parse(readFileSync(path, 'utf8')).title).toBe('Changed');
  });

  it('refuses to save under a ref it never handed out', async () => {
    const result = await new DocumentRegistry().save('file-99', serializeJourney(createJourney()));
    expect(result).toMatchObject({ status: 'failed' });
  });

  it('refuses to write text that is not a valid journey, leaving the file alone', async () => {
    const path = join(dir(), 'keep.journey');
    writeFileSync(path, 'precious');
    const result = await new DocumentRegistry().saveTo(path, '{"format":"journey-studio","version":1}');
    expect(result).toMatchObject({ status: 'failed', message: expect.stringContaining('not a valid journey') });
    expect(readFileSync(path, 'utf8')).toBe('precious');
  });

  it('words a failed save in the UI language of the moment', async () => {
    let language: 'en' | 'zh-CN' = 'zh-CN';
    const docs = new DocumentRegistry(undefined, undefined, () => createTranslator(language));
    const path = join(dir(), 'keep.journey');
    expect(await docs.save('file-99', '')).toEqual({ status: 'failed', message: '此文档尚无文件，请使用“另存为”。' });
    language = 'en';
    const result = await docs.saveTo(path, '{"format":"journey-studio","version":1}');
    expect(result).toMatchObject({ status: 'failed', message: expect.stringMatching(/^The document was not saved/) });
  });

  it('reports a broken file by name with its problems', async () => {
    const path = join(dir(), 'bad.journey');
    writeFileSync(path, '{');
    expect(await new DocumentRegistry().open(path)).toMatchObject({
      status: 'failed',
      fileName: 'bad.journey',
      problems: [{ message: expect.stringContaining('not valid JSON') }],
    });
  });

  it('gives the same ref to the same path', async () => {
    const path = join(dir(), 'a.journey');
    const docs = new DocumentRegistry();
    const first = await docs.saveTo(path, serializeJourney(createJourney()));
    const second = await docs.saveTo(path, serializeJourney(createJourney()));
    expect(first.status === 'saved' && second.status === 'saved' && first.file.ref === second.file.ref).toBe(true);
  });
});
