// The page's module worker: the engine, with every service, answering the page through Comlink; progress
// goes out on the same port as the answers, so it always comes before them. The page's start() arguments come
// in the script's own address, so tfjs starts loading while the page is still busy hydrating.
import { expose } from 'comlink';
import { createEngine } from '../engine/core';
import { PROGRESS_MESSAGE, START_PARAMETER, type StartArguments } from '../engine/messages';
import { SERVICES } from './services';

const engine = createEngine(SERVICES, (channel, value, transfer) =>
	postMessage({ type: PROGRESS_MESSAGE, channel, value }, { transfer })
);
const asked = new URL(import.meta.url).searchParams.get(START_PARAMETER);
if (asked) {
	const { requested, channel, slowdown, open } = JSON.parse(asked) as StartArguments;
	// its outcome is heard when the page calls start() in turn
	engine.start(requested, channel, slowdown, open).catch(() => {});
}
expose(engine);
