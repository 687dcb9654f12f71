"""One Centre per centre code found on CentrePages; both language pages (and their revisions,
which the edit form starts from) point at it. Groups and a collection the demo loader made
under the centre's English name are adopted; `setup_editorial_roles` creates what is missing."""

from django.db import migrations


def centres_from_pages(apps, schema_editor):
    centre_model = apps.get_model("knowledge", "Centre")
    centre_page_model = apps.get_model("knowledge", "CentrePage")
    group_model = apps.get_model("auth", "Group")
    collection_model = apps.get_model("wagtailcore", "Collection")
    revision_model = apps.get_model("wagtailcore", "Revision")
    content_type_model = apps.get_model("contenttypes", "ContentType")

    names: dict[str, dict[str, str]] = {}
    for code, title, language in centre_page_model.objects.values_list(
        "code", "title", "locale__language_code"
    ):
        names.setdefault(code, {})[language] = title
    content_type = content_type_model.objects.filter(
        app_label="knowledge", model="centrepage"
    ).first()
    for code, titles in names.items():
        name_en = titles.get("en") or next(iter(titles.values()))
        centre = centre_model.objects.create(
            code=code,
            name_nl=titles.get("nl") or name_en,
            name_en=name_en,
            editors=group_model.objects.filter(name=f"{name_en} editors").first(),
            reviewers=group_model.objects.filter(name=f"{name_en} reviewers").first(),
            collection=collection_model.objects.filter(depth=2, name=name_en).first(),
        )
        pages = centre_page_model.objects.filter(code=code)
        page_ids = [str(pk) for pk in pages.values_list("pk", flat=True)]
        pages.update(centre=centre)
        if content_type is None:
            continue
        for revision in revision_model.objects.filter(
            content_type=content_type, object_id__in=page_ids
        ):
            revision.content["centre"] = centre.pk
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0004_centre"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(centres_from_pages, migrations.RunPython.noop)]
