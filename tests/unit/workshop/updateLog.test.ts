/** The workshop's append log: records survive, a torn or damaged end is dropped and cut off. */
import { appendFileSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeRecords, encodeRecord, UpdateLog } from '../../../electron/node/workshop/updateLog';
import { sampleCopy } from './workshopClients';

const logIn = () => join(dirname(sampleCopy()), 'map.journey.workshop-log');

describe('the workshop log', () => {
  it('reads back what was appended, in order', async () => {
    const path = logIn();
    const { log, records } = await UpdateLog.open(path);
    expect(records).toEqual([]);
    await log.append([{ kind: 'header', header: { fileSha256: 'abc' } }]);
    await log.append([
      { kind: 'update', data: new Uint8Array([1, 2, 3]) },
      { kind: 'state', data: new Uint8Array([4]) },
    ]);
    await log.close();
    const reopened = await UpdateLog.open(path);
    expect(reopened.records).toEqual([
      { kind: 'header', header: { fileSha256: 'abc' } },
      { kind: 'update', data: new Uint8Array([1, 2, 3]) },
      { kind: 'state', data: new Uint8Array([4]) },
    ]);
    await reopened.log.close();
  });

  it('drops a record cut short by a crash and appends after the good ones', async () => {
    const path = logIn();
    const { log } = await UpdateLog.open(path);
    await log.append([{ kind: 'update', data: new Uint8Array([9, 9]) }]);
    await log.close();
    const good = statSync(path).size;
    appendFileSync(path, encodeRecord({ kind: 'update', data: new Uint8Array(100) }).subarray(0, 40));
    const reopened = await UpdateLog.open(path);
    expect(reopened.droppedBytes).toBe(40);
    expect(statSync(path).size).toBe(good);
    await reopened.log.append([{ kind: 'update', data: new Uint8Array([7]) }]);
    await reopened.log.close();
    expect(decodeRecords(readFileSync(path)).records).toHaveLength(2);
  });

  it('stops at a damaged record (its checksum fails)', () => {
    const a = encodeRecord({ kind: 'update', data: new Uint8Array([1]) });
    const b = encodeRecord({ kind: 'update', data: new Uint8Array([2, 3]) });
    b.writeUInt8(b.readUInt8(b.length - 1) ^ 0xff, b.length - 1);
    expect(decodeRecords(Buffer.concat([a, b]))).toEqual({
      records: [{ kind: 'update', data: new Uint8Array([1]) }],
      goodLength: a.length,
    });
  });

  it('replaces its content atomically and keeps appending', async () => {
    const path = logIn();
    const { log } = await UpdateLog.open(path);
    await log.append([{ kind: 'update', data: new Uint8Array([1]) }]);
    await log.replace([{ kind: 'state', data: new Uint8Array([5, 5]) }]);
    await log.append([{ kind: 'update', data: new Uint8Array([6]) }]);
    await log.close();
    expect(decodeRecords(readFileSync(path)).records).toEqual([
      { kind: 'state', data: new Uint8Array([5, 5]) },
      { kind: 'update', data: new Uint8Array([6]) },
    ]);
  });
});
