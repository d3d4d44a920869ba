import { readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
const g = JSON.parse(readFileSync(process.argv[2] ?? 'static/models/inception-world-v10a/gallery.json', 'utf8'));
const atlas = JSON.parse(readFileSync('static/models/inception-world-v10a/atlas.json', 'utf8'));
const pref = new Map(atlas.curves.units.map((u) => [u.name, u.preferredAngle]));
const S = g.size, K = 3, n = g.entries.length;
const png = new PNG({ width: n * (S * K + 4), height: S * K });
g.entries.forEach((e, k) => {
  const px = Buffer.from(e.pixels, 'base64');
  for (let y = 0; y < S * K; y++) for (let x = 0; x < S * K; x++) {
    const i = ((Math.floor(y / K) * S + Math.floor(x / K)) * 3), o = (y * png.width + k * (S * K + 4) + x) * 4;
    png.data[o] = px[i]; png.data[o + 1] = px[i + 1]; png.data[o + 2] = px[i + 2]; png.data[o + 3] = 255;
  }
  console.log(k, e.name, pref.get(e.name));
});
writeFileSync(process.argv[3] ?? '.cache/shots/gallery.png', PNG.sync.write(png));
