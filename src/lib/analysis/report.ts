// The atlas as a few lines of text: what `npm run analyze` prints, target by target.
import type { RatioSummary } from '../measure/measures';
import type { Atlas, DogLogits, OrientedUnit } from '../atlas/schema';
import type { InputParts } from '../atlas/measurements';
import { PAIR_TARGETS, RECORDED, TARGETS, verdictOf, type Measured } from './targets';

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
const f = (x: number, d = 2) => x.toFixed(d);

/** A ratio summary as "median (quartiles)", ∞ where the other side is silent. */
export function ratioText(r: RatioSummary): string {
	const v = (x: number | null) => (x === null ? '∞' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
	const silent = r.silent ? `; other side silent on ${r.silent} of ${r.samples}` : '';
	return `${v(r.median)}× (quartiles ${v(r.q1)}–${v(r.q3)}${silent})`;
}

const unit = (u: OrientedUnit) => `${u.name} L/R ${ratioText(u.leftRight)}`;
const dog = (d: DogLogits) =>
	`dog logit L ${f(d.left)}, R ${f(d.right)}, chimera ${f(d.chimera)}; called dog ${pct(d.calledDog)}`;

export function report(atlas: Atlas): string {
	const e = atlas.curves.evaluation;
	const h = atlas.heads;
	const hl = atlas.highLow.evaluation;
	const c = atlas.curveCircuit;
	const curveUnits = atlas.curves.units.map((u) => `${u.name} ${u.preferredAngle}°`).join(', ');
	const untuned = atlas.curves.untuned.map(
		(u) =>
			`${u.name} ${u.preferredAngle}° (${u.reasons.join(', ')}; ` +
			`second lobe ${f(u.secondLobe ?? 0)}, kept ${pct(u.withinAngle)})`
	);
	const tried = atlas.curves.candidates.map(
		(k) => `${k.layer}@${k.radius}: ${k.units} of ${k.curveSensitive} (gap ${k.largestGap}°)`
	);
	const echoEdits = atlas.echoes.map(
		(x) =>
			`echo edit ${x.name.padEnd(17)} ${x.pairs} edges${x.exact ? ' (exact)' : ' (linear)'}: ` +
			`rise at 180° ${f(x.rise180)}, at ±90° ${f(x.rise90)}, margin ${f(x.margin)}; ` +
			`selectivity ${f(x.selectivityBefore, 1)} → ${f(x.selectivityAfter, 1)}`
	);
	const perLayer = h.layers.map((l) => `${l.layer}: ${l.leftUnits} left, ${l.rightUnits} right`);
	const classes = atlas.polysemantic.classes.map((k) => `${k.name} ${k.count}`).join(', ');
	return [
		atlas.model,
		`held-out accuracy           ${pct(atlas.heldoutAccuracy)}; ` +
			`held-out drawing style ${pct(atlas.heldoutStyleAccuracy)}`,
		`curve family (clean)        ${atlas.curves.units.length} units in ${atlas.curves.layer} ` +
			`at radius ${atlas.stimuli.curveRadius} px, largest gap ${atlas.curves.largestGap}° (selection), ` +
			`${e.largestGap}° (evaluation): ${curveUnits}`,
		`  not tuned                 ${untuned.join('; ') || 'none'}`,
		`  tried                     ${tried.join(', ')}`,
		`  evaluation (${e.conditions.length} conditions) ` +
			`${e.unitsKeepingAngle}/${e.units.length} keep their angle within 30° in ≥70% of conditions; ` +
			`${e.unitsSelective}/${e.units.length} selective in ≥80%; ` +
			`worst centred condition ${pct(e.worstCentredWithinAngle)} within 30°`,
		`  largest gap               dark ${e.largestGapByPolarity.dark}°, light ${e.largestGapByPolarity.light}°; ` +
			`centred ${e.largestGapByPosition.centred}°, moved 2 px ${e.largestGapByPosition.moved}°`,
		`early curves                ${atlas.earlyCurves.units.length} units in ${atlas.earlyCurves.layer}; ` +
			`a cell sees ${c.receptiveField.early} px there, ${c.receptiveField.curves} px in ${atlas.curves.layer}`,
		`edges with expected sign    ${pct(c.expectedSignFraction)} ` +
			`(same +: ${c.sameOrientation.excitatory}/${c.sameOrientation.pairs}, ` +
			`opposite −: ${c.oppositeOrientation.inhibitory}/${c.oppositeOrientation.pairs})`,
		echoEdits.join('\n'),
		echoText(atlas),
		`high-low family             ${atlas.highLow.units.length} units in ${atlas.highLow.layer} ` +
			`(by layer: ${JSON.stringify(atlas.highLow.candidatesByLayer)})`,
		`  evaluation (blur ${hl.defaultBlur} px)  plain edge ÷ boundary, median ${ratioText(hl.edgeRatio)} ` +
			`(step ${hl.edgeStep}×contrast; ${hl.edgeWins} units prefer the edge), ` +
			`${ratioText(hl.strongEdgeRatio)} (step ${hl.strongEdgeStep}×; ${hl.strongEdgeWins}); ` +
			`swapped ÷ boundary ${ratioText(hl.swappedRatio)}`,
		`  family mean against blur  ${hl.blurs.map((b, i) => `${b}: ${f(hl.blurCurve.highLow[i])}`).join(', ')}`,
		`oriented heads              ${unit(h.left)}; ${unit(h.right)}`,
		`  per layer                 ${perLayer.join('; ')}`,
		`  union                     ${unit(h.union)}; ${dog(h.dog)}`,
		`  inhibitory edges          ${h.inhibitoryEdges.length} (of ${h.edges.length} ` +
			`from ${h.sources.left.length} left and ${h.sources.right.length} right sources)`,
		`  after cutting them        ${unit(h.afterCut.left)}; ${unit(h.afterCut.right)}; ${dog(h.afterCut.dog)}`,
		`  linear vs exact cut       largest difference ${pct(h.linearCutError.left)} (left), ` +
			`${pct(h.linearCutError.right)} (right) of the unit's mean`,
		`  held-out style heads      ${unit(h.heldoutStyle.left)}; ${unit(h.heldoutStyle.right)}; ${dog(h.heldoutStyle.dog)}`,
		`polysemantic                ${atlas.polysemantic.name}: ${classes} ` +
			`(${f(atlas.polysemantic.kindEntropyBits)} bits over kinds)`
	].join('\n');
}

const partsText = (p: InputParts) =>
	`total ${f(p.total)} = bias ${f(p.bias)}, same ${f(p.sameExcitation)}/${f(p.sameInhibition)}, ` +
	`opposite ${f(p.oppositeExcitation)}/${f(p.oppositeInhibition)}, other early ${f(p.otherEarly)}, rest ${f(p.rest)}`;

/**
 * The echo measurement: the early curves' own echo, the input at 180° and ±90° before the ReLU,
 * and the sentence it chooses.
 */
function echoText(atlas: Atlas): string {
	const m = atlas.curveCircuit.echoMechanism;
	const r = m.reference;
	return [
		`echo mechanism              early curves' own echo ${f(m.earlyEcho.median)} ` +
			`(quartiles ${f(m.earlyEcho.q1)}–${f(m.earlyEcho.q3)}; hand-set ${f(r.earlyEcho)}); ` +
			`${m.pairs} unit × condition pairs (${m.silent} silent)`,
		`  input at 180° (÷ peak)    ${partsText(m.at180)}`,
		`  input at ±90°             ${partsText(m.at90)}`,
		`  removing opposite −       before the ReLU +${f(m.riseBeforeRelu.at180)} at 180°, ` +
			`+${f(m.riseBeforeRelu.at90)} at ±90° (margin ${f(m.riseBeforeRelu.margin)}); ` +
			`after it ${f(m.afterRemoval.at180)} at 180° (above zero in ${pct(m.afterRemoval.liftedAt180)}), ` +
			`${f(m.afterRemoval.at90)} at ±90° (${pct(m.afterRemoval.liftedAt90)})`,
		`  hand-set reference        at 180° ${partsText(r.at180)}; ` +
			`removing opposite −: +${f(r.riseBeforeRelu.at180)} at 180°, +${f(r.riseBeforeRelu.at90)} at ±90°, ` +
			`after it ${f(r.afterRemoval.at180)} (above zero in ${pct(r.afterRemoval.liftedAt180)})`,
		`  finding (${m.finding.case})  ${m.finding.sentence}`
	].join('\n');
}

/** Every target with its measured value, verdict and the verdict recorded in targets.ts. */
export function targetsReport(networks: Measured[]): string {
	const value = (x: number) => (Number.isFinite(x) ? (Math.abs(x) >= 1000 ? x.toFixed(0) : x.toPrecision(3)) : '∞');
	return networks
		.flatMap((m, i) =>
			TARGETS.filter((t) => i === 0 || !PAIR_TARGETS.has(t.id)).map((t) => {
				const verdict = verdictOf(t, m);
				const recorded = RECORDED[m.atlas.model]?.[t.id];
				const flag =
					recorded === undefined
						? ' (no verdict recorded)'
						: recorded === verdict
							? ''
							: ` (recorded: ${recorded}: update targets.ts)`;
				const measured = value(t.value(m)).padStart(8);
				return `${m.atlas.model.padEnd(22)} ${t.id.padEnd(22)} ${measured}  ${t.target.padEnd(16)} ${verdict}${flag}`;
			})
		)
		.join('\n');
}

/** Where the README holds the targets table that `npm run report` writes. */
export const README_TABLE = { start: '<!-- targets: written by npm run report -->', end: '<!-- /targets -->' } as const;

/** The targets table of the README: each target, its value in each network and the verdicts (a first, b second). */
export function targetsMarkdown(networks: Measured[]): string {
	const [a, b] = networks;
	const cell = (t: (typeof TARGETS)[number], m: Measured | undefined, i: number) =>
		m && (i === 0 || !PAIR_TARGETS.has(t.id)) ? t.format(t.value(m)) : '';
	const rows = TARGETS.map((t) => {
		const verdicts = [a, b].filter((m, i) => m && (i === 0 || !PAIR_TARGETS.has(t.id))).map((m) => verdictOf(t, m!));
		const verdict = verdicts.every((v) => v === verdicts[0]) ? verdicts[0] : verdicts.join(' / ');
		const shown = verdict === 'met' ? 'met' : `**${verdict}**`;
		return `| ${t.measured} | ${t.target} | ${cell(t, a, 0)} | ${cell(t, b, 1)} | ${shown} |`;
	});
	// the echo target not met is explained by the atlas's own measurement, in its own words
	const why = networks.map(
		(m) => `- ${m.atlas.model}, the echo: ${m.atlas.curveCircuit.echoMechanism.finding.sentence}`
	);
	return [
		`| measured | target | ${a.atlas.model} (the article's) | ${b.atlas.model} | |`,
		'| --- | --- | --- | --- | --- |',
		...rows,
		'',
		...why
	].join('\n');
}

/** `readme` with its targets table replaced by `table`; throws where the README has no place for it. */
export function withTargetsTable(readme: string, table: string): string {
	const start = readme.indexOf(README_TABLE.start);
	const end = readme.indexOf(README_TABLE.end);
	if (start < 0 || end < start)
		throw new Error(`the README has no targets table between ${README_TABLE.start} and ${README_TABLE.end}`);
	return `${readme.slice(0, start + README_TABLE.start.length)}\n${table}\n${readme.slice(end)}`;
}
