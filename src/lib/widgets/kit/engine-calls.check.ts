// Read by the type checker only (npm run check), never run or bundled: the engine's calls are checked against
// the services' own types. Every case marked as an expected error below must fail to compile (the check fails
// if one ever compiles), and the rest must compile.
import type { EngineHandle } from '../../engine/client';
import type { Services } from '../services';

export function calls(engine: EngineHandle<Services>) {
	const reader = { layer: 'mixed3b', cell: { row: 3, column: 3 }, units: [1, 2] };
	const image = new Float32Array(64 * 64 * 3);

	const read: Promise<number[][]> = engine.call('trained', 'read', reader, [image], null);
	// @ts-expect-error a misspelt method
	engine.call('trained', 'raed', reader, [image], null);
	// @ts-expect-error a service that does not exist
	engine.call('trianed', 'read', reader, [image], null);
	// @ts-expect-error a wrong argument: the units of a reader are numbers
	engine.call('trained', 'read', { ...reader, units: ['1'] }, [image], null);
	// @ts-expect-error a result taken for something it is not
	const wrong: Promise<string> = engine.call('trained', 'read', reader, [image], null);
	// @ts-expect-error a job called as a plain call (it needs its control)
	engine.call('trained', 'sweep', reader, { kind: 'curve' }, [0], null, 4);

	const sweep = engine.job('handset', 'sweep', [12, true, 18], (done: number) => done);
	const table: Promise<number[][] | null> = sweep.result;
	// @ts-expect-error a job's arguments, checked too
	engine.job('handset', 'sweep', [12, 'on', 18]);
	// @ts-expect-error its progress is a count of angles, not a picture
	engine.job('handset', 'sweep', [12, true, 18], (p: { images: Float32Array[] }) => p);
	return [read, wrong, table];
}
