// Finds a Chromium to test with: $CHROMIUM_PATH, then the system's, then Playwright's own download.
import type { LaunchOptions } from '@playwright/test';
import { launchOptions as scriptLaunchOptions } from '../scripts/launch.js';

export const launchOptions = (): LaunchOptions => scriptLaunchOptions();
