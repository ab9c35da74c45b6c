/*
 * Files over the platform's limit are refused before they are sent: the server would otherwise receive
 * them whole, and past what it accepts at all it could only answer with an error page. The message,
 * translated by the page, shows next to the field and the browser keeps the form from being sent.
 * Fields: <input type="file" data-max-bytes="…" data-too-large="…" data-message="…"> (the limit of all
 * its files together), and for several files data-max-files="…" data-too-many="…".
 */
(function () {
    function check(input) {
        var files = input.files ? Array.prototype.slice.call(input.files) : [];
        var total = files.reduce(function (sum, file) { return sum + file.size; }, 0);
        var maxFiles = Number(input.getAttribute('data-max-files') || '0');
        var message = '';
        if (maxFiles > 0 && files.length > maxFiles) {
            message = input.getAttribute('data-too-many');
        } else if (total > Number(input.getAttribute('data-max-bytes'))) {
            message = input.getAttribute('data-too-large');
        }
        input.setCustomValidity(message);
        var holder = document.getElementById(input.getAttribute('data-message'));
        if (holder) {
            holder.textContent = message;
        }
        input.setAttribute('aria-invalid', message ? 'true' : 'false');
    }

    document.addEventListener('change', function (event) {
        if (event.target.matches && event.target.matches('input[type=file][data-max-bytes]')) {
            check(event.target);
        }
    });
})();
