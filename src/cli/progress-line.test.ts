import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressLine } from './progress-line.js';

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  return { stream, text: () => chunks.join('') };
}

describe('progressLine', () => {
  it('redraws one line in place on a terminal and ends it once', async () => {
    const { stream, text } = capture();
    const progress = progressLine(true, 2_000, stream);
    progress.update('10 rows');
    progress.update('20 rows');
    progress.done();
    progress.done();
    await new Promise((resolve) => setImmediate(resolve));
    expect(text()).toBe('\r10 rows  \r20 rows  \n');
  });

  it('elsewhere prints whole lines, no more often than the interval unless forced, and nothing to end', async () => {
    const { stream, text } = capture();
    const progress = progressLine(false, 60_000, stream);
    progress.update('10 rows');
    progress.update('20 rows', true);
    progress.done();
    await new Promise((resolve) => setImmediate(resolve));
    expect(text()).toBe('20 rows\n');
    const { stream: eager, text: eagerText } = capture();
    const everyTime = progressLine(false, 0, eager);
    everyTime.update('1');
    everyTime.update('2');
    await new Promise((resolve) => setImmediate(resolve));
    expect(eagerText()).toBe('1\n2\n');
  });
});
