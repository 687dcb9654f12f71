/* Suggestions for every search input with a data-autocomplete-url, following the ARIA 1.2
   combobox pattern (list autocomplete, focus stays in the input). Progressive enhancement:
   without this script the input is an ordinary search field, and the form works as before. */
(function () {
  "use strict";

  var DELAY_MS = 200;
  var MIN_LENGTH = 2;

  function setUp(input, index) {
    var listId = (input.id || "search-input-" + index) + "-suggestions";
    var list = document.createElement("ul");
    var timer = null;
    var pending = null;
    var active = -1;

    list.id = listId;
    list.className = "autocomplete";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    if (input.labels && input.labels.length) {
      var label = input.labels[0];
      label.id = label.id || listId + "-label";
      list.setAttribute("aria-labelledby", label.id);
    }
    input.insertAdjacentElement("afterend", list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    function options() {
      return list.querySelectorAll('[role="option"]');
    }

    function open() {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(position) {
      var all = options();
      if (!all.length) {
        return;
      }
      active = (position + all.length) % all.length;
      all.forEach(function (option, i) {
        option.setAttribute("aria-selected", i === active ? "true" : "false");
      });
      input.setAttribute("aria-activedescendant", all[active].id);
      all[active].scrollIntoView({ block: "nearest" });
    }

    function choose(option) {
      input.value = option.textContent;
      close();
      if (input.form) {
        input.form.requestSubmit();
      }
    }

    function render(suggestions) {
      list.textContent = "";
      suggestions.forEach(function (text, i) {
        var option = document.createElement("li");
        option.id = listId + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = text;
        // Keep the focus in the input, so a click does not close the list before it counts.
        option.addEventListener("mousedown", function (event) {
          event.preventDefault();
        });
        option.addEventListener("click", function () {
          choose(option);
        });
        list.appendChild(option);
      });
      active = -1;
      input.removeAttribute("aria-activedescendant");
      if (suggestions.length) {
        open();
      } else {
        close();
      }
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (pending) {
        pending.abort();
      }
      if (query.length < MIN_LENGTH) {
        render([]);
        return;
      }
      pending = new AbortController();
      var url = new URL(input.dataset.autocompleteUrl, window.location.href);
      url.searchParams.set("q", query);
      url.searchParams.set("lang", document.documentElement.lang || "nl");
      fetch(url, { signal: pending.signal, headers: { Accept: "application/json" } })
        .then(function (response) {
          return response.ok ? response.json() : { suggestions: [] };
        })
        .then(function (data) {
          if (input.value.trim() === query) {
            render(data.suggestions || []);
          }
        })
        .catch(function () {
          // Aborted by newer typing, or offline: the field keeps working without suggestions.
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY_MS);
    });

    input.addEventListener("keydown", function (event) {
      var isOpen = !list.hidden;
      if (event.key === "ArrowDown") {
        event.preventDefault();
        if (!isOpen && options().length) {
          open();
        }
        highlight(active + 1);
      } else if (event.key === "ArrowUp" && isOpen) {
        event.preventDefault();
        highlight(active - 1);
      } else if (event.key === "Enter" && isOpen && active >= 0) {
        event.preventDefault();
        choose(options()[active]);
      } else if (event.key === "Escape" && isOpen) {
        event.preventDefault();
        close();
      }
    });

    input.addEventListener("blur", close);
  }

  document.querySelectorAll("input[data-autocomplete-url]").forEach(setUp);
})();
