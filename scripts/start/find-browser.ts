/**
 * Which browser `npm start` opens the demo in: the first installed one of Chromium, Microsoft Edge,
 * Brave, Google Chrome and Firefox, looked for in their usual places on Linux, macOS and Windows.
 * `--browser=chrome` keeps to the Chromium family, `--browser=firefox` to Firefox; CHROMIUM_PATH or
 * FIREFOX_PATH name a binary directly.
 */
import fs from 'node:fs';
import path from 'node:path';

export type BrowserFamily = 'chrome' | 'firefox';

export interface FoundBrowser {
  family: BrowserFamily;
  name: string;
  executable: string;
}

type Candidate = [name: string, family: BrowserFamily, executable: string];

function windowsCandidates(env: NodeJS.ProcessEnv): Candidate[] {
  const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
  const under = (name: string, family: BrowserFamily, rel: string): Candidate[] => roots.map((root) => [name, family, path.win32.join(root, rel)]);
  return [
    ...under('Chromium', 'chrome', 'Chromium\\Application\\chrome.exe'),
    ...under('Microsoft Edge', 'chrome', 'Microsoft\\Edge\\Application\\msedge.exe'),
    ...under('Brave', 'chrome', 'BraveSoftware\\Brave-Browser\\Application\\brave.exe'),
    ...under('Google Chrome', 'chrome', 'Google\\Chrome\\Application\\chrome.exe'),
    ...under('Firefox', 'firefox', 'Mozilla Firefox\\firefox.exe'),
  ];
}

const MAC: Candidate[] = [
  ['Chromium', 'chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  ['Microsoft Edge', 'chrome', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
  ['Brave', 'chrome', '/Applications/Brave Browser.app/Contents/MacOS/Brave Browser'],
  ['Google Chrome', 'chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
  ['Firefox', 'firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
];

const LINUX: Candidate[] = [
  ['Chromium', 'chrome', '/usr/bin/chromium'],
  ['Chromium', 'chrome', '/usr/bin/chromium-browser'],
  ['Chromium', 'chrome', '/snap/bin/chromium'],
  ['Microsoft Edge', 'chrome', '/usr/bin/microsoft-edge'],
  ['Brave', 'chrome', '/usr/bin/brave-browser'],
  ['Google Chrome', 'chrome', '/usr/bin/google-chrome'],
  ['Google Chrome', 'chrome', '/opt/google/chrome/chrome'],
  ['Firefox', 'firefox', '/usr/bin/firefox-esr'],
  ['Firefox', 'firefox', '/usr/bin/firefox'],
  ['Firefox', 'firefox', '/snap/bin/firefox'],
];

/** Every place looked in, in order of preference, for this platform (what the README lists). */
export function candidates(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): Candidate[] {
  const named: Candidate[] = [];
  if (env.CHROMIUM_PATH) named.push(['the browser at CHROMIUM_PATH', 'chrome', env.CHROMIUM_PATH]);
  if (env.FIREFOX_PATH) named.push(['the browser at FIREFOX_PATH', 'firefox', env.FIREFOX_PATH]);
  const usual = platform === 'win32' ? windowsCandidates(env) : platform === 'darwin' ? MAC : LINUX;
  return [...named, ...usual];
}

/** The first installed browser of the wanted family (any when not given), or null. */
export function findBrowser(family?: BrowserFamily, exists: (file: string) => boolean = fs.existsSync, platform?: NodeJS.Platform, env?: NodeJS.ProcessEnv): FoundBrowser | null {
  for (const [name, fam, executable] of candidates(platform, env)) {
    if (family && fam !== family) continue;
    if (exists(executable)) return { family: fam, name, executable };
  }
  return null;
}

/** The advice when nothing was found: how to get a browser on this platform. */
export function installAdvice(family?: BrowserFamily, platform: NodeJS.Platform = process.platform): string {
  const which = family === 'firefox' ? 'Firefox' : family === 'chrome' ? 'Chromium, Edge, Brave or Google Chrome' : 'Chromium, Edge, Brave, Google Chrome or Firefox';
  const how = platform === 'linux' ? `\n  sudo apt-get install ${family === 'firefox' ? 'firefox-esr' : 'chromium'}` : '';
  return `No ${which} was found in the usual places. Install one${how}\nor set CHROMIUM_PATH (Chromium family) or FIREFOX_PATH to the browser's binary.`;
}
