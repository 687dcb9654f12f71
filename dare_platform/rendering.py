"""Template rendering helpers shared by every app's template tags."""

from collections.abc import Callable, Hashable
from typing import Any


def once_per_render(context, key: Hashable, make: Callable[[], Any]) -> Any:
    """What ``make()`` returns, made once per page render for ``key``. It is kept in the
    render context's outermost level, which every include and inclusion tag of the page shares
    and which lasts the whole render (where ``{% include %}`` keeps its templates)."""
    made = context.render_context.dicts[0]
    if key not in made:
        made[key] = make()
    return made[key]
