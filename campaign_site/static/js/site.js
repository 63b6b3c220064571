/* Small enhancements; every page works without this file. */
(function () {
    "use strict";

    function normalise(text) {
        return (text || "")
            .normalize("NFKC")
            .toLowerCase()
            .replace(/ё/g, "е")
            .replace(/['’ʼ`"]/g, "")
            .replace(/\s+/g, " ")
            .trim();
    }

    /* Country index: narrow the list as the visitor types. */
    var form = document.querySelector("[data-country-filter]");
    var list = document.querySelector("[data-country-list]");
    if (form && list) {
        var input = form.querySelector("input[name=q]");
        var status = document.querySelector("[data-country-status]");
        var cards = list.querySelectorAll("[data-search]");
        var groups = list.querySelectorAll("[data-letter-group]");
        var filter = function () {
            var query = normalise(input.value);
            var shown = 0;
            cards.forEach(function (card) {
                var match = !query || normalise(card.getAttribute("data-search")).indexOf(query) !== -1;
                card.hidden = !match;
                if (match) shown += 1;
            });
            groups.forEach(function (group) {
                group.hidden = !group.querySelector("[data-search]:not([hidden])");
            });
            if (status) {
                status.textContent = query && !shown
                    ? status.getAttribute("data-template-none").replace("%s", input.value)
                    : "";
            }
        };
        input.addEventListener("input", filter);
    }

    /* FAQ: open the question a link points to. */
    function openTarget() {
        if (!location.hash) return;
        var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
        if (target && target.tagName === "DETAILS") {
            target.open = true;
            target.scrollIntoView();
        }
    }
    window.addEventListener("hashchange", openTarget);
    openTarget();

    /* Videos: load the player only when the reader asks for it. */
    document.querySelectorAll("[data-video]").forEach(function (figure) {
        var src = figure.getAttribute("data-video");
        var link = figure.querySelector(".block-video__placeholder a");
        if (!src || !link) return;
        link.addEventListener("click", function (event) {
            event.preventDefault();
            var frame = document.createElement("iframe");
            frame.src = src;
            frame.title = figure.getAttribute("data-video-title") || "";
            frame.allow = "autoplay; fullscreen; picture-in-picture";
            frame.setAttribute("allowfullscreen", "");
            frame.className = "block-video__frame";
            figure.querySelector(".block-video__placeholder").replaceWith(frame);
        });
    });
})();

/* Printing a guide prints every answer, not only the open ones. */
window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (details) {
        details.setAttribute("data-was-open", details.open ? "1" : "0");
        details.open = true;
    });
});
window.addEventListener("afterprint", function () {
    document.querySelectorAll("details[data-was-open]").forEach(function (details) {
        details.open = details.getAttribute("data-was-open") === "1";
        details.removeAttribute("data-was-open");
    });
});

/* Partners page: a button that copies a feed address. */
document.querySelectorAll("[data-copy]").forEach(function (button) {
    var input = button.parentNode.querySelector("[data-copy-source]");
    if (!input || !navigator.clipboard) return;
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener("click", function () {
        navigator.clipboard.writeText(input.value).then(function () {
            button.textContent = "✓ " + label;
            setTimeout(function () { button.textContent = label; }, 2000);
        });
    });
});

/* Hotline: the visitor's own time next to the opening hours. */
/* Hotline enhancements. The page is complete without this script.
   1. Move focus to the error summary of the callback form.
   2. Show the opening hours in the visitor's own time when it differs from Minsk. */
(function () {
    "use strict";
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
        summary.focus();
    }

    // Europe/Minsk is UTC+3 all year (no daylight saving time since 2011).
    var MINSK_OFFSET = 180;
    var local = -new Date().getTimezoneOffset();
    var shift = local - MINSK_OFFSET;
    if (shift === 0) {
        return;
    }

    function pad(n) {
        return (n < 10 ? "0" : "") + n;
    }

    function convert(hhmm) {
        var parts = hhmm.split(":");
        var minutes = (parseInt(parts[0], 10) * 60 + parseInt(parts[1], 10) + shift + 1440) % 1440;
        return pad(Math.floor(minutes / 60)) + ":" + pad(minutes % 60);
    }

    document.querySelectorAll("[data-hotline-local-time]").forEach(function (el) {
        var now = new Date();
        el.textContent = el.getAttribute("data-label") + " " + pad(now.getHours()) + ":" + pad(now.getMinutes()) + ".";
        el.hidden = false;
    });

    document.querySelectorAll("[data-hotline-hours]").forEach(function (list) {
        var label = list.getAttribute("data-label");
        list.querySelectorAll("li[data-opens]").forEach(function (row) {
            var span = document.createElement("span");
            span.textContent = " (" + label + " " + convert(row.getAttribute("data-opens")) + "–" +
                convert(row.getAttribute("data-closes")) + ")";
            row.appendChild(span);
        });
    });
})();

/* "Exit this page": the button, or Shift pressed three times within five
   seconds, replaces this page with a neutral site so Back does not return. */
(function () {
    "use strict";
    var link = document.querySelector("[data-exit-page-link]");
    if (!link) return;
    var hint = document.querySelector("[data-exit-page-hint]");
    if (hint) hint.hidden = false;
    var leave = function () {
        document.body.hidden = true;
        location.replace(link.href);
    };
    link.addEventListener("click", function (event) {
        event.preventDefault();
        leave();
    });
    var presses = [];
    document.addEventListener("keydown", function (event) {
        if (event.key !== "Shift" || event.repeat) return;
        var now = Date.now();
        presses = presses.filter(function (time) { return now - time < 5000; });
        presses.push(now);
        if (presses.length >= 3) leave();
    });
})();
