// The committed atlas files of a network, read (its atlas, its dataset examples, its colours), and the slice of
// them that live widgets read (see atlas/slice.ts), built at build time.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { modelDir } from '../model/models';
import { checkModelInfo, mixedChannels } from '../model/architecture';
import { centreCell } from '../measure/probe';
import type { AtlasSlice, HeadsSlice, HeadUnitSlice, HighLowSlice } from '../atlas/slice';
import type { Atlas, OrientedUnit, UnitTuning } from '../atlas/schema';
import { checkAtlas } from './check';
import type { ExamplesFile } from './examples';
import { colourMatrix } from '../world/colour';

let colour: number[][] | null = null;
/** The world's colour matrix, computed once per build. */
export const worldColour = () => (colour ??= colourMatrix(200));

/** Strongest inputs shown per curve unit, and sources shown per pathway of the dog-head circuit. */
const INPUTS_PER_UNIT = 8;
const SOURCES_PER_PATHWAY = 4;

/** The high-low units the widget shows: in each 30° of preferred angle, the one with the highest peak. */
const SECTOR = 30;

function highLowSlice(atlas: Atlas, examples: ExamplesFile): HighLowSlice {
	const h = atlas.highLow;
	const e = h.evaluation;
	const strongest = new Map<number, UnitTuning>();
	for (const u of h.units) {
		const sector = Math.floor(u.preferredAngle / SECTOR);
		if ((strongest.get(sector)?.peak ?? -1) < u.peak) strongest.set(sector, u);
	}
	const shown = [...strongest.values()].sort((a, b) => a.preferredAngle - b.preferredAngle || a.unit - b.unit);
	const mapSize = examples.layers[h.layer].mapSize;
	return {
		layer: h.layer,
		angles: h.angles,
		...centreCell(mapSize),
		familySize: h.units.length,
		units: shown.map((u) => {
			const measured = e.units.find((m) => m.unit === u.unit)!;
			return {
				unit: u.unit,
				preferredAngle: u.preferredAngle,
				evaluationTuning: measured.tuning,
				highLow: measured.highLow,
				examples: examples.layers[h.layer].units[u.unit]
			};
		}),
		seeds: e.seeds,
		blurs: e.blurs,
		defaultBlur: e.defaultBlur,
		edgeRatio: e.edgeRatio.median,
		strongEdgeRatio: e.strongEdgeRatio.median,
		swappedRatio: e.swappedRatio.median,
		edgeWins: e.edgeWins,
		blurCurve: e.blurCurve,
		examplesSplit: examples.split
	};
}

const headUnit = (u: OrientedUnit): HeadUnitSlice => ({
	unit: u.unit,
	meanLeft: u.meanLeft,
	meanRight: u.meanRight,
	leftRight: u.leftRight
});

function headsSlice(atlas: Atlas): HeadsSlice {
	const h = atlas.heads;
	const sources = {
		left: h.sources.left.slice(0, SOURCES_PER_PATHWAY),
		right: h.sources.right.slice(0, SOURCES_PER_PATHWAY)
	};
	const shown = new Set([...sources.left, ...sources.right].map((u) => u.unit));
	return {
		pairs: h.pairs,
		sourceLayer: h.sources.left[0]?.layer ?? h.sources.right[0].layer,
		circuitLayer: h.left.layer,
		unionLayer: h.union.layer,
		left: headUnit(h.left),
		right: headUnit(h.right),
		union: headUnit(h.union),
		sources: { left: sources.left.map(headUnit), right: sources.right.map(headUnit) },
		edges: h.edges.filter((e) => shown.has(e.source.unit)).map((e) => [e.source.unit, e.target.unit, e.strength]),
		inhibitory: h.inhibitoryEdges.map((e) => [e.source.unit, e.target.unit]),
		unionEdges: h.unionEdges.map((e) => [e.source.unit, e.strength]),
		dogWeight: h.dogWeight,
		dogClass: atlas.classes.indexOf('dog'),
		afterCut: { left: headUnit(h.afterCut.left), right: headUnit(h.afterCut.right), union: headUnit(h.afterCut.union) },
		dog: { left: h.dog.left, right: h.dog.right, chimera: h.dog.chimera },
		afterCutDog: { left: h.afterCut.dog.left, right: h.afterCut.dog.right, chimera: h.afterCut.dog.chimera }
	};
}

export const readAtlas = (name: string): Atlas =>
	checkAtlas(JSON.parse(readFileSync(`${modelDir(name)}/atlas.json`, 'utf8')));
export const readExamples = (name: string): ExamplesFile =>
	JSON.parse(readFileSync(`${modelDir(name)}/examples.json`, 'utf8'));

export function buildSlice(name: string): AtlasSlice {
	const atlas = readAtlas(name);
	const examples = readExamples(name);
	const dir = modelDir(name);
	const info = checkModelInfo(JSON.parse(readFileSync(`${dir}/model.json`, 'utf8')));
	const modelFiles = readdirSync(dir).filter(
		(f) => ['model.json', 'weights_manifest.json'].includes(f) || f.endsWith('.bin')
	);
	const c = atlas.curves;
	const mapSize = examples.layers[c.layer].mapSize;
	const { cell, shift } = centreCell(mapSize);
	const early = new Map(atlas.earlyCurves.units.map((u) => [u.unit, u.preferredAngle]));
	// layer sizes: a map halves at each pooling or stride-2 step
	let size = info.architecture.input.size;
	const layers = info.architecture.layers.flatMap((l) => {
		if (l.type === 'maxpool') size = Math.floor(size / l.stride);
		if (l.type === 'conv') size = Math.floor(size / l.stride);
		if (l.type === 'maxpool') return [];
		const units = l.type === 'conv' ? l.out : l.type === 'mixed' ? mixedChannels(l) : l.out;
		return [{ name: l.name, type: l.type, units, mapSize: l.type === 'dense' ? 1 : size }];
	});
	return {
		model: name,
		colour: worldColour(),
		bestExample: Object.fromEntries(
			Object.entries(examples.layers).map(([layer, { units }]) => [
				layer,
				units.map((list) => list[0]?.activation ?? 0)
			])
		),
		modelBytes: modelFiles.reduce((n, f) => n + statSync(`${dir}/${f}`).size, 0),
		classes: atlas.classes,
		heldoutAccuracy: atlas.heldoutAccuracy,
		heldoutStyleAccuracy: atlas.heldoutStyleAccuracy,
		parameters: info.training.parameters,
		layers,
		curves: {
			layer: c.layer,
			radius: atlas.stimuli.curveRadius,
			angles: c.angles,
			cell,
			shift,
			selection: atlas.stimuli.selection,
			largestGap: c.largestGap,
			units: c.units.map((u) => ({
				unit: u.unit,
				preferredAngle: u.preferredAngle,
				selectivity: u.selectivity,
				tuning: u.tuning,
				direct: atlas.curveCircuit.edges.find((e) => e.target.unit === u.unit)?.direct ?? true,
				inputs: atlas.curveCircuit.edges
					.filter((e) => e.target.unit === u.unit)
					.sort((a, b) => Math.abs(b.strength) - Math.abs(a.strength) || a.source.unit - b.source.unit)
					.slice(0, INPUTS_PER_UNIT)
					.map((e) => ({ unit: e.source.unit, preferredAngle: early.get(e.source.unit)!, strength: e.strength })),
				examples: examples.layers[c.layer].units[u.unit]
			})),
			early: {
				layer: atlas.earlyCurves.layer,
				units: atlas.earlyCurves.units.map((u) => ({ unit: u.unit, preferredAngle: u.preferredAngle }))
			},
			edits: atlas.echoes.map((e) => {
				const circuit = atlas.curveCircuit.edges.filter(
					(edge) => e.name === 'all-negative' || edge.relation === 'opposite'
				);
				return {
					name: e.name,
					pairs: circuit.map((edge): [number, number] => [edge.source.unit, edge.target.unit]),
					exact: e.exact,
					tuningAfter: e.tuningAfter,
					rise180: e.rise180,
					rise90: e.rise90,
					margin: e.margin
				};
			}),
			examplesSplit: examples.split,
			examplesMapSize: mapSize
		},
		heads: headsSlice(atlas),
		highLow: highLowSlice(atlas, examples)
	};
}
