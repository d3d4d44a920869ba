// The oriented dog-head circuit: units that prefer heads facing one way, the inhibition between the two
// pathways, what cutting it does, and a union a block later that answers both ways.
import type { Model } from '../model/types';
import { compileEdits } from '../model/edits';
import type { CompiledEdits, EdgeEdit } from '../model/types';
import { argmax, mean, ratioSummary } from '../measure/measures';
import type { Probe } from '../measure/probe';
import { analysisSeed, headSet, type HeadSet } from '../measure/head-stimuli';
import { HELDOUT_STYLE } from '../world/heads';
import { CLASSES } from '../world/classes';
import { unitName } from '../unit';
import type { DogLogits, HeadsAtlas, OrientedUnit } from '../atlas/schema';
import { CRITERIA, edges, layerBefore, pairsOf, type Tf } from './common';

export const HEAD_PAIRS = 150;
const LAYERS = ['mixed3b', 'mixed4a', 'mixed4b', 'mixed4c'];
/** Heads are read over the central square of the map: the same cells for a head and its mirror image. */
const READOUT = 'central';
/** A source of the circuit prefers one side by at least this much (median of per-head ratios). */
const SOURCE_RATIO = 1.5;

type Reads = Record<'left' | 'right' | 'chimera', Record<string, number[][]>>;

/** The heads of the analysis: from seeds the training never drew, drawn in `style`. */
export const analysisHeads = (style = undefined as Parameters<typeof headSet>[1]): HeadSet[] =>
	Array.from({ length: HEAD_PAIRS }, (_, i) => headSet(analysisSeed(i), style));

function readAll(p: Probe, heads: HeadSet[], layers: string[], edits: CompiledEdits | null = null): Reads {
	const read = (images: Float32Array[]) => p.readLayers(images, [...layers, 'logits'], READOUT, edits);
	return {
		left: read(heads.map((h) => h.left)),
		right: read(heads.map((h) => h.right)),
		chimera: read(heads.map((h) => h.chimera))
	};
}

function oriented(reads: Reads, layer: string, unit: number): OrientedUnit {
	const column = (side: keyof Reads) => reads[side][layer].map((row) => row[unit]);
	const [left, right, chimera] = [column('left'), column('right'), column('chimera')];
	return {
		name: unitName({ layer, unit }),
		layer,
		unit,
		meanLeft: mean(left),
		meanRight: mean(right),
		meanChimera: mean(chimera),
		leftRight: ratioSummary(left, right)
	};
}

function dogLogits(reads: Reads): DogLogits {
	const dog = CLASSES.indexOf('dog');
	const logit = (side: keyof Reads) => mean(reads[side].logits.map((row) => row[dog]));
	const called = [...reads.left.logits, ...reads.right.logits].filter((row) => argmax(row) === dog).length;
	return {
		left: logit('left'),
		right: logit('right'),
		chimera: logit('chimera'),
		calledDog: called / (reads.left.logits.length * 2)
	};
}

/**
 * How strongly a unit prefers left (positive) or right (negative):
 * the log of its median ratio, infinite where the other side is mostly silent.
 */
export function leftPreference(u: OrientedUnit): number {
	const m = u.leftRight.median;
	return m === null ? Infinity : m === 0 ? -Infinity : Math.log(m);
}

export function analyzeHeads(tf: Tf, model: Model, p: Probe): HeadsAtlas {
	const heads = analysisHeads();
	const reads = readAll(p, heads, LAYERS);
	const perLayer = LAYERS.map((layer) => {
		const units = reads.left[layer][0].map((_, u) => oriented(reads, layer, u));
		const layerPeak = Math.max(...units.map((u) => Math.max(u.meanLeft, u.meanRight)));
		const strong = units.filter((u) => Math.max(u.meanLeft, u.meanRight) >= CRITERIA.minimumPeakShare * layerPeak);
		// strongest preference first; equal (infinite) preferences by how strongly the preferred side fires
		const byLeft = [...strong].sort((a, b) => leftPreference(b) - leftPreference(a) || b.meanLeft - a.meanLeft);
		const byRight = [...strong].sort((a, b) => leftPreference(a) - leftPreference(b) || b.meanRight - a.meanRight);
		const threshold = Math.log(CRITERIA.orientedRatio);
		return {
			layer,
			strong,
			leftUnits: strong.filter((u) => leftPreference(u) >= threshold).length,
			rightUnits: strong.filter((u) => leftPreference(u) <= -threshold).length,
			bestLeft: byLeft[0],
			bestRight: byRight[0]
		};
	});
	// the circuit: a block whose input carries both pathways richly (the layer before it has the most
	// oriented units) and that has a block after it, where the union is looked for
	const candidates = perLayer
		.slice(1, -1)
		.map((block, i) => ({ block, fedBy: perLayer[i].leftUnits + perLayer[i].rightUnits }));
	const circuit = candidates.sort((a, b) => b.fedBy - a.fedBy)[0].block;
	const sourceLayer = layerBefore(model, circuit.layer);
	const sourceStats = perLayer.find((l) => l.layer === sourceLayer)!;
	const left = circuit.bestLeft;
	const right = circuit.bestRight;
	const pair = [{ unit: left.unit }, { unit: right.unit }];
	const sided = (keep: (u: OrientedUnit) => boolean) => sourceStats.strong.filter(keep);
	const leftSources = sided((u) => leftPreference(u) >= Math.log(SOURCE_RATIO));
	const rightSources = sided((u) => leftPreference(u) <= -Math.log(SOURCE_RATIO));
	const allEdges = edges(
		tf,
		model,
		circuit.layer,
		sourceLayer,
		[...leftSources, ...rightSources].map((u) => ({ unit: u.unit })),
		pair
	);
	const weight = (u: OrientedUnit) =>
		Math.max(...allEdges.filter((e) => e.source.unit === u.unit).map((e) => Math.abs(e.strength)));
	const strongestFirst = (list: OrientedUnit[]) => [...list].sort((a, b) => weight(b) - weight(a) || a.unit - b.unit);
	const isLeftSource = new Set(leftSources.map((u) => u.unit));
	// inhibition across the pathways: right-facing sources into the left unit, left-facing sources into the right unit
	const inhibitoryEdges = allEdges.filter(
		(e) =>
			e.sign < 0 && (e.target.unit === left.unit ? !isLeftSource.has(e.source.unit) : isLeftSource.has(e.source.unit))
	);

	// the union: a unit after the circuit that answers both facings within 2×, as strongly as any such unit
	const later = perLayer.slice(LAYERS.indexOf(circuit.layer) + 1);
	const unionPool = later.flatMap((l) => l.strong).filter((u) => Math.abs(leftPreference(u)) <= Math.log(2));
	const union = unionPool.sort((a, b) => Math.min(b.meanLeft, b.meanRight) - Math.min(a.meanLeft, a.meanRight))[0];
	const measured = (r: Reads) => ({
		left: oriented(r, left.layer, left.unit),
		right: oriented(r, right.layer, right.unit),
		union: oriented(r, union.layer, union.unit),
		dog: dogLogits(r)
	});
	// what the pair passes on: its edges into the union (when the union reads the circuit's block) and
	// the union's weight in the dog class's logit (when the logits read the union's block)
	const unionEdges =
		layerBefore(model, union.layer) === circuit.layer
			? edges(tf, model, union.layer, circuit.layer, pair, [{ unit: union.unit }])
			: [];
	const lastBlock = model.architecture.layers.filter((l) => l.type === 'mixed').at(-1)!.name;
	const dogWeight =
		union.layer === lastBlock
			? tf.tidy(
					() => tf.slice(model.weights['logits/kernel'], [union.unit, CLASSES.indexOf('dog')], [1, 1]).dataSync()[0]
				)
			: null;

	const cut: EdgeEdit = { target: circuit.layer, mode: 'cut', pairs: pairsOf(inhibitoryEdges) };
	const exact = compileEdits(tf, model, [cut]);
	const linear = compileEdits(tf, model, [cut], { linearThroughBottlenecks: true });
	let afterCut: HeadsAtlas['afterCut'];
	let linearCutError: HeadsAtlas['linearCutError'];
	try {
		const cutReads = readAll(p, heads, [circuit.layer, union.layer], exact);
		afterCut = measured(cutReads);
		const images = [...heads.map((h) => h.left), ...heads.map((h) => h.right)];
		const [a, b] = [exact, linear].map((edits) => p.read(images, circuit.layer, READOUT, edits));
		const error = (unit: number) =>
			Math.max(...a.map((row, i) => Math.abs(row[unit] - b[i][unit]))) /
			Math.max(1e-9, mean(a.map((row) => row[unit])));
		linearCutError = { left: error(left.unit), right: error(right.unit) };
	} finally {
		exact.dispose();
		linear.dispose();
	}
	const styled = readAll(p, analysisHeads(HELDOUT_STYLE), [circuit.layer, union.layer]);
	// the first head as the circuit reads it: the picture a widget shows before its network runs
	const dog = CLASSES.indexOf('dog');
	const shownSources = [...leftSources, ...rightSources].map((u) => u.unit);
	const example = (side: keyof Reads) => ({
		sources: Object.fromEntries(shownSources.map((u) => [u, reads[side][sourceLayer][0][u]])),
		left: reads[side][circuit.layer][0][left.unit],
		right: reads[side][circuit.layer][0][right.unit],
		union: reads[side][union.layer][0][union.unit],
		dog: reads[side].logits[0][dog]
	});
	return {
		pairs: HEAD_PAIRS,
		layers: perLayer.map(({ layer, leftUnits, rightUnits }) => ({ layer, leftUnits, rightUnits })),
		...measured(reads),
		sources: { left: strongestFirst(leftSources), right: strongestFirst(rightSources) },
		edges: allEdges,
		inhibitoryEdges,
		unionEdges,
		dogWeight,
		afterCut,
		linearCutError,
		heldoutStyle: measured(styled),
		example: { left: example('left'), right: example('right'), chimera: example('chimera') }
	};
}
