import { describe, expect, it } from 'vitest';
import { siteInputKey } from '../../../../lib/dataset/options/site-input';

describe('siteInputKey', () => {
  it.each([
    ['example.org', 'example.org'],
    ['  www.Example.ORG ', 'example.org'],
    ['https://www.bbc.co.uk/news/world', 'bbc.co.uk'],
    ['http://127.0.0.1:8080/a', '127.0.0.1'],
    ['localhost', 'localhost'],
  ])('%j → %s', (input, key) => expect(siteInputKey(input)).toBe(key));

  it.each(['', 'not a site', 'intranet', 'ftp://example.org', 'exa_mple.org'])('refuses %j', (input) => expect(siteInputKey(input)).toBeNull());
});
