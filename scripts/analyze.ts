// Measures the committed model and writes its atlas: npm run analyze
import { writeFileSync } from 'node:fs';
import { analyze } from '../src/lib/analysis/run';
import { loadNodeModel, MODEL_DIR, MODEL_NAME, nodeTf } from '../src/lib/model/node';

const started = Date.now();
const tf = await nodeTf('wasm');
const model = await loadNodeModel(tf);
const atlas = analyze(tf, model, MODEL_NAME, (step) => console.log(`${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s  ${step}`));
writeFileSync(`${MODEL_DIR}/atlas.json`, JSON.stringify(atlas, null, '\t') + '\n');

const h = atlas.heads;
console.log(`
held-out accuracy           ${(atlas.heldoutAccuracy * 100).toFixed(1)}%
curve family                ${atlas.curves.units.length} units in ${atlas.curves.layer} at radius ${atlas.stimuli.curveRadius} px, largest gap ${atlas.curves.largestGap}°
  tried                     ${atlas.curves.candidates.map((c) => `${c.layer}@${c.radius}: ${c.units} (gap ${c.largestGap}°)`).join(', ')}
early curves                ${atlas.earlyCurves.units.length} units in ${atlas.earlyCurves.layer}
edges with expected sign    ${(atlas.curveCircuit.expectedSignFraction * 100).toFixed(0)}% (same +: ${atlas.curveCircuit.sameOrientation.excitatory}/${atlas.curveCircuit.sameOrientation.pairs}, opposite −: ${atlas.curveCircuit.oppositeOrientation.inhibitory}/${atlas.curveCircuit.oppositeOrientation.pairs})
echo ratio                  ${atlas.echoes.before.toFixed(3)} → ${atlas.echoes.afterDroppingNegative.toFixed(3)} without negative weights (rise ${atlas.echoes.rise.toFixed(3)})
high-low family             ${atlas.highLow.units.length} units in ${atlas.highLow.layer} (by layer: ${JSON.stringify(atlas.highLow.candidatesByLayer)})
oriented heads              ${h.left.name} L/R ${h.left.leftRightRatio.toFixed(2)}, ${h.right.name} L/R ${h.right.leftRightRatio.toFixed(2)}
  per layer                 ${h.layers.map((l) => `${l.layer}: ${l.leftUnits} left, ${l.rightUnits} right`).join('; ')}
  union                     ${h.union.name} L/R ${h.union.leftRightRatio.toFixed(2)}; dog probability L/R ${h.union.dogLogitLeftRight.toFixed(2)}
  inhibitory edges          ${h.inhibitoryEdges.length}; after cutting: ${h.afterCut.left.name} ${h.afterCut.left.leftRightRatio.toFixed(2)}, ${h.afterCut.right.name} ${h.afterCut.right.leftRightRatio.toFixed(2)}
polysemantic                ${atlas.polysemantic.name}: ${atlas.polysemantic.classes.map((c) => `${c.name} ${c.count}`).join(', ')} (${atlas.polysemantic.kindEntropyBits.toFixed(2)} bits over kinds)
wrote ${MODEL_DIR}/atlas.json in ${((Date.now() - started) / 1000).toFixed(0)} s`);
