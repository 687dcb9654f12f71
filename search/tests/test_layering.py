"""Search knows no domain: the domain apps register their documents, facets and glossary
with it (knowledge/search.py), so the arrows run from the domains to search only."""

import ast
from pathlib import Path

import search

DOMAIN_APPS = {"knowledge", "harmonisation", "stakeholders"}
SEARCH_DIR = Path(search.__file__).parent


def imported_modules(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules.add(node.module)
    return modules


def search_modules() -> list[Path]:
    return [
        path
        for path in sorted(SEARCH_DIR.rglob("*.py"))
        if "tests" not in path.relative_to(SEARCH_DIR).parts
    ]


def test_imported_modules_sees_every_form_of_import(tmp_path):
    module = tmp_path / "example.py"
    module.write_text(
        "import knowledge.models\n"
        "from harmonisation import services\n"
        "from . import sibling\n"
        "def later():\n"
        "    from stakeholders.models import Profile\n"
    )
    assert imported_modules(module) == {
        "knowledge.models",
        "harmonisation",
        "stakeholders.models",
    }


def test_search_imports_no_domain_app():
    modules = search_modules()
    assert SEARCH_DIR / "projection.py" in modules
    assert SEARCH_DIR / "management" / "commands" / "evaluate_search.py" in modules
    offending = {
        str(path.relative_to(SEARCH_DIR)): sorted(
            name for name in imported_modules(path) if name.split(".")[0] in DOMAIN_APPS
        )
        for path in modules
    }
    assert {path: names for path, names in offending.items() if names} == {}
