// Measures the trained network's features and circuits and assembles the atlas.
import type * as TF from '@tensorflow/tfjs-core';
import { expandedKernel, forward, type EdgeEdit, type Model } from '../model/inception';
import type { MixedSpec } from '../model/architecture';
import { angleDifference, angleSweep } from '../world/geometry';
import { CLASSES, datasetScene, IMAGE_SIZE } from '../world/scenes';
import { CLASS_KINDS } from '../world/classes';
import type { Atlas, CircuitEdge, Family, OrientedUnit, UnitTuning } from './atlas';
import { argmax, echoRatio, labelEntropy, largestGap, mean, roundDeep, selectivity } from './measures';
import { centreCell, probe, type Probe } from './probe';
import { RATIO_CAP } from './ratios';
import { analysisCurve, analysisSeed, headPair, highLowBoundary } from './stimuli';

type Tf = typeof TF;

export const TUNING_ANGLES = angleSweep(5);
const LINE_ANGLES = angleSweep(10).filter((a) => a < 180);
const HIGH_LOW_SEEDS = [11, 12, 13, 14];
export const HEAD_PAIRS = 150;
export const POLYSEMANTIC_IMAGES = 1200;
const TOP_IMAGES = 24;

/** Thresholds that define membership of a family. */
export const CRITERIA = { curveSelectivity: 3, lineRatio: 0.3, earlySelectivity: 2, highLowSelectivity: 3, orientedRatio: 3, minimumPeakShare: 0.1 };

const unitName = (layer: string, unit: number) => `${layer}:${unit}`;

function mapSize(tf: Tf, model: Model, layer: string): number {
	return tf.tidy(() => forward(tf, model, tf.zeros([1, IMAGE_SIZE, IMAGE_SIZE, 3]), { upTo: layer })[layer].shape[1] as number);
}

/** Tuning curves of every unit of `layer` for a stimulus family, read at the centre of the receptive field. */
function tuningTable(p: Probe, layer: string, size: number, render: (angle: number, shift: { x: number; y: number }) => Float32Array[], angles: number[], edits: EdgeEdit[] = []) {
	const { cell, shift } = centreCell(size);
	const rows = angles.map((angle) => {
		const images = render(angle, shift);
		const acts = p.read(images, layer, cell, edits);
		return acts[0].map((_, u) => mean(acts.map((a) => a[u])));
	});
	return rows[0].map((_, u) => rows.map((r) => r[u]));
}

function describe(layer: string, unit: number, curve: number[], angles: number[]): UnitTuning {
	const peak = argmax(curve);
	return { name: unitName(layer, unit), layer, unit, preferredAngle: angles[peak], selectivity: selectivity(curve), peak: curve[peak], echoRatio: echoRatio(curve, angles), tuning: curve };
}

function family(layer: string, kind: Family['kind'], units: UnitTuning[]): Family {
	const sorted = [...units].sort((a, b) => a.preferredAngle - b.preferredAngle);
	return { layer, kind, angles: TUNING_ANGLES, units: sorted, largestGap: largestGap(sorted.map((u) => u.preferredAngle)) };
}

function layerBefore(model: Model, layer: string): string {
	const names = model.architecture.layers.filter((l) => l.type !== 'maxpool' && l.type !== 'dense').map((l) => l.name);
	return names[names.indexOf(layer) - 1];
}

function mixedSpec(model: Model, layer: string): MixedSpec {
	const spec = model.architecture.layers.find((l) => l.name === layer);
	if (spec?.type !== 'mixed') throw new Error(`${layer} is not a mixed block`);
	return spec;
}

/** Expanded-weight edges from `sources` (units of the layer before) into `targets` (units of a mixed block). */
function edges(tf: Tf, model: Model, targetLayer: string, sourceLayer: string, sources: { unit: number; angle?: number }[], targets: { unit: number; angle?: number }[]): CircuitEdge[] {
	const spec = mixedSpec(model, targetLayer);
	return targets.flatMap((t) => {
		const kernel = tf.tidy(() => expandedKernel(tf, spec, model.weights, t.unit).arraySync() as number[][][]);
		return sources.map((s) => {
			const k = kernel.map((row) => row.map((column) => column[s.unit]));
			const strength = k.flat().reduce((a, b) => a + b, 0);
			const diff = s.angle !== undefined && t.angle !== undefined ? Math.abs(angleDifference(t.angle, s.angle)) : null;
			const relation: CircuitEdge['relation'] = diff === null ? 'other' : diff <= 45 ? 'same' : diff >= 135 ? 'opposite' : 'other';
			return { source: unitName(sourceLayer, s.unit), target: unitName(targetLayer, t.unit), kernel: k, strength, sign: strength >= 0 ? 1 : -1, relation } satisfies CircuitEdge;
		});
	});
}

/** Radii the curve stimuli are drawn at; the atlas keeps the family from the radius that shows it best. */
export const CURVE_RADII = [8, 12, 16];

function curveFamily(tf: Tf, model: Model, p: Probe, layer: string, radius: number) {
	const size = mapSize(tf, model, layer);
	const curves = tuningTable(p, layer, size, (angle, shift) => [analysisCurve(angle, radius, shift)], TUNING_ANGLES);
	const lines = tuningTable(p, layer, size, (angle, shift) => [analysisCurve(angle, Infinity, shift)], LINE_ANGLES);
	const layerPeak = Math.max(...curves.flat());
	const units = curves
		.map((curve, u) => ({ ...describe(layer, u, curve, TUNING_ANGLES), lineRatio: Math.max(...lines[u]) / Math.max(1e-9, Math.max(...curve)) }))
		.filter((u) => u.selectivity >= CRITERIA.curveSelectivity && u.lineRatio <= CRITERIA.lineRatio && u.peak >= CRITERIA.minimumPeakShare * layerPeak);
	return { ...family(layer, 'curve', units), radius, size };
}

/** The paper finds its curve family in mixed3b; the atlas reports ours from the same layer. */
export const CURVE_LAYER = 'mixed3b';

/**
 * The family of CURVE_LAYER at the stimulus radius that tiles the circle best (among radii giving 8 units
 * or more); every layer × radius is measured and listed, so the choice can be checked.
 */
function analyzeCurves(tf: Tf, model: Model, p: Probe) {
	const tried = ['mixed3a', 'mixed3b', 'mixed4a'].flatMap((layer) => CURVE_RADII.map((radius) => curveFamily(tf, model, p, layer, radius)));
	const own = tried.filter((f) => f.layer === CURVE_LAYER);
	const full = own.filter((f) => f.units.length >= 8);
	const best = full.length
		? full.sort((a, b) => a.largestGap - b.largestGap || b.units.length - a.units.length)[0]
		: own.sort((a, b) => b.units.length - a.units.length || a.largestGap - b.largestGap)[0];
	const candidates = tried.map((f) => ({ layer: f.layer, radius: f.radius, units: f.units.length, largestGap: f.largestGap }));
	return { ...best, candidates };
}

function analyzeEarlyCurves(tf: Tf, model: Model, p: Probe, layer: string, radius: number) {
	const size = mapSize(tf, model, layer);
	const curves = tuningTable(p, layer, size, (angle, shift) => [analysisCurve(angle, radius, shift)], TUNING_ANGLES);
	const layerPeak = Math.max(...curves.flat());
	const units = curves.map((curve, u) => describe(layer, u, curve, TUNING_ANGLES)).filter((u) => u.selectivity >= CRITERIA.earlySelectivity && u.peak >= CRITERIA.minimumPeakShare * layerPeak);
	return family(layer, 'early-curve', units);
}

function analyzeHighLow(tf: Tf, model: Model, p: Probe) {
	const candidatesByLayer: Record<string, number> = {};
	let best: Family | null = null;
	for (const layer of ['conv2d2', 'mixed3a', 'mixed3b']) {
		const size = mapSize(tf, model, layer);
		const table = tuningTable(p, layer, size, (angle, shift) => HIGH_LOW_SEEDS.map((seed) => highLowBoundary(angle, seed, shift)), TUNING_ANGLES);
		const layerPeak = Math.max(...table.flat());
		const units = table.map((curve, u) => describe(layer, u, curve, TUNING_ANGLES)).filter((u) => u.selectivity >= CRITERIA.highLowSelectivity && u.peak >= CRITERIA.minimumPeakShare * layerPeak);
		candidatesByLayer[layer] = units.length;
		if (!best || units.length > best.units.length) best = family(layer, 'high-low', units);
	}
	return { ...best!, candidatesByLayer };
}


function oriented(layer: string, unit: number, left: number[][], right: number[][]): OrientedUnit {
	const meanLeft = mean(left.map((a) => a[unit]));
	const meanRight = mean(right.map((a) => a[unit]));
	const floor = Math.max(meanLeft, meanRight, 1e-9) / RATIO_CAP;
	return { name: unitName(layer, unit), layer, unit, meanLeft, meanRight, leftRightRatio: Math.max(meanLeft, floor) / Math.max(meanRight, floor) };
}

/** Heads are read over the central square of the map: the same cells for a head and its mirror image. */
const HEAD_READOUT = 'central';

function analyzeHeads(tf: Tf, model: Model, p: Probe) {
	const pairs = Array.from({ length: HEAD_PAIRS }, (_, i) => headPair(analysisSeed(i)));
	const lefts = pairs.map((h) => h.left);
	const rights = pairs.map((h) => h.right);
	const layers = ['mixed3b', 'mixed4a', 'mixed4b', 'mixed4c'];
	const read = (layer: string, edits: EdgeEdit[] = []) => ({ left: p.read(lefts, layer, HEAD_READOUT, edits), right: p.read(rights, layer, HEAD_READOUT, edits) });
	const all = { left: p.readLayers(lefts, layers, HEAD_READOUT), right: p.readLayers(rights, layers, HEAD_READOUT) };

	const perLayer = layers.map((layer) => {
		const [left, right] = [all.left[layer], all.right[layer]];
		const units = left[0].map((_, u) => oriented(layer, u, left, right));
		const layerPeak = Math.max(...units.map((u) => Math.max(u.meanLeft, u.meanRight)));
		const strong = units.filter((u) => Math.max(u.meanLeft, u.meanRight) >= CRITERIA.minimumPeakShare * layerPeak);
		const byRatio = [...strong].sort((a, b) => b.leftRightRatio - a.leftRightRatio);
		return {
			layer,
			units: strong,
			leftUnits: strong.filter((u) => u.leftRightRatio >= CRITERIA.orientedRatio).length,
			rightUnits: strong.filter((u) => u.leftRightRatio <= 1 / CRITERIA.orientedRatio).length,
			bestLeft: byRatio[0],
			bestRight: byRatio[byRatio.length - 1]
		};
	});
	// the circuit: a block whose input carries both pathways richly (the layer before it has the most
	// oriented units) and that has a block after it, where the union is looked for
	const candidates = perLayer.slice(1, -1).map((block, i) => ({ block, fedBy: perLayer[i].leftUnits + perLayer[i].rightUnits }));
	const circuitLayer = candidates.sort((a, b) => b.fedBy - a.fedBy)[0].block;
	const sourceLayer = layerBefore(model, circuitLayer.layer);
	const sourceStats = perLayer.find((l) => l.layer === sourceLayer)!;
	const sourceLeft = sourceStats.units.filter((u) => u.leftRightRatio >= 1.5).map((u) => ({ unit: u.unit }));
	const sourceRight = sourceStats.units.filter((u) => u.leftRightRatio <= 1 / 1.5).map((u) => ({ unit: u.unit }));
	const left = circuitLayer.bestLeft;
	const right = circuitLayer.bestRight;
	// inhibition across the pathways: right-facing sources into the left unit, left-facing sources into the right unit
	const inhibitoryEdges = [
		...edges(tf, model, circuitLayer.layer, sourceLayer, sourceRight, [{ unit: left.unit }]),
		...edges(tf, model, circuitLayer.layer, sourceLayer, sourceLeft, [{ unit: right.unit }])
	].filter((e) => e.sign < 0);
	const cut: EdgeEdit = {
		target: circuitLayer.layer,
		mode: 'cut',
		pairs: inhibitoryEdges.map((e) => ({ source: Number(e.source.split(':')[1]), target: Number(e.target.split(':')[1]) }))
	};
	const after = read(circuitLayer.layer, [cut]);
	// the union: a unit after the circuit that answers both facings within 2×, as strongly as any such unit
	const unionPool = perLayer.slice(layers.indexOf(circuitLayer.layer) + 1).flatMap((l) => l.units).filter((u) => u.leftRightRatio <= 2 && u.leftRightRatio >= 0.5);
	const union = unionPool.sort((a, b) => Math.min(b.meanLeft, b.meanRight) - Math.min(a.meanLeft, a.meanRight))[0];
	const dog = CLASSES.indexOf('dog');
	const probs = { left: p.probabilities(lefts).map((r) => r[dog]), right: p.probabilities(rights).map((r) => r[dog]) };
	return {
		layers: perLayer.map(({ layer, leftUnits, rightUnits, bestLeft, bestRight }) => ({ layer, leftUnits, rightUnits, bestLeft, bestRight })),
		left,
		right,
		union: { ...union, dogLogitLeftRight: mean(probs.left) / Math.max(1e-9, mean(probs.right)) },
		inhibitoryEdges,
		afterCut: { left: oriented(circuitLayer.layer, left.unit, after.left, after.right), right: oriented(circuitLayer.layer, right.unit, after.left, after.right) }
	};
}

/** Blocks searched for the most polysemantic unit: the last two, whose units answer whole objects. */
const POLYSEMANTIC_LAYERS = ['mixed4b', 'mixed4c'];

function analyzePolysemantic(tf: Tf, model: Model, p: Probe) {
	const scenes = Array.from({ length: POLYSEMANTIC_IMAGES }, (_, i) => datasetScene(3, i));
	const byLayer = p.readLayers(scenes.map((s) => s.image), POLYSEMANTIC_LAYERS, 'max');
	const candidates = POLYSEMANTIC_LAYERS.flatMap((layer) => {
		const acts = byLayer[layer];
		const units = acts[0].map((_, u) => {
			const order = acts.map((a, i) => ({ i, v: a[u] })).sort((a, b) => b.v - a.v).slice(0, TOP_IMAGES);
			const labels = order.map((o) => scenes[o.i].className);
			return { layer, unit: u, top: order[0].v, labels, entropy: labelEntropy(labels.map((l) => CLASS_KINDS[l])) };
		});
		// units that answer anything strongly, as strongly as a quarter of their layer's strongest
		const layerPeak = Math.max(...units.map((u) => u.top));
		return units.filter((u) => u.top >= 0.25 * layerPeak);
	});
	const best = candidates.sort((a, b) => b.entropy - a.entropy || POLYSEMANTIC_LAYERS.indexOf(a.layer) - POLYSEMANTIC_LAYERS.indexOf(b.layer) || a.unit - b.unit)[0];
	const counts = new Map<string, number>();
	for (const l of best.labels) counts.set(l, (counts.get(l) ?? 0) + 1);
	return {
		name: unitName(best.layer, best.unit),
		layer: best.layer,
		unit: best.unit,
		classes: [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
		kindEntropyBits: best.entropy
	};
}

export function analyze(tf: Tf, model: Model & { info: { training: { heldoutAccuracy: number } } }, name: string, log: (line: string) => void = () => {}): Atlas {
	const p = probe(tf, model);
	log('curves');
	const { size: curveMap, radius: curveRadius, ...curves } = analyzeCurves(tf, model, p);
	const earlyLayer = layerBefore(model, curves.layer);
	log(`early curves in ${earlyLayer}`);
	const earlyCurves = analyzeEarlyCurves(tf, model, p, earlyLayer, curveRadius);
	const circuitEdges = edges(
		tf,
		model,
		curves.layer,
		earlyLayer,
		earlyCurves.units.map((u) => ({ unit: u.unit, angle: u.preferredAngle })),
		curves.units.map((u) => ({ unit: u.unit, angle: u.preferredAngle }))
	);
	const same = circuitEdges.filter((e) => e.relation === 'same');
	const opposite = circuitEdges.filter((e) => e.relation === 'opposite');
	log('echoes');
	const dropNegative: EdgeEdit = {
		target: curves.layer,
		mode: 'drop-negative',
		pairs: circuitEdges.map((e) => ({ source: Number(e.source.split(':')[1]), target: Number(e.target.split(':')[1]) }))
	};
	const edited = tuningTable(p, curves.layer, curveMap, (angle, shift) => [analysisCurve(angle, curveRadius, shift)], TUNING_ANGLES, [dropNegative]);
	const echoAfter = mean(curves.units.map((u) => echoRatio(edited[u.unit], TUNING_ANGLES)));
	const echoBefore = mean(curves.units.map((u) => u.echoRatio));
	log('high-low frequency');
	const highLow = analyzeHighLow(tf, model, p);
	log('heads');
	const heads = analyzeHeads(tf, model, p);
	log('polysemantic');
	const polysemantic = analyzePolysemantic(tf, model, p);
	return roundDeep({
		model: name,
		version: 1,
		classes: model.classes,
		heldoutAccuracy: model.info.training.heldoutAccuracy,
		stimuli: { curveRadius, headPairs: HEAD_PAIRS, polysemanticImages: POLYSEMANTIC_IMAGES },
		curves,
		earlyCurves,
		curveCircuit: {
			edges: circuitEdges,
			sameOrientation: { pairs: same.length, excitatory: same.filter((e) => e.sign > 0).length },
			oppositeOrientation: { pairs: opposite.length, inhibitory: opposite.filter((e) => e.sign < 0).length },
			expectedSignFraction: (same.filter((e) => e.sign > 0).length + opposite.filter((e) => e.sign < 0).length) / Math.max(1, same.length + opposite.length)
		},
		echoes: { before: echoBefore, afterDroppingNegative: echoAfter, rise: echoAfter - echoBefore },
		highLow,
		heads,
		polysemantic
	} satisfies Atlas);
}
