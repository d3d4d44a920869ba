// The dog-circuit widget's pure parts: which edges are cut, what the network is shown, and what it says.
import type { HeadsSlice } from '../../atlas/slice';
import { analysisSeed, headPair, headSet, type HeadSet } from '../../measure/head-stimuli';
import { ratioSummary, type RatioSummary } from '../../measure/measures';
import { formatNumber } from '../../config';
import { unitName } from '../../unit';
import type { DogCircuitState } from './spec';

export const edgeId = (source: number, target: number) => `${source}-${target}`;

/** A cuttable edge as the reader reads it: mixed4a:12 → mixed4b:109. */
export const edgeLabel = (heads: HeadsSlice, source: number, target: number) =>
	`${unitName({ layer: heads.sourceLayer, unit: source })} → ${unitName({ layer: heads.circuitLayer, unit: target })}`;

/** Every edge cut in a state: the inhibition between the pathways when it is off, and those cut by hand. */
export function cutPairs(
	heads: HeadsSlice,
	state: Pick<DogCircuitState, 'inhibition' | 'cut'>
): { source: number; target: number }[] {
	const ids = new Set(state.cut);
	if (!state.inhibition) for (const [s, t] of heads.inhibitory) ids.add(edgeId(s, t));
	return [...ids].sort().map((id) => {
		const [source, target] = id.split('-').map(Number);
		return { source, target };
	});
}

/** Edges cut by hand that the circuit does not have: a link from elsewhere, or a typo. */
export const unknownCuts = (heads: HeadsSlice, cut: string[]) =>
	cut.filter((id) => !heads.edges.some(([s, t]) => edgeId(s, t) === id));

const pairs = new Map<number, Omit<HeadSet, 'chimera'>>();
const chimeras = new Map<number, Float32Array>();

/** The head the network is shown: a held-out head, facing either way, or its chimera (mirrored to face left). */
export function headImage(head: number, facing: 'left' | 'right', chimera: boolean): Float32Array {
	if (!chimera) {
		let pair = pairs.get(head);
		if (!pair) pairs.set(head, (pair = headPair(analysisSeed(head))));
		return pair[facing];
	}
	let both = chimeras.get(head);
	if (!both) chimeras.set(head, (both = headSet(analysisSeed(head)).chimera));
	const set = { chimera: both };
	if (facing === 'right') return set.chimera;
	const mirrored = new Float32Array(set.chimera.length);
	for (let y = 0; y < 64; y++)
		for (let x = 0; x < 64; x++)
			for (let c = 0; c < 3; c++) mirrored[(y * 64 + x) * 3 + c] = set.chimera[(y * 64 + 63 - x) * 3 + c];
	return mirrored;
}

/** What the network reads off one head: the circuit's units over the centre of their maps, and the dog logit. */
export interface CircuitReading {
	/** by source unit */
	sources: Record<number, number>;
	left: number;
	right: number;
	union: number;
	dog: number;
}

/** Each head unit's preference over many heads: the median of per-head ratios left ÷ right. */
export function preferences(
	leftFacing: CircuitReading[],
	rightFacing: CircuitReading[]
): { left: RatioSummary; right: RatioSummary; union: RatioSummary } {
	const of = (key: 'left' | 'right' | 'union') =>
		ratioSummary(
			leftFacing.map((r) => r[key]),
			rightFacing.map((r) => r[key])
		);
	return { left: of('left'), right: of('right'), union: of('union') };
}

/** How the head is shown, in words. */
export const headWords = (state: Pick<DogCircuitState, 'facing' | 'chimera'>) =>
	state.chimera ? `a chimera (a snout at each end), turned ${state.facing}` : `a head facing ${state.facing}`;

/** The one-line description a screen reader hears after each change: what moved, from what to what. */
export function liveSentence(
	names: { left: string; right: string },
	before: CircuitReading | null,
	after: CircuitReading,
	change: string
): string {
	const unit = (label: string, name: string, key: 'left' | 'right') => {
		const now = formatNumber(after[key]);
		if (!before) return `${label} ${name}: ${now}`;
		const was = formatNumber(before[key]);
		return `${label} ${name}: ${was === now ? `unchanged at ${now}` : `${was} → ${now}`}`;
	};
	const left = unit('Left-facing head unit', names.left, 'left');
	const right = unit('right-facing head unit', names.right, 'right');
	return `${left}; ${right}; dog logit ${formatNumber(after.dog, 1)}${change ? ` after ${change}` : ''}.`;
}

/** A head unit's preference over the held-out heads, intact (as the atlas measured it) and with the current cuts. */
export interface PreferenceRow {
	name: string;
	role: string;
	intact: RatioSummary;
	edited: RatioSummary | null;
}
