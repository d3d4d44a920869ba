// Finds a Chromium to test with: $CHROMIUM_PATH, then the system's, then Playwright's own download.
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string | undefined {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	return SYSTEM_CHROMIUMS.find((path) => existsSync(path));
}

export function launchOptions(): LaunchOptions {
	return {
		executablePath: chromiumPath(),
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
