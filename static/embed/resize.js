// Sizes every Zoom In figure framed on this page to the height of its content. Include it once, anywhere:
//   <script src="https://<the site>/embed/resize.js" defer></script>
// Each frame posts { type: 'zoom-in:height', height } when its content's height changes; this script
// gives the iframe that sent it that height. It also takes away the border browsers give frames of this
// site, so that the snippet needs no inline style. It is a plain file, so a Content-Security-Policy that
// lists the site in script-src allows it (no inline script needed), and styles set from a script are not
// inline styles in the policy's sense.
(function () {
	'use strict';
	var HEIGHT_MESSAGE = 'zoom-in:height';
	var script = document.currentScript;
	var figures = script ? new URL('./', script.src).href : null;
	function plain(frame) {
		frame.style.border = '0';
		frame.style.display = 'block';
	}
	function plainAll() {
		if (!figures) return;
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) if (frames[i].src.indexOf(figures) === 0) plain(frames[i]);
	}
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', plainAll);
	else plainAll();
	addEventListener('message', function (event) {
		var data = event.data;
		if (!data || data.type !== HEIGHT_MESSAGE || typeof data.height !== 'number' || !(data.height > 0)) return;
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++)
			if (frames[i].contentWindow === event.source) {
				plain(frames[i]);
				frames[i].style.height = Math.ceil(data.height) + 'px';
			}
	});
})();
