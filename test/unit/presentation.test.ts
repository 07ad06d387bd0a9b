import { describe, expect, it } from 'vitest';
import {
  INITIAL_PRESENTATION,
  presentationFromParams,
  withPresentation,
} from '../../src/model/explorer/presentation.ts';

describe('presentation in the URL', () => {
  it('leaves document order and the fitted graph out, keeping other parameters', () => {
    const params = withPresentation(
      INITIAL_PRESENTATION,
      new URLSearchParams('relation=r1&sort=x&zoom=2,0,0'),
    );
    expect(params.toString()).toBe('relation=r1');
  });

  it('writes and reads the sort and the zoom', () => {
    const p = {
      sort: { key: 'likelihood', direction: 'descending' },
      zoom: { level: 1.23456, x: 120.4, y: -40.6 },
    } as const;
    const params = withPresentation(p, new URLSearchParams('data=x.json'));
    expect(params.toString()).toBe('data=x.json&sort=-likelihood&zoom=1.23%2C120%2C-41');
    expect(presentationFromParams(params)).toEqual({
      presentation: {
        sort: { key: 'likelihood', direction: 'descending' },
        zoom: { level: 1.23, x: 120, y: -41 },
      },
      problems: [],
    });
    expect(presentationFromParams(new URLSearchParams('sort=basis')).presentation.sort).toEqual({
      key: 'basis',
      direction: 'ascending',
    });
  });

  it('says what it cannot read and falls back', () => {
    const read = presentationFromParams(new URLSearchParams('sort=-colour&zoom=big'));
    expect(read.presentation).toEqual(INITIAL_PRESENTATION);
    expect(read.problems).toEqual([
      'The link sorts the table by "colour", which is not a column; using document order.',
      'The link\'s zoom "big" is not a level and a point; showing the whole graph.',
    ]);
    expect(presentationFromParams(new URLSearchParams('zoom=0,1,2')).presentation.zoom).toBeNull();
    expect(presentationFromParams(new URLSearchParams('zoom=1,,2')).presentation.zoom).toBeNull();
  });
});
