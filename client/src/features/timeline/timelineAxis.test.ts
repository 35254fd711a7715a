import { describe, expect, it } from 'vitest';
import { buildAxis, fitScale, IDLE_BAND_PX, idleStretches } from './timelineAxis';

describe('timeline axis', () => {
  const spans = [
    { start: 0, end: 100 },
    { start: 50, end: 200 },
    { start: 10_200, end: 10_300 },
    { start: 10_400, end: undefined },
  ];

  it('finds the stretches with no request open, an unanswered request running to the end', () => {
    expect(idleStretches(spans, 0, 20_000)).toEqual([
      [200, 10_200],
      [10_300, 10_400],
    ]);
    expect(idleStretches([{ start: 5, end: 10 }], 0, 30)).toEqual([
      [0, 5],
      [10, 30],
    ]);
  });

  it('compresses a long idle stretch to one band and keeps short pauses to scale', () => {
    const axis = buildAxis(idleStretches(spans, 0, 10_500), 0, 10_500, 1);
    expect(axis.segments.map((s) => [s.from, s.to, s.idle])).toEqual([
      [0, 200, false],
      [200, 10_200, true],
      [10_200, 10_500, false],
    ]);
    expect(axis.width).toBe(200 + IDLE_BAND_PX + 300);
    expect(axis.x(200)).toBe(200);
    expect(axis.x(10_200)).toBe(200 + IDLE_BAND_PX);
    expect(axis.x(10_300)).toBe(200 + IDLE_BAND_PX + 100);
    expect(axis.timeAt(axis.x(10_250))).toBeCloseTo(10_250);
  });

  it('draws everything to scale when no pause is worth compressing', () => {
    const axis = buildAxis([[100, 300]], 0, 1000, 0.1);
    expect(axis.segments).toHaveLength(1);
    expect(axis.width).toBeCloseTo(100);
  });

  it('fits the recording, idle bands included, into a width', () => {
    const idle = idleStretches(spans, 0, 10_500);
    const scale = fitScale(idle, 0, 10_500, 1000);
    expect(buildAxis(idle, 0, 10_500, scale).width).toBeCloseTo(1000);
  });
});
