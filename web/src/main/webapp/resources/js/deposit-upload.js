/*
 * The deposit form of a consultation sends its files a chunk at a time (DepositUploadServlet): each
 * chunk is sealed by the server as it arrives, a broken connection is retried from the last byte the
 * server holds, and a refusal (size, type, deadline) shows next to the field before more is sent.
 * Once every file is there, the form goes without them, naming the uploaded response. Without this
 * script (or without fetch), the form sends its files whole, as any form does.
 * Form: <form data-upload-url="…" data-upload-token="…" data-consultation="…" data-max-chunk="…" data-files="…"
 * data-staged="…" data-progress="…" data-message="…"> with translated texts in data-text-sending,
 * data-text-retrying, data-text-failed, data-text-done.
 */
(function () {
    'use strict';
    /* A chunk's size follows the line: about CHUNK_SECONDS of sending each, so a slow line shows its
       progress and loses little when it breaks, and a fast one is not slowed by a request per few MB. */
    var FIRST_CHUNK = 1024 * 1024;
    var MIN_CHUNK = 256 * 1024;
    var CHUNK_SECONDS = 2;
    var ATTEMPTS = 10;
    var pending = null;

    function enc(value) {
        return encodeURIComponent(value);
    }

    function call(form, method, query, body, headers) {
        var all = {'X-Upload-Token': form.getAttribute('data-upload-token')};
        Object.keys(headers || {}).forEach(function (name) { all[name] = headers[name]; });
        return fetch(form.getAttribute('data-upload-url') + '?' + query,
                {method: method, body: body, headers: all, credentials: 'same-origin', cache: 'no-store'})
            .then(function (response) {
                return response.json().catch(function () { return {}; }).then(function (answer) {
                    answer.status = response.status;
                    return answer;
                });
            });
    }

    function wait(ms) {
        return new Promise(function (resolve) { setTimeout(resolve, ms); });
    }

    function text(form, name) {
        return form.getAttribute('data-text-' + name) || '';
    }

    function say(form, message) {
        var holder = document.getElementById(form.getAttribute('data-message'));
        if (holder) {
            holder.textContent = message;
        }
    }

    function bar(form, file) {
        var list = document.getElementById(form.getAttribute('data-progress'));
        var item = document.createElement('li');
        var label = document.createElement('span');
        var meter = document.createElement('progress');
        meter.max = file.size;
        meter.value = 0;
        label.textContent = file.name;
        item.appendChild(label);
        item.appendChild(meter);
        list.appendChild(item);
        return function (received) {
            meter.value = received;
            label.textContent = file.name + ' — ' + Math.floor(received * 100 / file.size) + ' %';
        };
    }

    function sameFiles(a, b) {
        return a.length === b.length && a.every(function (file, i) {
            return file.name === b[i].name && file.size === b[i].size && file.lastModified === b[i].lastModified;
        });
    }

    /* The next chunk's size, from the last one's: {@code bytes} taken in {@code ms}; at most four times larger,
       and at most the server's limit (the form's data-max-chunk). */
    function nextChunk(form, chunk, bytes, ms) {
        var fitting = bytes * CHUNK_SECONDS * 1000 / Math.max(ms, 1);
        var most = Number(form.getAttribute('data-max-chunk')) || FIRST_CHUNK;
        return Math.round(Math.max(MIN_CHUNK, Math.min(most, chunk * 4, fitting)));
    }

    /* Sends a file from where the server stands, retrying with growing pauses when the line breaks. */
    async function send(form, deposit, entry, show) {
        var file = entry.file;
        var offset = entry.received;
        var failures = 0;
        var chunk = FIRST_CHUNK;
        var query = 'd=' + enc(deposit) + '&f=' + enc(entry.id);
        while (offset < file.size) {
            var end = Math.min(offset + chunk, file.size);
            var answer = null;
            var started = Date.now();
            try {
                answer = await call(form, 'PUT', query, file.slice(offset, end),
                        {'Content-Range': 'bytes ' + offset + '-' + (end - 1) + '/' + file.size,
                         'Content-Type': 'application/octet-stream'});
            } catch (broken) {
                answer = null;
            }
            if (answer && typeof answer.received === 'number') {
                chunk = nextChunk(form, chunk, answer.received - offset, Date.now() - started);
                offset = entry.received = answer.received;
                failures = 0;
                show(offset);
                continue;
            }
            if (answer && answer.message) {
                throw answer;
            }
            failures++;
            if (failures >= ATTEMPTS) {
                throw {message: text(form, 'failed')};
            }
            say(form, text(form, 'retrying'));
            await wait(Math.min(30000, 500 * Math.pow(2, failures)));
            try {
                var at = await call(form, 'GET', query);
                if (typeof at.received === 'number') {
                    offset = entry.received = at.received;
                }
            } catch (stillBroken) {
                // the next attempt tells
            }
        }
        show(file.size);
    }

    async function upload(form, input, files) {
        if (!pending || !sameFiles(pending.files.map(function (e) { return e.file; }), files)) {
            var started = await call(form, 'POST', 'c=' + enc(form.getAttribute('data-consultation')));
            if (!started.deposit) {
                throw started;
            }
            pending = {deposit: started.deposit, files: []};
            for (var i = 0; i < files.length; i++) {
                var announced = await call(form, 'POST', 'd=' + enc(pending.deposit) + '&name=' + enc(files[i].name)
                        + '&size=' + files[i].size);
                if (!announced.file) {
                    pending = null;
                    throw announced;
                }
                pending.files.push({file: files[i], id: announced.file, received: 0});
            }
        }
        document.getElementById(form.getAttribute('data-progress')).textContent = '';
        for (var j = 0; j < pending.files.length; j++) {
            await send(form, pending.deposit, pending.files[j], bar(form, pending.files[j].file));
        }
        return pending.deposit;
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.hasAttribute || !form.hasAttribute('data-upload-url') || form.getAttribute('data-sending') === 'done'
                || !window.fetch) {
            return;
        }
        var input = document.getElementById(form.getAttribute('data-files'));
        var files = input && input.files ? Array.prototype.slice.call(input.files) : [];
        if (files.length === 0) {
            return;
        }
        event.preventDefault();
        if (form.getAttribute('data-sending') === 'yes') {
            return;
        }
        var submitter = event.submitter;
        form.setAttribute('data-sending', 'yes');
        if (submitter) {
            submitter.disabled = true;
        }
        say(form, text(form, 'sending'));
        upload(form, input, files).then(function (deposit) {
            document.getElementById(form.getAttribute('data-staged')).value = deposit;
            input.value = '';
            say(form, text(form, 'done'));
            form.setAttribute('data-sending', 'done');
            if (submitter) {
                submitter.disabled = false;
            }
            form.requestSubmit(submitter || undefined);
        }, function (refused) {
            form.removeAttribute('data-sending');
            if (submitter) {
                submitter.disabled = false;
            }
            say(form, refused && refused.message ? refused.message : text(form, 'failed'));
            input.setAttribute('aria-invalid', 'true');
            input.focus();
        });
    });
})();
