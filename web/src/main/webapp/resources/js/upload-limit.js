/*
 * A file over the platform's limit is refused before it is sent: the server would otherwise receive
 * it whole, and past what it accepts at all it could only answer with an error page. The message,
 * translated by the page, shows next to the field and the browser keeps the form from being sent.
 * Fields: <input type="file" data-max-bytes="…" data-too-large="…" aria-describedby="…-client">.
 */
(function () {
    function check(input) {
        var file = input.files && input.files[0];
        var tooLarge = file && file.size > Number(input.getAttribute('data-max-bytes'));
        var message = tooLarge ? input.getAttribute('data-too-large') : '';
        input.setCustomValidity(message);
        var holder = document.getElementById(input.getAttribute('data-message'));
        if (holder) {
            holder.textContent = message;
        }
        input.setAttribute('aria-invalid', tooLarge ? 'true' : 'false');
    }

    document.addEventListener('change', function (event) {
        if (event.target.matches && event.target.matches('input[type=file][data-max-bytes]')) {
            check(event.target);
        }
    });
})();
