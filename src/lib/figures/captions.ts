// The captions of the figures drawn from what the analysis measured: prose, with the numbers it wrote when
// the site was built. Each is one paragraph, written here a phrase a line.
import type { AtlasSummary } from '../analysis/summary';
import type { CensusSummary, ReplicatedArguments } from '../analysis/replication';
import { formatNumber } from '../config';
import { largestGap, median } from '../measure/measures';
import { ARC_AGREES } from '../analysis/arc';
import { CRITERIA, ONE_WAY } from '../analysis/criteria';
import { againstChance, overTrainings, spreadText } from '../analysis/verdicts';
import { sceneNoun } from '../world/classes';
import {
	ARGUMENT_KEYS,
	ARGUMENTS,
	type ArgumentKey,
	type ArgumentsFile,
	type FamilyArguments
} from '../atlas/arguments';
export { familyTitle } from '../atlas/arguments';

const percent = (x: number) => `${Math.round(x * 100)}%`;
const paragraph = (phrases: string[]) => phrases.join(' ');

/** The network trained for this page: what its world is, and what the figure shows of it. */
export function meetTheModelCaption(trainingScenes: number): string {
	return paragraph([
		'What to look at: the world is simple, but it only makes sense to a network that sees curves, boundaries',
		"and which way a head faces. Above, training scenes drawn by this page's code in your browser (the same",
		`code drew the ${trainingScenes.toLocaleString('en-GB')} training scenes); below, the network's layers.`
	]);
}

/** The trained network's curve family: where to look, how its units were kept, and how that replicated. */
export function curveFamilyCaption(atlas: AtlasSummary, census: CensusSummary): string {
	const c = atlas.curves;
	const row = rowOf(census, { layer: c.layer, radius: c.radius });
	return paragraph([
		"What to look at: each unit's preferred angle (the dotted line) and how often it kept it on stimuli it was",
		`not chosen on. These ${c.units.length} units of ${c.layer} were chosen on dark curves of radius ${c.radius} px`,
		`and kept for holding their angle in ${c.evaluation.conditions} other conditions. Over`,
		`${census.trainings} trainings: ${spreadText(row.kept)} units kept, widest gap ${spreadText(row.evaluationGap, '°')};`,
		`untrained networks keep ${row.untrained.kept}.`
	]);
}

/** How the figures' family was chosen and measured, in full, for the network the figures run. */
export function curveFamilyMethod(atlas: AtlasSummary): string[] {
	const c = atlas.curves;
	const e = c.evaluation;
	const edit = (name: string) => atlas.echoes.find((x) => x.name === name)!;
	const k = atlas.circuit;
	const opposite = edit('opposite-negative');
	const all = edit('all-negative');
	return [
		paragraph([
			`The analysis chose these ${c.units.length} units of ${c.layer} on one set of stimuli (dark curves of radius`,
			`${c.radius} px on plain paper, centred on the unit): they answer their best curve at least three times more`,
			`than the average one, a straight line at most ${CRITERIA.lineRatio} of their peak, and no curve more than`,
			`${CRITERIA.secondLobeDistance}° from their own above ${CRITERIA.secondLobe} of it (one lobe).`,
			`It then measured them on ${e.conditions} other conditions: dark and light ink on plain paper and coloured`,
			'textures, thin short arcs and thick long ones, each centred on the unit and moved 2 px off it.',
			'Only units that keep their angle within 30° in at least 70% of those conditions stay in the family;',
			`${c.untuned.length} more answer curves selectively but have a second lobe or lose their angle, and are left`,
			'out as curve-sensitive, not tuned.',
			`${e.unitsSelective} of the ${c.units.length} stay selective (three times the average, a line at most 0.3 of`,
			'the peak) in at least 80%.',
			`Read from each polarity's conditions, the family leaves a gap of ${e.gapDark}° (dark ink) and`,
			`${e.gapLight}° (light ink) at most; centred ${e.gapCentred}°, moved ${e.gapMoved}°.`
		]),
		paragraph([
			`Below the family, ${atlas.earlyCurves.units} units of ${atlas.earlyCurves.layer} act as early curves.`,
			`Of the edges between the two families, ${k.sameExcitatory} of ${k.same} between units of the same orientation`,
			`excite (${percent(k.sameExcitatory / k.same)}) and ${k.oppositeInhibitory} of ${k.opposite} between opposite`,
			`orientations inhibit (${percent(k.oppositeInhibitory / k.opposite)}).`,
			'Removing the negative weights from early curves opening the opposite way raises the response at 180° by',
			`${formatNumber(opposite.rise180)} of the peak and a quarter-turn away by ${formatNumber(opposite.rise90)};`,
			`removing all of them, by ${formatNumber(all.rise180)} and ${formatNumber(all.rise90)}${
				opposite.exact ? '' : ', through the bottlenecks, as linear corrections that are not exact'
			}.`
		])
	];
}

/** The oriented dog-head units: how they were measured, the inhibition between the pathways, the dog logit. */
export function headsCaption(atlas: AtlasSummary): string {
	const h = atlas.heads;
	const logit = (x: number) => formatNumber(x, 1);
	return paragraph([
		'What to look at: the preference column, and how it changes when the inhibition is cut.',
		`The same question asked of the network trained for this page, on ${h.pairs} dog heads it never saw, each`,
		'facing right and as its mirror image facing left, and as a chimera with a snout at each end.',
		"The activations are each unit's mean over the centre of its map and over the heads; a preference is the",
		'median over the heads of the ratio between the two facings, with its quartiles.',
		`${h.inhibitoryEdges} edges carry inhibition from one pathway (${h.sources.left} left-facing and`,
		`${h.sources.right} right-facing units of the block below) into the other's unit; cutting them (exactly:`,
		'each unit recomputed without those inputs) gives the last column.',
		`Head units the cut blunts, over a's trainings: ${overTrainings(atlas, ['headsBlunted'])}.`,
		`The dog class's logit is ${logit(h.dog.left)} for heads facing left, ${logit(h.dog.right)} facing right`,
		`and ${logit(h.dog.chimera)} for the chimeras (${percent(h.dog.calledDog)} of the heads called “dog”);`,
		'on heads drawn in a style the network never trained on,',
		`${logit(h.heldoutStyle.dog.left)} and ${logit(h.heldoutStyle.dog.right)}`,
		`(${percent(h.heldoutStyle.dog.calledDog)} called “dog”).`
	]);
}

/** The most polysemantic unit: what its most exciting held-out scenes show, and what its hottest cell sees in them. */
export function polysemanticCaption(atlas: AtlasSummary): string {
	const p = atlas.polysemantic;
	const shown = p.classes.map((c) => `${c.count} ${c.count === 1 ? 'shows' : 'show'} ${sceneNoun(c.name)}`);
	const commonest = p.seen[0];
	return paragraph([
		'What to look at: how many kinds of thing share one unit, and that the marked cells see different things.',
		`The most mixed unit of the network trained for this page, whose scenes also differ at the cell that fires`,
		`most, is ${p.name}: of the ${p.top.length} held-out scenes that excite it most, ${shown.join(', ')}; at that`,
		`cell the commonest part (${commonest.name}) is in only ${commonest.count}.`,
		"Each scene is drawn again in your browser from its seed, with the unit's activation under it."
	]);
}

/** The units the polysemantic search set aside as one feature, and why: read from what their hottest cells see. */
export function setAsideSentence(p: AtlasSummary['polysemantic']): string {
	const why = (u: AtlasSummary['polysemantic']['setAside'][number]) =>
		u.oneWay >= ONE_WAY
			? `the cell that fires most sits on an edge with the shape ${u.shapeSide}, whatever the object ` +
				`(how much those edges face one way: ${formatNumber(u.oneWay)}, where ${ONE_WAY} or more marks one feature)`
			: `the cell that fires most sees ${u.commonest.name} in ${u.commonest.count} of ${p.top.length}`;
	return paragraph([
		...p.setAside.map(
			(u, i) =>
				`${i === 0 ? 'The search first found' : 'Then'} ${u.name}, whose strongest scenes are of more kinds ` +
				`(${u.classes.map((c) => `${c.count} ${c.name}`).join(', ')}); but ${why(u)}: one feature, set aside.`
		),
		`${p.name} is the first whose scenes differ in what that cell sees as well.`
	]);
}

/** The two networks trained apart: how many curve units have a partner, and which families both grow. */
export function universalityCaption(atlas: AtlasSummary): string {
	const u = atlas.universality;
	const found = (yes: unknown) => (yes ? 'found' : 'not found');
	const families = u.families.map((f) => `${f.kind} (${found(f.a)} in the first, ${found(f.b)} in the second)`);
	const correlation = formatNumber(median(u.curves.matches.map((m) => m.correlation)));
	return paragraph([
		`What to look at: whether the two rows tile the circle alike. Two networks trained on the same world,`,
		`a: ${u.a} and b: ${u.b} (another random start, its mixed blocks three quarters as wide;`,
		`${percent(atlas.second.heldoutAccuracy)} correct on held-out scenes), measured by the same analysis.`,
		`${u.curves.withPartner} of the ${u.curves.total} curve units of the first have a partner in the second,`,
		'the curve unit whose tuning curve correlates best with theirs, when that correlation is',
		`${formatNumber(u.curves.partnerCorrelation, 1)} or more (median correlation ${correlation}).`,
		againstChance(u.oneToOne),
		`Over a's trainings, partners and one-to-one partners: ${overTrainings(atlas, ['partners', 'oneToOne'])}.`,
		`Of the families this page looks for, ${u.families.filter((f) => f.a && f.b).length} of`,
		`${u.families.length} are found in both: ${families.join('; ')}.`
	]);
}

/** How one kind of gallery picture fares over the curve family. */
export interface GalleryTally {
	/** pictures that excite their unit more than its best held-out scene, and the median ratio */
	above: number;
	ratio: number;
	/** pictures answered most by their own unit, and by a neighbour */
	own: number;
	neighbour: number;
	/** pictures whose arc opens the way their unit's curve does, and whether enough do for the row to show curves */
	arcs: number;
	shows: boolean;
}

/** A row of the gallery shows the family's curves when at least this share of its pictures' arcs match their units' angles. */
export const ARCS_SHOWN = 0.75;

/** How one kind of picture fares: beating the best scene, read as its own unit or a neighbour, its arc matching. */
export function galleryTally(
	pictures: { activation: number; best: number; leaderDistance: number | null; arcAgrees: boolean }[]
): GalleryTally {
	const arcs = pictures.filter((p) => p.arcAgrees).length;
	return {
		above: pictures.filter((p) => p.activation > p.best).length,
		ratio: median(pictures.map((p) => p.activation / p.best)),
		own: pictures.filter((p) => p.leaderDistance === 0).length,
		neighbour: pictures.filter((p) => p.leaderDistance === 1).length,
		arcs,
		shows: pictures.length > 0 && arcs >= Math.ceil(ARCS_SHOWN * pictures.length)
	};
}

/**
 * What to look at in the gallery of curve feature visualizations: the strokes' bend where they draw their arcs,
 * else the waves' arcs where those do, else whether an arc is found in more than half of them or mostly not.
 */
export function galleryCaption(strokes: GalleryTally | null, waves: GalleryTally, n: number): string {
	if (strokes?.shows)
		return paragraph([
			'What to look at: which way the stroke of ink in each top picture bends; the arrow below points the way',
			`its unit’s curve opens. In ${strokes.arcs} of the ${n} the stroke opens that way within ${ARC_AGREES}°,`,
			'as InceptionV1’s curve units draw their arcs.',
			'Under each stroke, the same unit grown as waves of colour',
			`(an arc within ${ARC_AGREES}° in ${waves.arcs} of ${n}).`
		]);
	if (waves.shows)
		return paragraph([
			'What to look at: the dark arc near the middle of each picture, and which way it opens; under each, the',
			'angle its unit prefers (the arrow points the way its curve opens).',
			`In ${waves.arcs} of the ${n} the arc matches that angle within ${ARC_AGREES}°, as InceptionV1’s curve`,
			'units draw theirs.'
		]);
	const arcs = strokes ? Math.max(strokes.arcs, waves.arcs) : waves.arcs;
	const lookFor =
		'What to look at: whether you can find an arc near the middle of each picture that opens the way the arrow below it points.';
	if (2 * arcs > n)
		return paragraph([
			lookFor,
			'Often you can, though less reliably than in InceptionV1’s curve units: the curve a template finds opens',
			`within ${ARC_AGREES}° of the unit’s angle in ${arcs} of ${n}.`
		]);
	return paragraph([
		lookFor,
		'Mostly you cannot: unlike InceptionV1’s curve units, these draw colour and texture, and',
		`the curve a template finds in them opens within ${ARC_AGREES}° of the unit’s angle in only ${arcs} of ${n}.`
	]);
}

const rowOf = (census: CensusSummary, at: { layer: string; radius: number }) =>
	census.rows.find((r) => r.layer === at.layer && r.radius === at.radius)!;

/** Curve families layer by layer: what to read in the table, from what it holds. */
export function censusCaption(census: CensusSummary): string {
	const layers = [...new Set(census.rows.map((r) => r.layer))];
	const everyTraining = layers.filter((l) => census.rows.some((r) => r.layer === l && r.kept.min > 0));
	const untrainedKept = Math.max(...census.rows.map((r) => r.untrained.kept));
	const trainings = `${census.trainings} training${census.trainings === 1 ? '' : 's'}`;
	return paragraph([
		untrainedKept === 0
			? 'What to look at: which rows keep curve units in every training, while untrained networks keep none.'
			: `What to look at: which rows keep curve units in every training, against the untrained networks' ${untrainedKept}.`,
		everyTraining.length
			? `Every training keeps some in ${listOf(everyTraining)}.`
			: 'No layer keeps curve units in every training.',
		`Each cell is the median over ${trainings} of network a, its range in brackets where they differ.`
	]);
}

const listOf = (items: string[]) =>
	items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** The editor's sentence under the census: the rule's pick, how it held up, and that the figures show it. */
export function censusSentence(census: CensusSummary): string {
	const pick = rowOf(census, census.pick);
	if (census.shown.layer !== pick.layer || census.shown.radius !== pick.radius)
		throw new Error(`The figures show ${census.shown.layer} at ${census.shown.radius} px, not the rule's pick`);
	return paragraph([
		`The declared rule picks ${pick.layer} at radius ${pick.radius} px in ${census.pick.agreeing} of`,
		`${census.pick.of} training${census.pick.of === 1 ? '' : 's'} (${spreadText(pick.kept)} units kept, widest gap`,
		`${spreadText(pick.evaluationGap, '°')} on the evaluation; untrained networks keep ${pick.untrained.kept}), the`,
		'family the figures show.'
	]);
}

/** Which of this network's layers InceptionV1's mixed3b corresponds to, by each measure. */
export function correspondenceSentence(census: CensusSummary): string {
	const { geometry, byField, byStride } = census.paperLayer;
	const ours = (layer: string) => census.layers.find((l) => l.layer === layer)!;
	const field = ours(byField[0]);
	const stride = ours(byStride[0]);
	return paragraph([
		`The layers are named after InceptionV1's, but this network is smaller and reads a 64 px image. A cell of`,
		`InceptionV1's ${geometry.layer} sees ${geometry.receptiveField} px of 224 (${percent(geometry.fieldShare)}):`,
		`nearest that here is ${listOf(byField)} (${percent(field.fieldShare)}). Its cells are ${geometry.stride} px`,
		`apart (1/${Math.round(1 / geometry.strideShare)} of the image): nearest that here`,
		`${byStride.length > 1 ? 'are' : 'is'} ${listOf(byStride)} (1/${Math.round(1 / stride.strideShare)}).`,
		'So no layer here is its exact counterpart, and every layer is searched.'
	]);
}

/** A unit "stands up" when it passes at least this many of the seven arguments. */
export const MOST_ARGUMENTS = 5;

const standing = (f: FamilyArguments) =>
	f.units.filter((u) => ARGUMENT_KEYS.filter((k) => u.results[k].pass).length >= MOST_ARGUMENTS).length;

/** The seven arguments' caption: where to look, and how many units of each family pass most of them. */
export function argumentsCaption(file: ArgumentsFile): string {
	const counts = listOf(file.families.map((f) => `${standing(f)} of ${f.units.length} units in ${f.layer}`));
	return paragraph([
		`What to look at: the last row of each table, how many units pass each argument.`,
		`Passing at least ${MOST_ARGUMENTS} of the seven: ${counts}.`
	]);
}

/** A share over the trainings as the arguments' lines give it: "45% [30–50%]", or "45% (first training only)". */
export function argumentShare(s: ReplicatedArguments['share'][ArgumentKey]): string {
	const text = spreadText(s, '%', (x) => String(Math.round(x * 100)));
	return s.trainings === 1 ? `${text} (first training only)` : text;
}

/**
 * The editor's sentence: which arguments hold for most of each family's units over the trainings, and which for
 * half or fewer, with the shares and the untrained networks' families beside them.
 */
export function argumentsSentence(file: ArgumentsFile, census: CensusSummary): string {
	const listed = (r: ReplicatedArguments, keys: ArgumentKey[]) =>
		`${listOf(keys.map((k) => String(ARGUMENTS[k].number)))} (${listOf(keys.map((k) => argumentShare(r.share[k])))})`;
	return paragraph(
		file.families.map((f) => {
			const r = census.arguments.find((a) => a.role === f.role)!;
			const most = ARGUMENT_KEYS.filter((k) => r.share[k].median > 0.5);
			const few = ARGUMENT_KEYS.filter((k) => r.share[k].median <= 0.5);
			const name = `In ${f.layer} (${f.role === 'figures' ? "the rule's pick, the figures' family" : "the paper's layer"}), median of ${census.trainings} trainings,`;
			const untrained = `untrained networks keep ${r.untrainedUnits} ${r.untrainedUnits === 1 ? 'unit' : 'units'} there.`;
			if (!few.length) return `${name} every argument holds for most units; ${untrained}`;
			if (!most.length) return `${name} every argument holds for half the units or fewer; ${untrained}`;
			return `${name} arguments ${listed(r, most)} hold for most units; ${listed(r, few)} for half or fewer; ${untrained}`;
		})
	);
}

/** Every layer's family, one at a time: where to look first, and what the choice shows. */
export function familiesByLayerCaption(census: CensusSummary): string {
	const pick = census.families.find((f) => f.layer === census.pick.layer && f.radius === census.pick.radius)!;
	const gap = largestGap(pick.units.map((u) => u.preferredAngle));
	return paragraph([
		`What to look at: in ${pick.layer} at ${pick.radius} px, the family the declared rule picks, the`,
		`${pick.units.length} preferred angles go all the way round (widest gap ${gap}° on the curves they were chosen`,
		'on). Choose another layer and',
		`radius to compare. The units are the first training's; the census above gives all ${census.trainings}.`
	]);
}
