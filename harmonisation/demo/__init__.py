"""Demo harmonisation for ``manage.py load_demo_content`` (knowledge/demo/loader.py finds
``load_demo_content`` here once the knowledge base is loaded): the harmonisation page in both
languages, working groups, harmonised references among the demo protocols and QC methods,
local SOPs derived from them, an adoption record for every centre and reference, and a
harmonisation committee member.

Idempotent: what exists (a page of that language and identifier, a record for that centre and
reference, a group or account of that name) is left as it is. Without the knowledge demo
content (a test site, say) there is nothing to harmonise and nothing is done."""

from harmonisation.demo.loader import load_demo_content

__all__ = ["load_demo_content"]
