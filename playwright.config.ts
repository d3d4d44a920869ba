import { defineConfig } from '@playwright/test';
import { launchOptions } from './tests/browser';

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
	webServer: {
		command: 'node scripts/serve.js 4173',
		url: 'http://localhost:4173/',
		reuseExistingServer: !process.env.CI
	}
});
