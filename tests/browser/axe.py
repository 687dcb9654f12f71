"""axe-core (Deque, MPL-2.0), taken from the npm package ``axe-core`` installed under var/:

    make browser-deps

It is injected into pages of a browser context that bypasses CSP (the site forbids injected
scripts); the pages themselves are the real ones."""

from functools import cache
from pathlib import Path

from tests.browser.harness import missing_tool

VAR = Path(__file__).resolve().parents[2] / "var"
INSTALL = "make browser-deps"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@cache
def axe_source() -> str | None:
    found = sorted(VAR.glob("**/node_modules/axe-core/axe.min.js"))
    return found[0].read_text(encoding="utf-8") if found else None


def require_axe() -> str:
    source = axe_source()
    if source is None:
        missing_tool(f"axe-core not found under var/: run `{INSTALL}` in the project root")
    return source


def run_axe(page) -> list[dict]:
    """The WCAG 2.0/2.1 A and AA violations on the page as it is now."""
    page.add_script_tag(content=require_axe())
    return page.evaluate(
        """async (tags) => {
            const result = await axe.run(document, {
                runOnly: {type: 'tag', values: tags},
                resultTypes: ['violations'],
            });
            return result.violations.map(v => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary})),
            }));
        }""",
        WCAG_TAGS,
    )


ID_PROBLEMS = """() => {
  const problems = [];
  const seen = new Map();
  for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) || 0) + 1);
  for (const [id, count] of seen) if (count > 1) problems.push(`id="${id}" is used ${count} times`);
  const attributes = ['aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-owns',
                      'aria-activedescendant', 'aria-errormessage', 'for', 'headers'];
  for (const name of attributes) {
    for (const el of document.querySelectorAll('[' + name + ']')) {
      for (const id of el.getAttribute(name).split(/\\s+/).filter(Boolean)) {
        if (!document.getElementById(id)) {
          problems.push(`${name}="${id}" on <${el.tagName.toLowerCase()}> points at nothing`);
        }
      }
    }
  }
  return problems;
}"""


def id_problems(page) -> list[str]:
    """Duplicate ids, and ID references (aria-describedby, label for, …) that point at no
    element: axe only flags the latter as "needs review", yet a description that is not there
    is never announced."""
    return page.evaluate(ID_PROBLEMS)


def describe(url: str, violations: list[dict], problems: list[str] = ()) -> str:
    lines = [f"{url}: {len(violations)} axe violation(s), {len(problems)} id problem(s)"]
    for violation in violations:
        lines.append(f"  [{violation['impact']}] {violation['id']}: {violation['help']}")
        for node in violation["nodes"][:10]:
            summary = " ".join((node["summary"] or "").split())
            lines.append(f"      {node['target']} — {summary[:300]}")
        if len(violation["nodes"]) > 10:
            lines.append(f"      … and {len(violation['nodes']) - 10} more")
    for problem in problems:
        lines.append(f"  [serious] {problem}")
    return "\n".join(lines)
