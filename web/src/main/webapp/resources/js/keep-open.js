/*
 * A page whose parts a poll re-renders (the jobs console, every two seconds while a job runs) keeps the
 * <details> a person opened open: each <details data-keep-open="key"> is remembered by its key when it
 * is toggled, and whenever the page's content is replaced, the new one of the same key is opened again.
 * Its <summary> keeps an id, so PrimeFaces gives the focus back to it after the update.
 */
(function () {
    'use strict';
    var open = {};

    function reopen() {
        var all = document.querySelectorAll('details[data-keep-open]');
        for (var i = 0; i < all.length; i++) {
            if (open[all[i].getAttribute('data-keep-open')] && !all[i].open) {
                all[i].open = true;
            }
        }
    }

    // "toggle" does not bubble: listened to while it goes down to its details.
    document.addEventListener('toggle', function (event) {
        var details = event.target;
        var key = details.getAttribute && details.getAttribute('data-keep-open');
        if (key) {
            if (details.open) {
                open[key] = true;
            } else {
                delete open[key];
            }
        }
    }, true);

    document.addEventListener('DOMContentLoaded', function () {
        new MutationObserver(reopen).observe(document.body, {childList: true, subtree: true});
    });
}());
