// Network a's recipe at three seeds and untrained networks of its shape, through the same census: what holds
// over trainings, with its spread, beside what chance gives.
import type { CensusRow, CurveCensus } from '../atlas/census';
import { median } from '../measure/measures';
import { pickOverTrainings } from './census';
import { unitName } from '../unit';
import { ARGUMENT_KEYS, type ArgumentKey, type ArgumentsFile, type FamilyArguments } from '../atlas/arguments';
import type { Architecture } from '../model/architecture';
import { INCEPTION_V1_STEM, layerGeometry, nearestInceptionV1, type LayerGeometry } from '../model/inception-v1-layout';
import { HEADLINE_KEYS, type Headlines } from './headlines';

/** The date the family rule (census.ts, FAMILY_RULE) was declared, before the census was measured. */
export const RULE_DECLARED = '2026-12-07';

/** A measure over the trainings: its median, its range, and every value (seed by seed). */
export interface Spread {
	median: number;
	min: number;
	max: number;
	values: number[];
}

export const spread = (values: number[]): Spread => ({
	median: median(values),
	min: Math.min(...values),
	max: Math.max(...values),
	values
});

export interface ReplicaNetwork {
	name: string;
	seed: number;
	trained: boolean;
	heldoutAccuracy: number;
	census: CurveCensus;
	/** the numbers the editor's sentences headline, read from its whole atlas */
	headlines: Headlines;
	/** the seven arguments for its families, counted */
	arguments: ArguedFamily[];
}

/** One family's seven arguments in one network: its units, and how many pass each argument (null: not read). */
export interface ArguedFamily {
	role: FamilyArguments['role'];
	layer: string;
	radius: number;
	units: number;
	passing: Record<ArgumentKey, number | null>;
}

/** A family's arguments counted from what `argue` wrote. */
export const arguedFamilies = (file: ArgumentsFile): ArguedFamily[] =>
	file.families.map((f) => ({
		role: f.role,
		layer: f.layer,
		radius: f.radius,
		units: f.units.length,
		passing: Object.fromEntries(ARGUMENT_KEYS.map((k) => [k, f.unread.includes(k) ? null : f.passing[k]])) as Record<
			ArgumentKey,
			number | null
		>
	}));

/**
 * A family's arguments over the trainings: its size, and per argument the share of its units passing, over the
 * trainings that read it (`trainings`); the untrained networks' largest family at the same place.
 */
export interface ReplicatedArguments {
	role: FamilyArguments['role'];
	layer: string;
	radius: number;
	units: Spread;
	untrainedUnits: number;
	share: Record<ArgumentKey, Spread & { trainings: number }>;
}

/** A headline number over network a's trainings, and over the untrained networks. */
export interface ReplicatedHeadline {
	trained: Spread;
	untrained: Spread;
}

/** One layer × radius over the trainings, beside the untrained networks and network b. */
export interface ReplicatedRow {
	layer: string;
	radius: number;
	mapSize: number;
	stride: number;
	receptiveField: number;
	clean: Spread;
	kept: Spread;
	selectionGap: Spread;
	evaluationGap: Spread;
	/** of the units kept on evaluation, the share keeping their angle on each short arc */
	shortArcs: { value: number; keepShare: Spread }[];
	otherRadii: { value: number; keepShare: Spread }[];
	/** arcs drawn by another renderer, condition by condition (AUDIT_CONDITIONS) */
	otherRenderer: { value: number; keepShare: Spread }[];
	/** the untrained networks' clean and kept units, most over their seeds */
	untrained: { clean: number; kept: number };
	/** network b (the second architecture), where it has the layer */
	b: { clean: number; kept: number; evaluationGap: number } | null;
}

export interface Replication {
	declared: string;
	rule: string;
	/** the family the rule picks over network a's trainings, and how many of them pick it */
	pick: { layer: string; radius: number; agreeing: number; of: number };
	networks: ReplicaNetwork[];
	b: { name: string; census: CurveCensus };
	rows: ReplicatedRow[];
	headlines: Record<keyof Headlines, ReplicatedHeadline>;
	arguments: ReplicatedArguments[];
}

const rowOf = (census: CurveCensus, layer: string, radius: number) =>
	census.rows.find((r) => r.layer === layer && r.radius === radius);

const share = (keep: number, kept: number) => (kept ? keep / kept : 0);

/** The census of every training and untrained network, summed up row by row. */
export function replicate(networks: ReplicaNetwork[], b: { name: string; census: CurveCensus }): Replication {
	const trained = networks.filter((n) => n.trained);
	const untrained = networks.filter((n) => !n.trained);
	if (!trained.length) throw new Error('replication needs at least one trained network');
	const over = (pick: (r: CensusRow) => number, layer: string, radius: number) =>
		spread(trained.map((n) => pick(rowOf(n.census, layer, radius)!)));
	const rows = trained[0].census.rows.map((first): ReplicatedRow => {
		const { layer, radius } = first;
		const inB = rowOf(b.census, layer, radius);
		const mostUntrained = (pick: (r: CensusRow) => number) =>
			Math.max(0, ...untrained.map((n) => pick(rowOf(n.census, layer, radius)!)));
		return {
			layer,
			radius,
			mapSize: first.mapSize,
			stride: first.stride,
			receptiveField: first.receptiveField,
			clean: over((r) => r.clean, layer, radius),
			kept: over((r) => r.kept, layer, radius),
			selectionGap: over((r) => r.selectionGap, layer, radius),
			evaluationGap: over((r) => r.evaluationGap, layer, radius),
			shortArcs: first.shortArcs.map((probe, k) => ({
				value: probe.value,
				keepShare: over((r) => share(r.shortArcs[k].keep, r.kept), layer, radius)
			})),
			otherRadii: first.otherRadii.map((probe, k) => ({
				value: probe.value,
				keepShare: over((r) => share(r.otherRadii[k].keep, r.kept), layer, radius)
			})),
			otherRenderer: first.otherRenderer.map((probe, k) => ({
				value: probe.value,
				keepShare: over((r) => share(r.otherRenderer[k].keep, r.kept), layer, radius)
			})),
			untrained: { clean: mostUntrained((r) => r.clean), kept: mostUntrained((r) => r.kept) },
			b: inB ? { clean: inB.clean, kept: inB.kept, evaluationGap: inB.evaluationGap } : null
		};
	});
	const headlines = Object.fromEntries(
		HEADLINE_KEYS.map((key) => [
			key,
			{
				trained: spread(trained.map((n) => n.headlines[key])),
				untrained: spread(untrained.length ? untrained.map((n) => n.headlines[key]) : [0])
			}
		])
	) as Record<keyof Headlines, ReplicatedHeadline>;
	const argued = trained[0].arguments.map((first): ReplicatedArguments => {
		const of = (n: ReplicaNetwork) =>
			n.arguments.find((f) => f.role === first.role && f.layer === first.layer && f.radius === first.radius);
		const families = trained.map(of).filter((f) => f !== undefined);
		return {
			role: first.role,
			layer: first.layer,
			radius: first.radius,
			units: spread(families.map((f) => f.units)),
			untrainedUnits: Math.max(0, ...untrained.map((n) => of(n)?.units ?? 0)),
			share: Object.fromEntries(
				ARGUMENT_KEYS.map((key) => {
					const read = families.filter((f) => f.passing[key] !== null);
					return [key, { ...spread(read.map((f) => share(f.passing[key]!, f.units))), trainings: read.length }];
				})
			) as ReplicatedArguments['share']
		};
	});
	const picks = trained.map((n) => n.census.pick);
	const pick = pickOverTrainings(picks);
	return {
		declared: RULE_DECLARED,
		rule: trained[0].census.rule,
		pick: {
			...pick,
			agreeing: picks.filter((p) => p.layer === pick.layer && p.radius === pick.radius).length,
			of: picks.length
		},
		networks,
		b,
		rows,
		headlines,
		arguments: argued
	};
}

/** Where one of the network's layers sits, beside InceptionV1's nearest layers by the same measures. */
export interface LayerCorrespondence extends LayerGeometry {
	mapSize: number;
	/** InceptionV1's layer nearest by receptive field as a share of the image, and by stride as a share of it */
	nearestByField: LayerGeometry;
	nearestByStride: LayerGeometry;
}

/** What the network's page shows of the census: the declared correspondence and rule, and every row. */
export interface CensusSummary {
	declared: string;
	rule: string;
	pick: Replication['pick'];
	/** the family the page's figures show */
	shown: { layer: string; radius: number };
	trainings: number;
	untrained: number;
	second: string;
	layers: LayerCorrespondence[];
	/** the paper's curve layer, and this network's layers nearest it by each measure (ties all listed) */
	paperLayer: { geometry: LayerGeometry; byField: string[]; byStride: string[] };
	rows: ReplicatedRow[];
	/** the seven arguments for each family over the trainings */
	arguments: ReplicatedArguments[];
	/** the figures' network's own family at every layer × radius: its kept units' tunings, at `angles` */
	families: { layer: string; radius: number; units: { name: string; preferredAngle: number; tuning: number[] }[] }[];
	angles: number[];
}

/** The paper's family is in InceptionV1's mixed3b. */
export const PAPER_CURVE_LAYER = 'mixed3b';

/** Of `layers`, those nearest `target` by `by` on a log scale (every one at the least distance). */
function nearestOf(layers: LayerGeometry[], target: LayerGeometry, by: 'strideShare' | 'fieldShare'): string[] {
	const distance = (g: LayerGeometry) => Math.abs(Math.log(g[by] / target[by]));
	const least = Math.min(...layers.map(distance));
	return layers.filter((g) => distance(g) - least < 1e-9).map((g) => g.layer);
}

export function censusSummary(
	replication: Replication,
	architecture: Architecture,
	shown: { layer: string; radius: number },
	own: CurveCensus,
	angles: number[]
): CensusSummary {
	const layers = [...new Set(replication.rows.map((r) => r.layer))].map((layer): LayerCorrespondence => {
		const geometry = layerGeometry(architecture, layer);
		return {
			...geometry,
			mapSize: replication.rows.find((r) => r.layer === layer)!.mapSize,
			nearestByField: nearestInceptionV1(geometry, 'fieldShare'),
			nearestByStride: nearestInceptionV1(geometry, 'strideShare')
		};
	});
	const paper = layerGeometry(INCEPTION_V1_STEM, PAPER_CURVE_LAYER);
	return {
		declared: replication.declared,
		rule: replication.rule,
		pick: replication.pick,
		shown,
		paperLayer: {
			geometry: paper,
			byField: nearestOf(layers, paper, 'fieldShare'),
			byStride: nearestOf(layers, paper, 'strideShare')
		},
		trainings: replication.networks.filter((n) => n.trained).length,
		untrained: replication.networks.filter((n) => !n.trained).length,
		second: replication.b.name,
		layers,
		rows: replication.rows,
		arguments: replication.arguments,
		families: own.rows.map((r) => ({
			layer: r.layer,
			radius: r.radius,
			units: r.keptUnits.map((u) => ({ ...u, name: unitName({ layer: r.layer, unit: u.unit }) }))
		})),
		angles
	};
}
