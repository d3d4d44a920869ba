// The dependency rules (.dependency-cruiser.cjs, run by npm run check) refuse what they promise to: run on a
// small tree of fixtures with one import of each kind, they name exactly the forbidden ones, by both files.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('../../.dependency-cruiser.cjs') as { forbidden: IForbiddenRuleType[] };
const FIXTURES = resolve('tests/fixtures/dependency-rules');

describe('the dependency rules', () => {
	it('refuse a floor importing one above it, a circle and a widget reaching into another, nothing else', async () => {
		const { output } = await cruise(
			['src'],
			{ ruleSet: { forbidden: config.forbidden }, validate: true, baseDir: FIXTURES, tsPreCompilationDeps: true },
			{ extensions: ['.ts'] }
		);
		const violations = (output as ICruiseResult).summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
		expect(violations.sort()).toEqual(
			[
				'model-upwards: src/lib/model/upwards.ts → src/lib/measure/reading.ts',
				'no-circular: src/lib/analysis/first.ts → src/lib/analysis/second.ts',
				'widget-into-another-widget: src/lib/widgets/one/net.ts → src/lib/widgets/two/state.ts'
			].sort()
		);
	});
});
