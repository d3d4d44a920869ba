// Checks atlas JSON read from disk against the Atlas type once, with a message that says what is missing.
import type { Atlas } from '../atlas/schema';

const REQUIRED: [string, string][] = [
	['model', 'string'],
	['version', 'number'],
	['heldoutAccuracy', 'number'],
	['heldoutStyleAccuracy', 'number'],
	['curves.units', 'array'],
	['curves.largestGap', 'number'],
	['curves.untuned', 'array'],
	['curves.census.rows', 'array'],
	['curves.evaluation.units', 'array'],
	['curves.evaluation.largestGap', 'number'],
	['curves.evaluation.withinAngleByCondition', 'array'],
	['curves.evaluation.worstCentredWithinAngle', 'number'],
	['earlyCurves.units', 'array'],
	['curveCircuit.receptiveField.early', 'number'],
	['curveCircuit.edges', 'array'],
	['curveCircuit.expectedSignFraction', 'number'],
	['curveCircuit.echoMechanism.earlyEcho.median', 'number'],
	['curveCircuit.echoMechanism.at180.oppositeInhibition', 'number'],
	['curveCircuit.echoMechanism.riseBeforeRelu.margin', 'number'],
	['curveCircuit.echoMechanism.afterRemoval.liftedAt180', 'number'],
	['curveCircuit.echoMechanism.reference.earlyEcho', 'number'],
	['curveCircuit.echoMechanism.finding.case', 'string'],
	['curveCircuit.echoMechanism.finding.sentence', 'string'],
	['echoes', 'array'],
	['highLow.units', 'array'],
	['highLow.evaluation.units', 'array'],
	['heads.left.leftRight', 'object'],
	['heads.right.leftRight', 'object'],
	['heads.union.leftRight', 'object'],
	['heads.inhibitoryEdges', 'array'],
	['heads.afterCut.left', 'object'],
	['polysemantic.classes', 'array'],
	['polysemantic.top', 'array']
];

export function checkAtlas(json: unknown): Atlas {
	for (const [path, type] of REQUIRED) {
		const value = path
			.split('.')
			.reduce<unknown>(
				(v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
				json
			);
		const ok = type === 'array' ? Array.isArray(value) : typeof value === type && value !== null;
		if (!ok)
			throw new Error(
				`atlas.json: ${path} should be ${type === 'array' ? 'an array' : `a ${type}`}; run npm run analyze to rebuild it`
			);
	}
	if ((json as Atlas).version !== 3)
		throw new Error(`atlas.json is version ${(json as Atlas).version}; this site reads version 3: run npm run analyze`);
	return json as Atlas;
}
