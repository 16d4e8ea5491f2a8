import { describe, expect, it } from 'vitest';
import { checkDatasetUrl } from '../../../../lib/dataset/options/url-rules';

describe('checkDatasetUrl', () => {
  it.each([
    ['https://data.example.org/tollcheck.json', 'https://data.example.org/*'],
    ['  https://data.example.org:8443/x.csv ', 'https://data.example.org/*'],
    ['http://localhost:8080/d.json', 'http://localhost/*'],
    ['http://127.0.0.1:4173/d.json', 'http://127.0.0.1/*'],
  ])('accepts %s and asks for %s', (input, pattern) => {
    const r = checkDatasetUrl(input);
    expect(r.ok && r.permissionOrigin).toBe(pattern);
  });

  it.each([
    ['', /Enter the address/],
    ['data.example.org/x.json', /not a web address/],
    ['http://data.example.org/x.json', /Use an https:\/\/ address/],
    ['http://127.0.0.2/x.json', /Use an https/],
    ['ftp://data.example.org/x.json', /ftp: are not supported/],
    ['file:///home/me/x.json', /file: are not supported/],
    ['https://me:secret@data.example.org/x.json', /user name and password/],
  ])('refuses %j', (input, message) => {
    const r = checkDatasetUrl(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});
