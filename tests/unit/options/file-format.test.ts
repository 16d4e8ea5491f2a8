import { describe, expect, it } from 'vitest';
import { guessFormat } from '../../../components/options/file-format';

describe('guessFormat', () => {
  it('trusts a .json or .csv extension', () => {
    expect(guessFormat('d.JSON', 'id,conflict')).toEqual({ ok: true, format: 'json' });
    expect(guessFormat('d.csv', '{')).toEqual({ ok: true, format: 'csv' });
  });

  it('looks at the content when the extension says nothing', () => {
    expect(guessFormat('download', '  \n{"format":1}')).toEqual({ ok: true, format: 'json' });
    expect(guessFormat('download.txt', 'id,conflict,category\n1,sudan,killed')).toEqual({ ok: true, format: 'csv' });
  });

  it('refuses prose and binary files by name', () => {
    const prose = guessFormat('notes.txt', 'Some notes about the war.\nNo commas here');
    expect(prose.ok).toBe(false);
    if (!prose.ok) expect(prose.message).toMatch(/“notes.txt” is neither JSON nor CSV/);
    const png = guessFormat('chart.png', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR');
    expect(png.ok).toBe(false);
    if (!png.ok) expect(png.message).toMatch(/not a text file/);
    expect(guessFormat('data.json', 'PK\u0003\u0004\u0000\u0000').ok).toBe(false);
  });
});
