/* A readability hint under the "summary for patients" field of a consultation, updated while
 * the editor types. Same rules as stakeholders/readability.py; the limits and the translated
 * messages come from this script's data attributes (stakeholders/wagtail_hooks.py). */
(() => {
  const script = document.currentScript;
  if (!script) return;
  const settings = script.dataset;
  const SENTENCE_END = /[.!?]+(?=\s|$)|\n+/u;
  const WORD = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu;
  const maxSentenceWords = Number(settings.maxSentenceWords);
  const longWordLetters = Number(settings.longWordLetters);
  const maxLongWordShare = Number(settings.maxLongWordShare);

  const fill = (template, values) =>
    template.replace(/%\((\w+)\)s/g, (match, name) => (name in values ? String(values[name]) : match));

  const letters = (word) => (word.match(/\p{L}/gu) || []).length;

  function measure(text) {
    const sentences = text.split(SENTENCE_END).filter((part) => part.match(WORD));
    const words = text.match(WORD) || [];
    const longWords = words.filter((word) => letters(word) >= longWordLetters);
    return { sentences: sentences.length, words: words.length, longWords };
  }

  function describe(result) {
    if (!result.words) return "";
    const average = result.words / result.sentences;
    const share = result.longWords.length / result.words;
    const parts = [
      fill(settings.textSentences, { average: average.toFixed(1), limit: maxSentenceWords }),
    ];
    if (result.longWords.length) {
      parts.push(fill(settings.textLongWords, {
        count: result.longWords.length,
        total: result.words,
        examples: [...new Set(result.longWords)].slice(0, 5).join(", "),
      }));
    }
    const plain = average <= maxSentenceWords && share <= maxLongWordShare;
    parts.push(plain ? settings.textPlain : settings.textNotPlain);
    return { text: parts.join(" "), plain };
  }

  function attach(field) {
    if (field.dataset.readabilityHint) return;
    field.dataset.readabilityHint = "on";
    const hint = document.createElement("p");
    hint.id = `${field.id}-readability`;
    hint.className = "readability-hint__text";
    hint.setAttribute("aria-live", "polite");
    field.insertAdjacentElement("afterend", hint);
    const described = field.getAttribute("aria-describedby");
    field.setAttribute("aria-describedby", described ? `${described} ${hint.id}` : hint.id);
    const update = () => {
      const result = describe(measure(field.value));
      hint.textContent = result ? result.text : "";
      hint.classList.toggle("readability-hint__text--hard", Boolean(result) && !result.plain);
    };
    field.addEventListener("input", update);
    update();
  }

  const start = () => {
    const field = document.querySelector(`textarea[name="${settings.field}"]`);
    if (field) attach(field);
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
