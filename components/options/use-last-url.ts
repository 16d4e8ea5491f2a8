/** The remembered dataset URL for "Check for update", following changes made in another options tab. */
import { useEffect, useState } from 'preact/hooks';
import { lastDatasetUrl } from '../../lib/dataset/options/update-check';

export function useLastUrl(): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    void lastDatasetUrl.getValue().then(setUrl);
    return lastDatasetUrl.watch(setUrl);
  }, []);
  return url;
}
