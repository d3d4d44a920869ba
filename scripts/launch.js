// Chromium for the tests and scripts: $CHROMIUM_PATH, then the system's, then Playwright's own download.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Where a Chromium is, and how it was found; null when there is none. */
export function findChromium() {
	if (process.env.CHROMIUM_PATH)
		return existsSync(process.env.CHROMIUM_PATH) ? { path: process.env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' } : null;
	const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
	if (system) return { path: system, source: 'the system’s' };
	const own = chromium.executablePath();
	return own && existsSync(own) ? { path: own, source: 'Playwright’s own' } : null;
}

export function launchOptions() {
	return {
		executablePath: findChromium()?.path,
		args: [
			'--no-sandbox',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-quic'
		]
	};
}
