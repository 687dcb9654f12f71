"""Publishing through the Wagtail editor in tests, with the form data its page posts."""

from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import nested_form_data, rich_text

from knowledge.models import ProtocolPage


def _block_form_value(value):
    """A block value in the shape the editor's form posts."""
    if isinstance(value, RichText):
        return rich_text(value.source)
    if isinstance(value, bool):
        return "on" if value else ""
    return "" if value is None else value


def _stream_form_data(stream) -> dict:
    data = {"count": str(len(stream))}
    for index, child in enumerate(stream):
        data[str(index)] = {
            "type": child.block_type,
            "id": child.id,
            "deleted": "",
            "order": str(index),
            "value": {name: _block_form_value(value) for name, value in child.value.items()},
        }
    return data


def edit_form_data(page: ProtocolPage, **changes) -> dict:
    """What the Wagtail editor posts for ``page``, with ``changes`` typed in."""
    fields = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "identifier": page.identifier,
        "version": page.version,
        "status": page.status,
        "effective_date": page.effective_date.isoformat() if page.effective_date else "",
        "next_review_date": "",
        "change_note": page.change_note,
        "modality": page.modality,
        "process_stage": page.process_stage,
        "purpose": rich_text(page.purpose),
        "scope": rich_text(page.scope),
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
    }
    for name in ("responsibilities", "materials", "equipment", "procedure"):
        fields[name] = _stream_form_data(getattr(page, name))
    for name in ("acceptance_criteria", "references", "attachments"):
        fields[name] = {"count": "0"}
    fields.update(changes)
    return nested_form_data(fields)


def publish_in_admin(client, page, **changes):
    page = ProtocolPage.objects.get(pk=page.pk)
    data = {**edit_form_data(page, **changes), "action-publish": "action-publish"}
    return client.post(f"/admin/pages/{page.pk}/edit/", data)
