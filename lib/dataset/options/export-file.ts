/** The active dataset as a file to save: its text, a versioned name and its media type. */
import { datasetToCsv, datasetToJson } from '../validate';
import type { Dataset } from '../schema';

export type ExportFormat = 'json' | 'csv';

export interface ExportFile {
  text: string;
  fileName: string;
  type: string;
}

const MEDIA_TYPES: Record<ExportFormat, string> = { json: 'application/json', csv: 'text/csv' };

export function exportDataset(dataset: Dataset, format: ExportFormat): ExportFile {
  const text = format === 'json' ? datasetToJson(dataset) : datasetToCsv(dataset);
  return { text, fileName: exportFileName(dataset.version, format), type: MEDIA_TYPES[format] };
}

/** `tollcheck-dataset-2026.11.1.json`: versioned so two exports never overwrite each other silently. */
export function exportFileName(version: string, ext: ExportFormat): string {
  return `tollcheck-dataset-${version.replace(/[^0-9A-Za-z.]/g, '_')}.${ext}`;
}
