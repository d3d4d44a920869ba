// Before `npm test`: finds what the tests need beyond npm's packages, installs it where it can, and says
// plainly what it did. The browser tests need a Chromium; the training smoke test needs PyTorch.
//   1. a Chromium: $CHROMIUM_PATH, the system's, or Playwright's own; else Debian's package when this is
//      root on Debian, else Playwright's download; else a clear message, and the tests stop here.
//   2. PyTorch for /usr/bin/python3: present, or Debian's python3-torch when root on Debian; else the
//      smoke test is skipped and says why.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './launch.js';

const say = (line) => console.log(`[test tools] ${line}`);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version');
let aptUpdated = false;

function aptInstall(packages) {
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	if (!aptUpdated) {
		say('apt-get update');
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		aptUpdated = true;
	}
	say(`apt-get install -y ${packages.join(' ')}`);
	execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
}

function ensureChromium() {
	const found = findChromium();
	if (found) return say(`browser: ${found.path} (${found.source})`);
	if (isRoot && hasApt) {
		say('no Chromium found: installing Debian’s chromium package');
		try {
			aptInstall(['chromium']);
		} catch (e) {
			say(`apt-get could not install chromium (${e.message.split('\n')[0]})`);
		}
		const now = findChromium();
		if (now) return say(`browser: ${now.path} (${now.source})`);
	}
	say('no Chromium found: asking Playwright to download its own (npx playwright install chromium)');
	const result = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
	const now = findChromium();
	if (result.status === 0 && now) return say(`browser: ${now.path} (${now.source})`);
	console.error(`
[test tools] The browser tests need Chromium, and none could be found or installed.
  Install one and run npm test again, in any of these ways:
    - Debian or Ubuntu:   sudo apt-get install chromium
    - with internet:      npx playwright install chromium
    - a Chromium you have: CHROMIUM_PATH=/path/to/chromium npm test`);
	process.exit(1);
}

const hasTorch = () =>
	existsSync('/usr/bin/python3') &&
	spawnSync('/usr/bin/python3', ['-c', 'import torch'], { stdio: 'ignore' }).status === 0;

function ensureTorch() {
	if (hasTorch()) return say('PyTorch: /usr/bin/python3 has torch');
	if (isRoot && hasApt) {
		say('PyTorch missing: installing Debian’s python3-torch (for the training smoke test)');
		try {
			aptInstall(['python3-torch']);
		} catch (e) {
			say(`apt-get could not install python3-torch (${e.message.split('\n')[0]})`);
		}
		if (hasTorch()) return say('PyTorch: /usr/bin/python3 has torch');
	}
	say(
		'PyTorch is not available to /usr/bin/python3: ' +
			'the training smoke test will be skipped (install python3-torch to run it)'
	);
}

ensureChromium();
ensureTorch();
