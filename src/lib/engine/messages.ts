// What the engine's worker posts besides Comlink's own messages, and how an engine reports progress.

/**
 * How the engine reports progress: the channel a job's progress goes to. In a worker it posts on the same
 * port as the calls' results, so a job's progress always arrives before its result.
 */
export type Emit = (channel: string, value: unknown, transfer: ArrayBuffer[]) => void;

/** Progress messages on a worker's port, beside the calls' own. */
export const PROGRESS_MESSAGE = 'zoom-in:progress';

/**
 * The worker script's query parameter that starts its engine as soon as it runs: JSON of
 * `{ requested, channel, slowdown, open }`, the arguments of the engine's start().
 */
export const START_PARAMETER = 'start';

export interface StartArguments {
	requested: string | null;
	channel: string | null;
	slowdown: number;
	open: { root: string; name: string } | null;
}
