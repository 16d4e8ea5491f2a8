import { expect, test } from 'vitest';
import { describeCount } from '../../../components/Tooltip';
import { claim, renderText } from './tooltip-fixture';

test('shows the figure, what it counts, claimant and date, the verdict with its reason, and the references', () => {
  const root = renderText({ claim, published: '2025-11-20', dark: false, maxReferences: 1 });
  const text = root.textContent!;
  for (const part of [
    'Corroborated',
    '“at least 14,534”',
    'people killed · civilians',
    'Claimed by: the UN monitoring mission, in an article of 20 Nov 2025',
    'It agrees with the UN verified count.',
    '14,534',
    'range 14,534–15,000',
    'as of 31 Oct 2025',
    'verified minimum',
    'OHCHR/HRMMU',
    'Caveat: A verified minimum.',
    'and 1 more',
  ]) {
    expect(text).toContain(part);
  }
  const link = root.querySelector('a')!;
  expect(link.getAttribute('href')).toBe('https://news.un.org/example');
  expect(link.getAttribute('rel')).toContain('noopener');
  expect(root.querySelector('.tc')!.getAttribute('class')).toContain('light');
});

test('says so when no source is named, and skips empty parts', () => {
  const root = renderText({ claim: { ...claim, claimant: null, references: [], status: 'no_data' }, published: null, dark: true });
  const text = root.textContent!;
  expect(text).toContain('No data');
  expect(text).toContain('Claimed by: No source named in the text');
  expect(text).not.toContain('Reference figures');
  expect(text).not.toContain('in an article of');
  expect(root.querySelector('.tc')!.getAttribute('class')).toContain('dark');
});

test('what a figure counts does not repeat itself', () => {
  expect(describeCount({ ...claim, party: 'people', population: null, category: 'wounded' })).toBe('people wounded');
  expect(describeCount({ ...claim, party: 'Palestinians', population: 'civilian' })).toBe('people killed · Palestinians, civilian');
  expect(describeCount({ ...claim, party: null, population: 'all', category: 'bodies' })).toBe('bodies');
});

test('the verdict label says what the verdict means, in the words the README uses', () => {
  const unverified = renderText({ claim: { ...claim, status: 'unverified' }, published: null, dark: false });
  expect(unverified.querySelector('.label')!.getAttribute('title')).toMatch(/^Only a party to the conflict, or no one named/);
  const disputed = renderText({ claim: { ...claim, status: 'disputed' }, published: null, dark: false });
  expect(disputed.querySelector('.label')!.getAttribute('title')).toMatch(/^Every comparable independent record/);
});
