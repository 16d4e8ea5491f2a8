import { describe, expect, it } from 'vitest';
import { candidates, findBrowser, installAdvice } from '../../../scripts/start/find-browser';

const only =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);

describe('npm start finds the browser a user has', () => {
  it('prefers Chromium, then Edge, Brave and Chrome, then Firefox (Linux)', () => {
    expect(findBrowser(undefined, only('/usr/bin/google-chrome', '/usr/bin/firefox'), 'linux', {})).toMatchObject({ name: 'Google Chrome', family: 'chrome' });
    expect(findBrowser(undefined, only('/usr/bin/firefox-esr'), 'linux', {})).toMatchObject({ name: 'Firefox', family: 'firefox', executable: '/usr/bin/firefox-esr' });
    expect(findBrowser(undefined, only('/usr/bin/chromium', '/usr/bin/firefox-esr'), 'linux', {})?.name).toBe('Chromium');
  });

  it('keeps to the family asked for with --browser', () => {
    expect(findBrowser('firefox', only('/usr/bin/chromium', '/usr/bin/firefox'), 'linux', {})?.executable).toBe('/usr/bin/firefox');
    expect(findBrowser('chrome', only('/usr/bin/firefox'), 'linux', {})).toBeNull();
  });

  it('looks in the usual places on macOS and Windows', () => {
    expect(findBrowser(undefined, only('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'), 'darwin', {})?.name).toBe('Google Chrome');
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findBrowser(undefined, only(edge), 'win32', { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' })?.name).toBe('Microsoft Edge');
  });

  it('takes CHROMIUM_PATH and FIREFOX_PATH first', () => {
    expect(candidates('linux', { FIREFOX_PATH: '/opt/ff/firefox' })[0]).toEqual(['the browser at FIREFOX_PATH', 'firefox', '/opt/ff/firefox']);
    expect(findBrowser(undefined, only('/opt/c/chrome', '/usr/bin/chromium'), 'linux', { CHROMIUM_PATH: '/opt/c/chrome' })?.executable).toBe('/opt/c/chrome');
  });

  it('says how to get one when none is found', () => {
    expect(findBrowser(undefined, () => false, 'linux', {})).toBeNull();
    expect(installAdvice('firefox', 'linux')).toContain('sudo apt-get install firefox-esr');
    expect(installAdvice(undefined, 'darwin')).toContain('CHROMIUM_PATH');
  });
});
