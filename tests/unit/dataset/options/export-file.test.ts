import { describe, expect, it } from 'vitest';
import { exportDataset, exportFileName } from '../../../../lib/dataset/options/export-file';
import { parseDatasetText } from '../../../../lib/dataset/validate';
import { sampleDataset } from '../sample';

describe('exportDataset', () => {
  it('names the file after the version, keeping only safe characters', () => {
    expect(exportFileName('2026.11.1', 'json')).toBe('tollcheck-dataset-2026.11.1.json');
    expect(exportFileName('1/../2 x', 'csv')).toBe('tollcheck-dataset-1_.._2_x.csv');
  });

  it.each(['json', 'csv'] as const)('writes %s that imports back to the same records', (format) => {
    const dataset = sampleDataset('3');
    const file = exportDataset(dataset, format);
    expect(file.type).toBe(format === 'json' ? 'application/json' : 'text/csv');
    const back = parseDatasetText(file.text, file.fileName);
    expect(back.ok && back.dataset.records.map((r) => r.id)).toEqual(dataset.records.map((r) => r.id));
  });
});
