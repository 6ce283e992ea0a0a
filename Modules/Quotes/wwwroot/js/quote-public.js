// Live page (poll + banner), expiry countdown and an optional drawn signature (stored as a PNG data URL).
(function () {
    // Live page: poll the state token the page was rendered with (204 = unchanged); any change shows the server's
    // banner and disables the accept form. The countdown runs on the server's clock (offset taken at load).
    var main = document.querySelector('[data-live-url]');
    var form = document.querySelector('[data-testid="accept-form"]');
    var banner = document.getElementById('live-banner');
    var el = document.querySelector('.countdown');
    var disableForm = function () {
        if (!form) { return; }
        form.classList.add('reach-offer-disabled');
        form.setAttribute('aria-disabled', 'true');
        form.querySelectorAll('input, button, textarea').forEach(function (f) { f.disabled = true; });
    };
    var showExpired = function () {
        if (el) { el.textContent = el.dataset.expiredText; el.classList.add('reach-offer-expired'); }
    };
    var timer = null, interval = 0, busy = false;
    var schedule = function (ms) { clearTimeout(timer); timer = setTimeout(poll, ms); };
    var show = function (html) {
        banner.innerHTML = html;
        var b = banner.firstElementChild;
        if (b && b.dataset.state) { main.dataset.liveState = b.dataset.state; }
        if (b && b.dataset.phase === 'Expired') { showExpired(); }
        disableForm();
    };
    var poll = function () {
        if (!main || busy) { return; }
        if (document.hidden) { return; }
        busy = true;
        var url = main.dataset.liveUrl + (main.dataset.liveUrl.indexOf('?') < 0 ? '?' : '&') + 's=' + encodeURIComponent(main.dataset.liveState);
        fetch(url, { cache: 'no-store', credentials: 'same-origin' }).then(function (r) {
            if (r.status === 200) { return r.text().then(show).then(function () { return interval; }); }
            if (r.status === 404) {
                show('<div class="alert alert-warning reach-offer-live" data-testid="live-banner" data-phase="Revoked"></div>');
                banner.firstElementChild.textContent = main.dataset.revokedText;
                return 0;
            }
            return r.status === 429 ? interval * 4 : interval;
        }, function () { return interval * 2; }).then(function (next) {
            busy = false;
            if (next > 0) { schedule(next); }
        });
    };
    if (main && banner) {
        interval = Number(main.dataset.liveSeconds || 5) * 1000;
        schedule(interval);
        document.addEventListener('visibilitychange', function () { if (!document.hidden) { schedule(0); } });
    }
    if (el && el.dataset.expires) {
        var end = Number(el.dataset.expires);
        var offset = Number(el.dataset.now || Date.now()) - Date.now();
        var handle = null;
        var tick = function () {
            var left = Math.max(0, end - (Date.now() + offset));
            if (left === 0) {
                clearInterval(handle);
                showExpired();
                disableForm();
                // The server has the last word: its banner confirms the expiry.
                if (main && banner) { schedule(0); }
                return;
            }
            var d = Math.floor(left / 86400000), h = Math.floor(left / 3600000) % 24;
            var m = Math.floor(left / 60000) % 60, s = Math.floor(left / 1000) % 60;
            var two = function (n) { return String(n).padStart(2, '0'); };
            el.textContent = (d > 0 ? d + 'd ' : '') + two(h) + ':' + two(m) + ':' + two(s);
        };
        handle = setInterval(tick, 1000);
        tick();
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
