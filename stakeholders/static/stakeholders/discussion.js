// A comment form's submit button is disabled once the form is sent, so a second click does not
// send it again (the server also stores one comment per form: its submission key). Without
// JavaScript the form works the same.
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-comment-form")) return;
  const button = form.querySelector('button[type="submit"], button:not([type])');
  if (!button) return;
  // Disabled after this event, so the button's own name/value (if any) is still sent.
  setTimeout(() => {
    button.disabled = true;
    button.setAttribute("aria-disabled", "true");
  }, 0);
  // Back/forward cache: a page shown again gets its button back.
  window.addEventListener("pageshow", () => { button.disabled = false; button.removeAttribute("aria-disabled"); }, { once: true });
});
