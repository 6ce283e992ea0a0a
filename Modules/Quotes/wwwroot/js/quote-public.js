// Live expiry countdown and an optional drawn signature (stored as a PNG data URL).
(function () {
    var el = document.querySelector('.countdown');
    if (el && el.dataset.expires) {
        var end = Number(el.dataset.expires);
        var tick = function () {
            var left = Math.max(0, end - Date.now());
            if (left === 0) { el.textContent = el.dataset.expiredText; return; }
            var d = Math.floor(left / 86400000), h = Math.floor(left / 3600000) % 24;
            var m = Math.floor(left / 60000) % 60, s = Math.floor(left / 1000) % 60;
            var two = function (n) { return String(n).padStart(2, '0'); };
            el.textContent = (d > 0 ? d + 'd ' : '') + two(h) + ':' + two(m) + ':' + two(s);
        };
        tick();
        setInterval(tick, 1000);
    }
    var canvas = document.getElementById('signature-pad');
    if (!canvas) { return; }
    var ctx = canvas.getContext('2d'), drawing = false, drawn = false;
    ctx.lineWidth = 2; ctx.lineCap = 'round';
    var pos = function (e) {
        var r = canvas.getBoundingClientRect(); var p = e.touches ? e.touches[0] : e;
        return { x: p.clientX - r.left, y: p.clientY - r.top };
    };
    var start = function (e) { drawing = true; var p = pos(e); ctx.beginPath(); ctx.moveTo(p.x, p.y); e.preventDefault(); };
    var move = function (e) { if (!drawing) { return; } var p = pos(e); ctx.lineTo(p.x, p.y); ctx.stroke(); drawn = true; e.preventDefault(); };
    var end = function () { drawing = false; if (drawn) { document.getElementById('signature').value = canvas.toDataURL('image/png'); } };
    canvas.addEventListener('mousedown', start); canvas.addEventListener('mousemove', move); window.addEventListener('mouseup', end);
    canvas.addEventListener('touchstart', start); canvas.addEventListener('touchmove', move); canvas.addEventListener('touchend', end);
    document.getElementById('signature-clear').addEventListener('click', function () {
        ctx.clearRect(0, 0, canvas.width, canvas.height); drawn = false; document.getElementById('signature').value = '';
    });
})();
