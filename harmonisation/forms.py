"""The adoption form: the record's rules (``harmonisation.rules``) checked together with its
inline deviations, whose anchors only make sense against the local SOP chosen in the same
form; the choices limited to what the editor may pick."""

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm

from harmonisation import rules
from knowledge.models import PublishedVersion


class AdoptionForm(WagtailAdminModelForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        from harmonisation.models import HarmonisedReference
        from harmonisation.permissions import centres_of_user

        if "followed_version" in self.fields:
            self.fields["followed_version"].queryset = (
                PublishedVersion.objects.filter(
                    page__translation_key__in=HarmonisedReference.objects.values("translation_key")
                )
                .select_related("page__locale")
                .order_by("title", "page__locale__language_code", "-number")
            )
            self.fields["followed_version"].label_from_instance = _version_label
        if for_user is not None and "centre" in self.fields:
            self.fields["centre"].queryset = centres_of_user(for_user)

    def clean(self):
        from harmonisation.models import AdoptionStatus

        cleaned = super().clean()
        deviations = self.formsets.get("deviations")
        if deviations is None or self.errors or not deviations.is_valid():
            return cleaned
        kept = [
            form
            for form in deviations.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        errors = rules.deviation_errors(
            cleaned.get("local_sop"), [form.cleaned_data["anchor"] for form in kept]
        )
        for position, message in errors.items():
            kept[position].add_error("anchor", message)
        if errors:
            self.add_error(None, _("Some deviations point at a place the local SOP lacks."))
        status = cleaned.get("status")
        if status == AdoptionStatus.ADOPTED and kept:
            self.add_error("status", _("Deviations are listed: choose “Adopted with deviations”."))
        if status == AdoptionStatus.ADOPTED_WITH_DEVIATIONS and not kept:
            self.add_error("status", _("Add at least one deviation, with what differs and why."))
        return cleaned


def _version_label(version) -> str:
    return f"{version.title} v{version.number} ({version.page.locale.language_code})"
