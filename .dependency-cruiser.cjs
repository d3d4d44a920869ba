// The rules that keep the house easy (docs/contributing.md, "Widgets: one folder each"), checked by npm run check.
// Layers, from the bottom: world/, model/, measure/, toy/ (and config, actions/); engine/ and analysis/
// above them; widgets (kit/, parts/ and one folder each) above those; the article, embed, figures and
// unit pages above the widgets; routes at the top.
const LOW = '^src/lib/(world|model|measure|toy)/';
const ABOVE_WIDGETS = '^src/lib/(article|embed|figures|units)/|^src/routes/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		{
			name: 'widget-into-another-widget',
			comment:
				'A widget is its folder: it may use kit/ and parts/, never another widget’s folder (share through parts/, measure/ or model/).',
			severity: 'error',
			from: { path: '^src/lib/widgets/([^/]+)/', pathNot: ['\\.test\\.ts$'] },
			to: { path: '^src/lib/widgets/[^/]+/', pathNot: ['^src/lib/widgets/($1|kit|parts)/'] }
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
				'Widgets do not know whether they are in the article, an embed or a custom element: they never import those layers.',
			severity: 'error',
			from: { path: '^src/lib/widgets/' },
			to: { path: ABOVE_WIDGETS }
		},
		{
			name: 'low-layer-upwards',
			comment:
				'world/, model/, measure/ and toy/ are what everything else is built on: they import none of the layers above them.',
			severity: 'error',
			from: { path: LOW, pathNot: ['\\.test\\.ts$'] },
			to: { path: ['^src/lib/(widgets|engine|analysis)/', ABOVE_WIDGETS] }
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
