import { defineConfig } from '@playwright/test';
import { launchOptions } from './scripts/launch.js';

/**
 * The host pages' policy: only themselves and the site the figures come from, and workers from their own blobs (what
 * the embed docs ask for); no unsafe-eval, no inline code.
 */
export const HOST_CSP =
	"default-src 'self' http://localhost:4173; script-src 'self' 'wasm-unsafe-eval' http://localhost:4173; " +
	'worker-src blob: http://localhost:4173';

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	timeout: 60_000,
	workers: 1,
	reporter: [['list']],
	use: {
		baseURL: 'http://localhost:4173',
		launchOptions: launchOptions()
	},
	webServer: [
		{
			command: 'node scripts/serve.js --port 4173',
			url: 'http://localhost:4173/',
			reuseExistingServer: !process.env.CI
		},
		{
			command: 'node scripts/serve.js --port 4174 --root build-sub --base /zoom-in',
			url: 'http://localhost:4174/zoom-in/',
			reuseExistingServer: !process.env.CI
		},
		{
			command:
				'node scripts/serve.js --port 4175 --root tests/fixtures/host ' +
				`--header "Content-Security-Policy: ${HOST_CSP}"`,
			url: 'http://localhost:4175/iframe.html',
			reuseExistingServer: !process.env.CI
		}
	]
});
