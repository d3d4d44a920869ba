// The rules that keep the house easy (docs/contributing.md, "Widgets: one folder each"), checked by npm run check.
// Floors, from the bottom: unit.ts, config.ts and actions/ (the vocabulary every layer shares); world/; model/;
// measure/; toy/; the atlas's schema and slice (atlas/); analysis/ and engine/ beside each other; the widgets
// (kit/, parts/ and one folder each) above those; the article, embed, figures and unit pages above the
// widgets; routes at the top. A floor imports only floors below it (tests may reach up), and no import
// goes round in a circle.
const FLOORS = ['world', 'model', 'measure', 'toy', 'atlas'];
const LOW = `^src/lib/(${FLOORS.join('|')})/`;
const ABOVE_WIDGETS = '^src/lib/(article|embed|figures|units)/|^src/routes/';
const TESTS = ['\\.test\\.ts$'];

/** One rule per floor: it may not import the floors above it. */
const floorRules = FLOORS.slice(0, -1).map((floor, k) => ({
	name: `${floor}-upwards`,
	comment: `${floor}/ sits below ${FLOORS.slice(k + 1).join(', ')}: it imports none of them (pass what it needs in).`,
	severity: 'error',
	from: { path: `^src/lib/${floor}/`, pathNot: TESTS },
	to: { path: `^src/lib/(${FLOORS.slice(k + 1).join('|')})/` }
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		{
			name: 'no-circular',
			comment: 'An import that comes back round to where it started makes two modules one: cut the circle.',
			severity: 'error',
			from: {},
			to: { circular: true }
		},
		{
			name: 'vocabulary-imports-nothing',
			comment: 'unit.ts and config.ts are the words every layer shares: they import nothing of the project.',
			severity: 'error',
			from: { path: '^src/lib/(unit|config)\\.ts$' },
			to: { path: '^src/' }
		},
		...floorRules,
		{
			name: 'widget-into-another-widget',
			comment:
				'A widget is its folder: it may use kit/, parts/ and, for the toy widgets, toy-family/, never another ' +
				'widget’s folder (share through parts/, measure/ or model/).',
			severity: 'error',
			from: { path: '^src/lib/widgets/([^/]+)/', pathNot: ['\\.test\\.ts$'] },
			to: { path: '^src/lib/widgets/[^/]+/', pathNot: ['^src/lib/widgets/($1|kit|parts|toy-family)/'] }
		},
		{
			name: 'widget-into-analysis',
			comment: 'The analysis runs at build time: only a widget’s snapshot.server.ts reads it.',
			severity: 'error',
			from: {
				path: '^src/lib/widgets/',
				pathNot: ['snapshot\\.server\\.ts$', '^src/lib/widgets/snapshots\\.server\\.ts$', '\\.test\\.ts$']
			},
			to: { path: '^src/lib/analysis/' }
		},
		{
			name: 'widget-into-the-page',
			comment:
				'Widgets do not know whether they are in the article, an embed or a custom element: ' +
				'they never import those layers.',
			severity: 'error',
			from: { path: '^src/lib/widgets/' },
			to: { path: ABOVE_WIDGETS }
		},
		{
			name: 'low-layer-upwards',
			comment:
				'The floors (world/ to atlas/) are what everything else is built on: they import none of the layers above them.',
			severity: 'error',
			from: { path: LOW, pathNot: ['\\.test\\.ts$'] },
			to: { path: ['^src/lib/(widgets|engine|analysis)/', ABOVE_WIDGETS] }
		},
		{
			name: 'analysis-into-engine',
			comment: 'The analysis runs at build time, in Node: it never reaches into the browser’s engine.',
			severity: 'error',
			from: { path: '^src/lib/analysis/', pathNot: TESTS },
			to: { path: '^src/lib/engine/' }
		},
		{
			name: 'engine-upwards',
			comment: 'The engine runs services it is given: it imports no widget, and nothing of the page.',
			severity: 'error',
			from: { path: '^src/lib/engine/', pathNot: ['\\.test\\.ts$'] },
			to: { path: ['^src/lib/(widgets|analysis)/', ABOVE_WIDGETS] }
		}
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '^(node_modules|\\.svelte-kit|build|build-sub)/' },
		tsConfig: { fileName: 'tsconfig.json' },
		webpackConfig: { fileName: 'scripts/depcruise-resolve.cjs' },
		tsPreCompilationDeps: true,
		enhancedResolveOptions: {
			extensions: ['.ts', '.js', '.svelte', '.json'],
			conditionNames: ['import', 'svelte', 'default']
		}
	}
};
