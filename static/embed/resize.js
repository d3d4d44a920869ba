// Sizes every Zoom In figure framed on this page to the height of its content. Include it once, anywhere:
//   <script src="https://<the site>/embed/resize.js" defer></script>
// Each frame posts { type: 'zoom-in:height', height } when its content's height changes; this script
// gives the iframe that sent it that height. It is a plain file, so a Content-Security-Policy that lists
// the site in script-src allows it (no inline script needed).
(function () {
	'use strict';
	var HEIGHT_MESSAGE = 'zoom-in:height';
	addEventListener('message', function (event) {
		var data = event.data;
		if (!data || data.type !== HEIGHT_MESSAGE || typeof data.height !== 'number' || !(data.height > 0)) return;
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++)
			if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(data.height) + 'px';
	});
})();
