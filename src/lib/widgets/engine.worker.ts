// The page's module worker: the engine, with every service, answering the page through Comlink; progress
// goes out on the same port as the answers, so it always comes before them.
import { expose } from 'comlink';
import { createEngine } from '../engine/core';
import { PROGRESS_MESSAGE } from '../engine/messages';
import { SERVICES } from './services';

expose(
	createEngine(SERVICES, (channel, value, transfer) =>
		postMessage({ type: PROGRESS_MESSAGE, channel, value }, { transfer })
	)
);
